#include "annotated.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "lexicon/gazetteer.h"
#include "util/json.h"

namespace dyad::eval {

namespace fs = std::filesystem;

namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Appends text with XML entities decoded; returns nothing. `cps` counts code points appended.
void AppendUnescaped(std::string_view s, std::string* out, int* cps) {
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '&') {
      size_t semi = s.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 8) {
        std::string_view ent = s.substr(i + 1, semi - i - 1);
        const char* rep = ent == "amp" ? "&" : ent == "lt" ? "<" : ent == "gt" ? ">" : ent == "quot" ? "\"" :
                          ent == "apos" ? "'" : nullptr;
        if (rep) {
          out->append(rep);
          ++*cps;
          i = semi;
          continue;
        }
      }
    }
    out->push_back(c);
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++*cps;
  }
}

std::string Attr(std::string_view tag, std::string_view name) {
  std::string key = " " + std::string(name) + "=\"";
  size_t p = tag.find(key);
  if (p == std::string_view::npos) return "";
  size_t b = p + key.size(), e = tag.find('"', b);
  return e == std::string_view::npos ? "" : std::string(tag.substr(b, e - b));
}

std::string Between(std::string_view s, std::string_view open, std::string_view close, size_t from = 0) {
  size_t b = s.find(open, from);
  if (b == std::string_view::npos) return "";
  b += open.size();
  size_t e = s.find(close, b);
  return e == std::string_view::npos ? "" : std::string(s.substr(b, e - b));
}

Result<GoldDoc> ReadTml(const std::string& path) {
  std::string s = Slurp(path);
  GoldDoc d;
  d.id = fs::path(path).stem().string();
  std::string dct = Between(s, "<DCT>", "</DCT>");
  std::string v = Attr(dct, "value");
  if (v.size() < 10) return Status::Error(path + ": no document creation time (<DCT>)");
  d.date = v.substr(0, 10);
  size_t tb = s.find("<TEXT>"), te = s.find("</TEXT>");
  if (tb == std::string::npos || te == std::string::npos) return Status::Error(path + ": no <TEXT>");
  std::string_view body(s.data() + tb + 6, te - tb - 6);
  int cps = 0;
  GoldSpan open_span;
  bool in_timex = false;
  for (size_t i = 0; i < body.size();) {
    if (body[i] == '<') {
      size_t e = body.find('>', i);
      if (e == std::string_view::npos) break;
      std::string_view tag = body.substr(i, e - i + 1);
      if (tag.rfind("<TIMEX3", 0) == 0) {
        in_timex = true;
        open_span = GoldSpan();
        open_span.begin = cps;
        open_span.value = Attr(tag, "value");
      } else if (tag.rfind("</TIMEX3", 0) == 0 && in_timex) {
        in_timex = false;
        open_span.end = cps;
        d.spans.push_back(open_span);
      }
      i = e + 1;
      continue;
    }
    size_t next = body.find('<', i);
    if (next == std::string_view::npos) next = body.size();
    AppendUnescaped(body.substr(i, next - i), &d.text, &cps);
    i = next;
  }
  return d;
}

Result<AnnotatedSet> ReadGeoXml(const std::string& path) {
  std::string s = Slurp(path);
  AnnotatedSet set;
  set.path = path;
  set.kind = "toponyms";
  size_t p = 0;
  while ((p = s.find("<article", p)) != std::string::npos) {
    size_t end = s.find("</article>", p);
    if (end == std::string::npos) break;
    std::string_view a(s.data() + p, end - p);
    GoldDoc d;
    d.id = Attr(a.substr(0, a.find('>')), "docid");
    if (d.id.empty()) d.id = Attr(a.substr(0, a.find('>')), "file");
    std::string raw = Between(a, "<text>", "</text>");
    if (raw.rfind("<![CDATA[", 0) == 0) {
      raw = raw.substr(9);
      if (raw.size() >= 3 && raw.compare(raw.size() - 3, 3, "]]>") == 0) raw.resize(raw.size() - 3);
      d.text = raw;
    } else {
      int cps = 0;
      AppendUnescaped(raw, &d.text, &cps);
    }
    size_t q = 0;
    while ((q = a.find("<toponym>", q)) != std::string_view::npos) {
      size_t qe = a.find("</toponym>", q);
      if (qe == std::string_view::npos) break;
      std::string_view t = a.substr(q, qe - q);
      GoldSpan g;
      g.begin = std::atoi(Between(t, "<start>", "</start>").c_str());
      g.end = std::atoi(Between(t, "<end>", "</end>").c_str());
      std::string lat = Between(t, "<lat>", "</lat>"), lon = Between(t, "<lon>", "</lon>");
      if (lat.empty()) lat = Between(t, "<latitude>", "</latitude>"), lon = Between(t, "<longitude>", "</longitude>");
      if (!lat.empty() && !lon.empty()) g.lat = std::atof(lat.c_str()), g.lon = std::atof(lon.c_str());
      d.spans.push_back(g);
      q = qe;
    }
    set.docs.push_back(std::move(d));
    p = end;
  }
  if (set.docs.empty()) return Status::Error(path + ": no <article> found");
  return set;
}

bool Overlap(int a, int b, int c, int d) { return a < d && c < b; }

double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

}  // namespace

bool IsAnnotatedSet(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return true;
  std::ifstream in(path);
  std::string head(4096, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  return head.find("<articles>") != std::string::npos;
}

Result<AnnotatedSet> ReadAnnotated(const std::string& path) {
  std::error_code ec;
  if (!fs::is_directory(path, ec)) return ReadGeoXml(path);
  AnnotatedSet set;
  set.path = path;
  set.kind = "timex";
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(path, ec))
    if (e.path().extension() == ".tml") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  for (const std::string& f : files) {
    auto d = ReadTml(f);
    if (!d.ok()) return d.status();
    set.docs.push_back(d.take());
  }
  if (set.docs.empty()) return Status::Error(path + ": no .tml files");
  return set;
}

std::string ScoreAnnotated(const AnnotatedSet& set, const Engine& engine, std::string* text, std::string* explain) {
  size_t gold = 0, sys = 0, strict = 0, relaxed_sys = 0, relaxed_gold = 0, value_ok = 0;
  size_t gold_geo = 0, found_geo = 0, within = 0;
  for (const GoldDoc& d : set.docs) {
    Story s;
    s.id = d.id;
    s.date = d.date;
    s.text = d.text;
    auto ann = engine.Annotate(s);
    if (!ann.ok()) continue;
    if (set.kind == "timex") {
      const auto& times = ann.value().times;
      gold += d.spans.size();
      sys += times.size();
      for (const auto& t : times) {
        bool any = false;
        for (const auto& g : d.spans) {
          if (t.begin == g.begin && t.end == g.end) ++strict;
          if (Overlap(t.begin, t.end, g.begin, g.end)) {
            any = true;
            if (t.value == g.value) {
              ++value_ok;
              break;
            }
          }
        }
        relaxed_sys += any;
      }
      auto cut = [&](int b, int e) {  // code point offsets -> text
        size_t bb = 0, cp = 0;
        while (bb < d.text.size() && static_cast<int>(cp) < b)
          if ((static_cast<unsigned char>(d.text[++bb]) & 0xC0) != 0x80) ++cp;
        size_t ee = bb;
        while (ee < d.text.size() && static_cast<int>(cp) < e)
          if ((static_cast<unsigned char>(d.text[++ee]) & 0xC0) != 0x80) ++cp;
        return d.text.substr(bb, ee - bb);
      };
      for (const auto& g : d.spans) {
        bool hit = false;
        for (const auto& t : times)
          if (Overlap(t.begin, t.end, g.begin, g.end)) {
            hit = true;
            if (explain && t.value != g.value)
              *explain += d.id + "  value  '" + cut(g.begin, g.end) + "' gold " + g.value + " found " + t.value + "\n";
            break;
          }
        relaxed_gold += hit;
        if (explain && !hit) *explain += d.id + "  missed '" + cut(g.begin, g.end) + "' " + g.value + "\n";
      }
      if (explain)
        for (const auto& t : times) {
          bool hit = false;
          for (const auto& g : d.spans) hit = hit || Overlap(t.begin, t.end, g.begin, g.end);
          if (!hit) *explain += d.id + "  extra  '" + cut(t.begin, t.end) + "' " + t.value + "\n";
        }
    } else {
      const auto& places = ann.value().places;
      sys += places.size();
      for (const auto& p : places)
        for (const auto& g : d.spans)
          if (Overlap(p.begin, p.end, g.begin, g.end)) {
            ++relaxed_sys;
            break;
          }
      auto cut = [&](int b, int e) {
        size_t bb = 0, cp = 0;
        while (bb < d.text.size() && static_cast<int>(cp) < b)
          if ((static_cast<unsigned char>(d.text[++bb]) & 0xC0) != 0x80) ++cp;
        size_t ee = bb;
        while (ee < d.text.size() && static_cast<int>(cp) < e)
          if ((static_cast<unsigned char>(d.text[++ee]) & 0xC0) != 0x80) ++cp;
        return d.text.substr(bb, ee - bb);
      };
      for (const auto& g : d.spans) {
        if (!g.lat) continue;
        ++gold_geo;
        bool hit = false;
        for (const auto& p : places) {
          if (!Overlap(p.begin, p.end, g.begin, g.end)) continue;
          ++found_geo;
          hit = true;
          double km = lexicon::DistanceKm(*g.lat, *g.lon, p.place.lat, p.place.lon);
          if (km <= 161) ++within;
          else if (explain)
            *explain += d.id + "  far    '" + cut(g.begin, g.end) + "' -> " + p.place.name + " (" + p.place.country +
                        ", " + p.place.feature + ") " + std::to_string(static_cast<int>(km)) + " km\n";
          break;
        }
        if (!hit && explain) *explain += d.id + "  missed '" + cut(g.begin, g.end) + "'\n";
      }
      if (explain)
        for (const auto& p : places) {
          bool hit = false;
          for (const auto& g : d.spans) hit = hit || Overlap(p.begin, p.end, g.begin, g.end);
          if (!hit)
            *explain += d.id + "  extra  '" + cut(p.begin, p.end) + "' -> " + p.place.name + " (" + p.place.country +
                        ", " + p.place.feature + ")\n";
        }
    }
  }
  std::string o = "{\"set\":";
  json::AppendString(&o, set.path);
  auto num = [&](const char* k, double v) {
    o += ",\"";
    o += k;
    o += "\":";
    json::AppendNumber(&o, v, 4);
  };
  char buf[512];
  if (set.kind == "timex") {
    double sp = sys ? double(strict) / sys : 0, sr = gold ? double(strict) / gold : 0;
    double rp = sys ? double(relaxed_sys) / sys : 0, rr = gold ? double(relaxed_gold) / gold : 0;
    double vp = sys ? double(value_ok) / sys : 0, vr = gold ? double(value_ok) / gold : 0;
    o += ",\"kind\":\"timex\",\"docs\":" + std::to_string(set.docs.size()) + ",\"gold\":" + std::to_string(gold) +
         ",\"found\":" + std::to_string(sys);
    num("strict_f1", F1(sp, sr));
    num("relaxed_f1", F1(rp, rr));
    num("value_f1", F1(vp, vr));
    std::snprintf(buf, sizeof buf,
                  "%s\n  documents %zu, gold time expressions %zu, found %zu\n  strict span F1 %.3f  relaxed span F1 "
                  "%.3f (P %.3f R %.3f)  value F1 %.3f\n",
                  set.path.c_str(), set.docs.size(), gold, sys, F1(sp, sr), F1(rp, rr), rp, rr, F1(vp, vr));
  } else {
    double p = sys ? double(relaxed_sys) / sys : 0, r = gold_geo ? double(found_geo) / gold_geo : 0;
    double acc = found_geo ? double(within) / found_geo : 0;
    o += ",\"kind\":\"toponyms\",\"docs\":" + std::to_string(set.docs.size()) + ",\"gold\":" + std::to_string(gold_geo) +
         ",\"found\":" + std::to_string(sys);
    num("p", p);
    num("r", r);
    num("acc161", acc);
    std::snprintf(buf, sizeof buf,
                  "%s\n  articles %zu, gold toponyms with coordinates %zu, places found %zu\n  recognition P %.3f  R "
                  "%.3f   accuracy within 161 km %.3f (%zu of %zu recognised)\n",
                  set.path.c_str(), set.docs.size(), gold_geo, sys, p, r, acc, within, found_geo);
  }
  o += "}";
  if (text) *text = buf;
  return o;
}

}  // namespace dyad::eval
