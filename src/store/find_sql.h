// What both stores share to answer a Query: the FROM and WHERE of the SQL (in each store's dialect), the
// exact --near test, and folding reports sorted by the dedup key into distinct events (FindDeduped).
#ifndef DYAD_STORE_FIND_SQL_H_
#define DYAD_STORE_FIND_SQL_H_

#include <string>
#include <vector>

#include "dyad/store.h"

namespace dyad::store {

enum class Dialect { kSqlite, kPostgres };

// " FROM events e JOIN sentences s ... WHERE ..." for the filters of `q`; their values go to `args` in order
// (SQLite's "?" parameters, PostgreSQL's "$1", "$2", ...). An actor matches a code prefix (ASCII case
// ignored) or a country; --near selects a bounding box, which InsideCircle() then narrows; --text is an FTS5
// query in SQLite and a web-search query (words, "phrases", OR, -word) in PostgreSQL.
std::string FromWhere(const Query& q, Dialect d, std::vector<std::string>* args);

// False when the event lies outside q's --near circle (events without a place pass).
bool InsideCircle(const Query& q, const StoredEvent& e);

// Reports in the order of the dedup key, folded into distinct events: each is its first report, with every
// report as a mention and `json` made by DedupedEventJson (dyad/dedup.h).
class DedupFold {
 public:
  explicit DedupFold(int limit) : limit_(limit < 0 ? 0 : static_cast<size_t>(limit)) {}
  // Adds the next report and its mention object; false once `limit` distinct events are complete (the rest
  // of the rows need not be read).
  bool Add(StoredEvent e, StoredMention m);
  std::vector<StoredEvent> Take();

 private:
  void Seal();
  size_t limit_;
  bool open_ = false;  // out_.back() still collects mentions
  std::vector<StoredEvent> out_;
};

}  // namespace dyad::store

#endif  // DYAD_STORE_FIND_SQL_H_
