#include "store/find_sql.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "dyad/dedup.h"
#include "lexicon/gazetteer.h"

namespace dyad::store {

std::string FromWhere(const Query& q, Dialect d, std::vector<std::string>* args) {
  const bool pg = d == Dialect::kPostgres;
  std::string sql = " FROM events e JOIN sentences s ON s.story = e.story AND s.idx = e.sentence WHERE ";
  sql += pg ? "true" : "1";
  // The next parameter, its value appended to args.
  auto param = [&](const std::string& v) {
    args->push_back(v);
    return pg ? "$" + std::to_string(args->size()) : std::string("?");
  };
  const char* like = pg ? " ILIKE " : " LIKE ";  // SQLite's LIKE ignores ASCII case
  auto side = [&](const char* code, const char* country, const std::string& v) {
    return std::string(code) + like + param(v) + " || '%' OR " + country + " = " + param(v);
  };
  if (!q.source.empty()) sql += " AND (" + side("e.source_code", "e.source_country", q.source) + ")";
  if (!q.target.empty()) sql += " AND (" + side("e.target_code", "e.target_country", q.target) + ")";
  if (!q.actor.empty()) {
    sql += " AND (" + side("e.source_code", "e.source_country", q.actor) + " OR " +
           side("e.target_code", "e.target_country", q.actor) + ")";
  }
  if (!q.root.empty()) sql += " AND e.root = " + param(q.root.size() == 1 ? "0" + q.root : q.root);
  if (!q.since.empty()) sql += " AND e.date >= " + param(q.since);
  if (!q.until.empty()) sql += " AND e.date <= " + param(q.until + "~");  // "2026-03" includes all of March
  if (q.near_lat && q.near_lon && q.near_km) {
    double dlat = *q.near_km / 111.0;
    double dlon = *q.near_km / (111.0 * std::max(0.01, std::cos(*q.near_lat * M_PI / 180.0)));
    const std::string lat0 = std::to_string(*q.near_lat - dlat), lat1 = std::to_string(*q.near_lat + dlat);
    const std::string lon0 = std::to_string(*q.near_lon - dlon), lon1 = std::to_string(*q.near_lon + dlon);
    if (pg) {
      // The GiST index is on point(lon, lat).
      sql += " AND point(e.lon, e.lat) <@ box(point(" + lon0 + ", " + lat0 + "), point(" + lon1 + ", " + lat1 + "))";
    } else {
      sql += " AND e.id IN (SELECT id FROM events_geo WHERE max_lat >= " + lat0 + " AND min_lat <= " + lat1 +
             " AND max_lon >= " + lon0 + " AND min_lon <= " + lon1 + ")";
    }
  }
  if (!q.text.empty()) {
    if (pg) {
      sql += " AND s.words @@ websearch_to_tsquery('simple', " + param(q.text) + ")";
    } else {
      sql += " AND EXISTS (SELECT 1 FROM sentences_fts f WHERE sentences_fts MATCH " + param(q.text) +
             " AND f.story = e.story AND f.idx = e.sentence)";
    }
  }
  return sql;
}

bool InsideCircle(const Query& q, const StoredEvent& e) {
  return !(q.near_km && e.lat && lexicon::DistanceKm(*q.near_lat, *q.near_lon, *e.lat, *e.lon) > *q.near_km);
}

bool DedupFold::Add(StoredEvent e, StoredMention m) {
  // Same rule as DedupKey(): undated and actorless reports are never merged.
  const bool mergeable = !e.date.empty() && (!e.source.empty() || !e.target.empty());
  if (mergeable && open_) {
    const StoredEvent& p = out_.back();
    if (p.date == e.date && p.source == e.source && p.target == e.target && p.cameo == e.cameo &&
        p.modality == e.modality) {
      out_.back().mentions.push_back(std::move(m));
      return true;
    }
  }
  Seal();
  if (out_.size() >= limit_) return false;
  out_.push_back(std::move(e));
  out_.back().mentions.push_back(std::move(m));
  open_ = true;
  return true;
}

std::vector<StoredEvent> DedupFold::Take() {
  Seal();
  return std::move(out_);
}

void DedupFold::Seal() {
  if (!open_) return;
  open_ = false;
  StoredEvent& g = out_.back();
  std::vector<std::string> jsons;
  std::unordered_set<std::string> stories;
  for (const StoredMention& m : g.mentions) {
    jsons.push_back(m.json);
    stories.insert(m.story);
  }
  g.story_count = stories.size();
  g.json = DedupedEventJson(g.json, jsons, g.story_count);
}

}  // namespace dyad::store
