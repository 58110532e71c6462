// dyad — the event store. SQLite is the embedded default (one file, WAL, FTS5 over sentences, R*Tree
// over event coordinates); PostgreSQL is the server option with the same tables, for stores that several
// users and processes share. Re-storing a story replaces its events in one transaction.
//
// Thread safety: a Store is used from one thread at a time.
#ifndef DYAD_STORE_H_
#define DYAD_STORE_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad {

struct Query {
  std::string source;   // matches the source code prefix or country (e.g. "USA", "IRQKUR")
  std::string target;
  std::string actor;    // either side
  std::string root;     // "19"
  std::string since;    // event date >= (YYYY[-MM[-DD]])
  std::string until;    // event date <= (prefix-aware)
  std::optional<double> near_lat, near_lon, near_km;
  std::string text;     // FTS5 query over sentences
  int limit = 100000;
};

// One report of a deduplicated event: the story and sentence, and its MentionToJson object (dyad/dedup.h).
struct StoredMention {
  std::string story;
  int sentence = 0;
  std::string json;
};

// One stored event: its JSON line (the output contract) and the columns people filter and print.
struct StoredEvent {
  std::string json;
  std::string story;
  int sentence = 0;
  std::string date, source, target, cameo, modality, text;
  std::optional<double> lat, lon;
  // FindDeduped only: every matching report of the event, this one first, and the distinct stories.
  std::vector<StoredMention> mentions;
  size_t story_count = 0;
};

class Store {
 public:
  // Opens (creating the tables if needed) the store `where` names: a PostgreSQL URI
  // ("postgresql://user@host/db", "postgresql:///db?host=/run/postgresql"), else a SQLite file path.
  static Result<std::unique_ptr<Store>> Open(const std::string& where);
  static bool IsPostgres(const std::string& where);
  // Opens (creating if needed) a SQLite store at `path`.
  static Result<std::unique_ptr<Store>> OpenSqlite(const std::string& path);
  // Connects to a PostgreSQL database (a libpq URI) and creates dyad's tables there if they are missing.
  static Result<std::unique_ptr<Store>> OpenPostgres(const std::string& uri);
  virtual ~Store() = default;

  // Replaces everything stored for story.id atomically (all or nothing).
  virtual Status Put(const CodedStory& story) = 0;
  // The same, given EventToJson() of each of story.events (in order), which is then not made again.
  virtual Status Put(const CodedStory& story, const std::vector<std::string>& event_json) { return Put(story); }
  // Events matching `q`, ordered by story, sentence.
  virtual Result<std::vector<StoredEvent>> Find(const Query& q) = 0;
  // The events matching `q` collapsed into distinct events by the key of dyad/dedup.h (date, source code,
  // target code, CAMEO code, modality), ordered by that key, undated events last. Each is its first report
  // by story and sentence; `mentions` lists every matching report and `json` is DedupedEventJson (with
  // mention_count, story_count and mentions). Filters select reports; q.limit counts distinct events.
  virtual Result<std::vector<StoredEvent>> FindDeduped(const Query& q) = 0;
  // Groups several Put() calls in one transaction (faster for batches). Commit() ends it.
  virtual Status Begin() = 0;
  virtual Status Commit() = 0;
};

}  // namespace dyad

#endif  // DYAD_STORE_H_
