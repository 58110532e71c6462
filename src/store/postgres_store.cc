// PostgreSQL store: the SQLite store's tables and answers, on a server that many users and processes share.
//
// Differences from SQLite, each for a reason:
// - Sentences carry their words as a tsvector (generated, 'simple' configuration: no stemming, as FTS5's
//   default tokenizer), indexed with GIN; --text is a web-search query (words, "a phrase", OR, -word).
// - Event coordinates are indexed as point(lon, lat) with GiST, PostgreSQL's built-in R-tree.
// - Text columns that are compared and sorted use the "C" collation, so ranges (--since) and the dedup order
//   are byte order, as in SQLite, whatever the database's locale.
// - A story's statements are prepared once per connection and sent together in a pipeline: one round trip
//   per story, and no parsing or planning per row. Outside Begin()/Commit() a pipeline up to its sync point
//   is one transaction. Inside, a failed story aborts the whole transaction, so the store keeps the rows of
//   the open transaction, and after a failure rolls back, sends them again each story in its own savepoint,
//   and gives every later story a savepoint until Commit() (store::Batch, as in SqliteStore). Savepoints are not used
//   otherwise: each costs a subtransaction on the server.
// - Writing a story first upserts its row in `stories`, which locks it: two processes storing the same story
//   at once take turns, and the second one's version is what stays.
// - Commits do not wait for the server's disk (synchronous_commit off): a server crash may lose the last
//   transactions, but never leaves one half-written.
#include <libpq-fe.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <memory>

#include "dyad/engine.h"
#include "dyad/store.h"
#include "store/batch.h"
#include "store/find_sql.h"
#include "util/json.h"

namespace dyad {

namespace {

// Run in one transaction under an advisory lock: two processes creating the tables at once would collide.
constexpr const char* kSchema = R"sql(
BEGIN;
SELECT pg_advisory_xact_lock(7469707);
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
INSERT INTO meta VALUES('schema_version', '2') ON CONFLICT DO NOTHING;
CREATE TABLE IF NOT EXISTS stories(
  id TEXT COLLATE "C" PRIMARY KEY, published TEXT, title TEXT, dateline TEXT, events INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS sentences(
  story TEXT COLLATE "C" NOT NULL, idx INTEGER NOT NULL, text TEXT NOT NULL,
  words tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED, PRIMARY KEY(story, idx));
CREATE INDEX IF NOT EXISTS sentences_words ON sentences USING gin(words);
CREATE TABLE IF NOT EXISTS events(
  id BIGSERIAL PRIMARY KEY, story TEXT COLLATE "C" NOT NULL, sentence INTEGER NOT NULL, date TEXT COLLATE "C",
  source_code TEXT COLLATE "C", source_country TEXT COLLATE "C", target_code TEXT COLLATE "C",
  target_country TEXT COLLATE "C", cameo TEXT COLLATE "C" NOT NULL, root TEXT COLLATE "C" NOT NULL, quad INTEGER,
  goldstein DOUBLE PRECISION, plover TEXT, modality TEXT COLLATE "C", lat DOUBLE PRECISION, lon DOUBLE PRECISION,
  json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS events_story ON events(story);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE INDEX IF NOT EXISTS events_geo ON events USING gist(point(lon, lat));
COMMIT;
)sql";

// The columns ReadRow() reads. FindDeduped adds the parts of one mention object (MentionToJson's names and
// order), taken from the stored JSON as written (the json type's -> keeps a value's text).
constexpr const char* kSelect =
    "SELECT e.json, e.story, e.sentence, e.date, e.source_code, e.target_code, e.cameo, e.modality, e.lat, e.lon, "
    "s.text";
constexpr const char* kMentionParts =
    ", e.json::json->'published', e.json::json#>'{source,text}', e.json::json#>'{target,text}', "
    "e.json::json#>'{attribution,text}', e.json::json#>'{evidence,source}', e.json::json#>'{evidence,verb}', "
    "e.json::json#>'{evidence,target}'";
constexpr int kMentionColumn = 11;

// libpq's messages end with a newline.
std::string Trimmed(std::string m) {
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
  return m;
}

// The statements that write a story, prepared once per connection.
struct Statement {
  const char* name;
  const char* sql;
};
constexpr Statement kPutStory{
    "dyad_put_story",
    "INSERT INTO stories(id, published, title, dateline, events) VALUES($1, $2, $3, $4, $5) ON CONFLICT(id) DO "
    "UPDATE SET published = EXCLUDED.published, title = EXCLUDED.title, dateline = EXCLUDED.dateline, "
    "events = EXCLUDED.events"};
constexpr Statement kDeleteEvents{"dyad_delete_events", "DELETE FROM events WHERE story = $1"};
constexpr Statement kDeleteSentences{"dyad_delete_sentences", "DELETE FROM sentences WHERE story = $1"};
constexpr Statement kPutSentence{"dyad_put_sentence", "INSERT INTO sentences(story, idx, text) VALUES($1, $2, $3)"};
constexpr Statement kPutEvent{
    "dyad_put_event",
    "INSERT INTO events(story, sentence, date, source_code, source_country, target_code, target_country, cameo, "
    "root, quad, goldstein, plover, modality, lat, lon, json) "
    "VALUES($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)"};
constexpr const Statement* kStatements[] = {&kPutStory, &kDeleteEvents, &kDeleteSentences, &kPutSentence, &kPutEvent};

// One statement to run and its parameters; an empty value is NULL (as SqliteStore binds it).
struct Row {
  const Statement* stmt;
  std::vector<std::string> values;
};

std::string Number(double v) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, ec == std::errc() ? end : buf);
}

// The rows that replace everything stored for one story.
std::vector<Row> StoryRows(const CodedStory& story, const std::vector<std::string>* event_json) {
  std::vector<Row> rows;
  rows.reserve(3 + story.sentences.size() + story.events.size());
  rows.push_back({&kPutStory, {story.id, story.published, story.title, story.dateline,
                               std::to_string(story.events.size())}});
  rows.push_back({&kDeleteEvents, {story.id}});
  rows.push_back({&kDeleteSentences, {story.id}});
  for (const Sentence& s : story.sentences) rows.push_back({&kPutSentence, {story.id, std::to_string(s.index), s.text}});
  for (size_t k = 0; k < story.events.size(); ++k) {
    const Event& e = story.events[k];
    std::string none;
    rows.push_back({&kPutEvent,
                    {story.id, std::to_string(e.sentence), e.date, e.source ? e.source->code : none,
                     e.source ? e.source->country : none, e.target ? e.target->code : none,
                     e.target ? e.target->country : none, e.cameo, e.root, std::to_string(e.quad),
                     Number(e.goldstein), e.plover, ModalityName(e.modality),
                     e.location ? Number(e.location->lat) : none, e.location ? Number(e.location->lon) : none,
                     event_json ? (*event_json)[k] : EventToJson(e)}});
  }
  return rows;
}

size_t SizeOf(const std::vector<Row>& rows) {
  size_t n = 0;
  for (const Row& r : rows) {
    n += sizeof(Row);
    for (const std::string& v : r.values) n += sizeof(std::string) + v.size();
  }
  return n;
}

struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

class PostgresStore : public Store {
 public:
  explicit PostgresStore(PGconn* conn) : conn_(conn) {}
  ~PostgresStore() override {
    if (batch_.open()) (void)Exec("ROLLBACK");
    PQfinish(conn_);
  }

  Status Init() {
    PQsetNoticeProcessor(conn_, [](void*, const char*) {}, nullptr);  // "already exists, skipping"
    if (PQsetClientEncoding(conn_, "UTF8") != 0) return Fail("client encoding");
    DYAD_RETURN_IF_ERROR(Exec("SET synchronous_commit = off"));
    DYAD_RETURN_IF_ERROR(Exec(kSchema));
    for (const Statement* st : kStatements) {
      ResultPtr r(PQprepare(conn_, st->name, st->sql, 0, nullptr));
      if (!r || PQresultStatus(r.get()) != PGRES_COMMAND_OK) return Fail(std::string("prepare ") + st->name);
    }
    return Status::Ok();
  }

  Status Begin() override {
    DYAD_RETURN_IF_ERROR(Exec("BEGIN"));
    batch_.Open();
    return Status::Ok();
  }
  Status Commit() override {
    batch_.Close();
    return Exec("COMMIT");
  }

  Status Put(const CodedStory& story) override { return Put(story, nullptr); }
  Status Put(const CodedStory& story, const std::vector<std::string>& event_json) override {
    return Put(story, event_json.size() == story.events.size() ? &event_json : nullptr);
  }

  Status Put(const CodedStory& story, const std::vector<std::string>* event_json) {
    std::vector<Row> rows = StoryRows(story, event_json);
    if (!batch_.open()) return Send(rows, Wrap::kNone);  // the pipeline is one implicit transaction
    if (batch_.careful()) return Send(rows, Wrap::kSavepoint);
    if (Status st = Send(rows, Wrap::kNone); !st.ok()) {
      DYAD_RETURN_IF_ERROR(Replay());
      return Send(rows, Wrap::kSavepoint);
    }
    const size_t bytes = SizeOf(rows);
    if (batch_.Keep(std::move(rows), bytes)) {
      DYAD_RETURN_IF_ERROR(Commit());
      return Begin();
    }
    return Status::Ok();
  }

  Result<std::vector<StoredEvent>> Find(const Query& q) override {
    std::vector<std::string> args;
    std::string sql = std::string(kSelect) + store::FromWhere(q, store::Dialect::kPostgres, &args) +
                      " ORDER BY e.story, e.sentence, e.id LIMIT " + std::to_string(std::max(q.limit, 0));
    auto res = Query_(sql, args);
    if (!res.ok()) return res.status();
    PGresult* r = res.value().get();
    std::vector<StoredEvent> out;
    for (int row = 0, n = PQntuples(r); row < n; ++row) {
      StoredEvent e = ReadRow(r, row);
      if (store::InsideCircle(q, e)) out.push_back(std::move(e));
    }
    return out;
  }

  Result<std::vector<StoredEvent>> FindDeduped(const Query& q) override {
    std::vector<std::string> args;
    std::string sql = std::string(kSelect) + kMentionParts + store::FromWhere(q, store::Dialect::kPostgres, &args) +
                      " ORDER BY e.date IS NULL, e.date, e.source_code NULLS FIRST, e.target_code NULLS FIRST, "
                      "e.cameo, e.modality NULLS FIRST, e.story, e.sentence, e.id";
    auto res = Query_(sql, args);
    if (!res.ok()) return res.status();
    PGresult* r = res.value().get();
    store::DedupFold fold(q.limit);
    for (int row = 0, n = PQntuples(r); row < n; ++row) {
      StoredEvent e = ReadRow(r, row);
      if (!store::InsideCircle(q, e)) continue;
      StoredMention m{e.story, e.sentence, MentionJson(r, row, e)};
      if (!fold.Add(std::move(e), std::move(m))) break;
    }
    return fold.Take();
  }

 private:
  Status Fail(const std::string& what) {
    return Status::Error("postgresql: " + what + ": " + Trimmed(PQerrorMessage(conn_)));
  }

  // Runs statements that return no rows (several, separated by ';', in one round trip).
  Status Exec(const char* sql) {
    ResultPtr r(PQexec(conn_, sql));
    ExecStatusType s = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK) return Status::Ok();
    std::string m = r ? PQresultErrorMessage(r.get()) : PQerrorMessage(conn_);
    return Status::Error("postgresql: " + Trimmed(m));
  }

  Result<ResultPtr> Query_(const std::string& sql, const std::vector<std::string>& args) {
    std::vector<const char*> values;
    for (const std::string& a : args) values.push_back(a.c_str());
    ResultPtr r(PQexecParams(conn_, sql.c_str(), static_cast<int>(values.size()), nullptr, values.data(), nullptr,
                             nullptr, 0));
    if (!r || PQresultStatus(r.get()) != PGRES_TUPLES_OK) {
      std::string m = r ? PQresultErrorMessage(r.get()) : PQerrorMessage(conn_);
      return Status::Error("query: " + Trimmed(m));
    }
    return r;
  }

  enum class Wrap { kNone, kSavepoint };

  // Sends one story's rows in a pipeline and reads every result. With kSavepoint they run inside a savepoint,
  // rolled back when one fails, so the open transaction goes on.
  Status Send(const std::vector<Row>& rows, Wrap wrap) {
    if (PQenterPipelineMode(conn_) != 1) return Fail("pipeline");
    bool sent = true;
    if (wrap == Wrap::kSavepoint) sent = PQsendQueryParams(conn_, "SAVEPOINT put_story", 0, nullptr, nullptr, nullptr, nullptr, 0);
    std::vector<const char*> values;
    for (const Row& r : rows) {
      if (!sent) break;
      values.clear();
      for (const std::string& v : r.values) values.push_back(v.empty() ? nullptr : v.c_str());
      sent = PQsendQueryPrepared(conn_, r.stmt->name, static_cast<int>(values.size()), values.data(), nullptr,
                                 nullptr, 0);
    }
    if (sent && wrap == Wrap::kSavepoint)
      sent = PQsendQueryParams(conn_, "RELEASE SAVEPOINT put_story", 0, nullptr, nullptr, nullptr, nullptr, 0);
    if (sent) sent = PQpipelineSync(conn_);
    std::string error = sent ? "" : Trimmed(PQerrorMessage(conn_));
    // Results: one or more per statement, each statement's ended by a null, then the sync's.
    while (sent) {
      ResultPtr r(PQgetResult(conn_));
      if (!r && PQstatus(conn_) != CONNECTION_OK) {
        if (error.empty()) error = Trimmed(PQerrorMessage(conn_));
        break;
      }
      if (!r) continue;
      ExecStatusType s = PQresultStatus(r.get());
      if (s == PGRES_PIPELINE_SYNC) break;
      if (s == PGRES_FATAL_ERROR && error.empty()) error = Trimmed(PQresultErrorMessage(r.get()));
      if (s == PGRES_FATAL_ERROR && PQstatus(conn_) != CONNECTION_OK) break;
    }
    (void)PQexitPipelineMode(conn_);
    if (error.empty()) return Status::Ok();
    if (wrap == Wrap::kSavepoint) (void)Exec("ROLLBACK TO SAVEPOINT put_story; RELEASE SAVEPOINT put_story");
    return Status::Error("postgresql: " + error);
  }

  // After a failed story in a transaction without savepoints: undoes the transaction and sends the stories
  // kept since Begin() again, each in its own savepoint (they were all written once already).
  Status Replay() {
    DYAD_RETURN_IF_ERROR(Exec("ROLLBACK; BEGIN"));
    for (const std::vector<Row>& rows : batch_.TakeForReplay()) DYAD_RETURN_IF_ERROR(Send(rows, Wrap::kSavepoint));
    return Status::Ok();
  }

  static std::string Text(PGresult* r, int row, int col) {
    return PQgetisnull(r, row, col) ? std::string() : std::string(PQgetvalue(r, row, col), PQgetlength(r, row, col));
  }

  static StoredEvent ReadRow(PGresult* r, int row) {
    StoredEvent e;
    e.json = Text(r, row, 0);
    e.story = Text(r, row, 1);
    e.sentence = std::atoi(PQgetvalue(r, row, 2));
    e.date = Text(r, row, 3);
    e.source = Text(r, row, 4);
    e.target = Text(r, row, 5);
    e.cameo = Text(r, row, 6);
    e.modality = Text(r, row, 7);
    if (!PQgetisnull(r, row, 8) && !PQgetisnull(r, row, 9)) {
      e.lat = std::strtod(PQgetvalue(r, row, 8), nullptr);
      e.lon = std::strtod(PQgetvalue(r, row, 9), nullptr);
    }
    e.text = Text(r, row, 10);
    return e;
  }

  // MentionToJson's object from the kMentionParts columns.
  static std::string MentionJson(PGresult* r, int row, const StoredEvent& e) {
    auto part = [&](int k) {
      const int col = kMentionColumn + k;
      return PQgetisnull(r, row, col) ? std::string("null") : Text(r, row, col);
    };
    std::string o = "{";
    json::AppendKey(&o, "story");
    json::AppendString(&o, e.story);
    o.append(",\"sentence\":" + std::to_string(e.sentence) + ",\"published\":" + part(0) +
             ",\"source_text\":" + part(1) + ",\"target_text\":" + part(2) + ",\"attribution_text\":" + part(3) +
             ",\"evidence\":{\"source\":" + part(4) + ",\"verb\":" + part(5) + ",\"target\":" + part(6) + "}}");
    return o;
  }

  PGconn* conn_;
  store::Batch<std::vector<Row>> batch_;  // the open transaction: the rows of its stories, to send again
};

}  // namespace

bool Store::IsPostgres(const std::string& where) {
  return where.rfind("postgresql://", 0) == 0 || where.rfind("postgres://", 0) == 0;
}

Result<std::unique_ptr<Store>> Store::OpenPostgres(const std::string& uri) {
  PGconn* conn = PQconnectdb(uri.c_str());
  if (!conn || PQstatus(conn) != CONNECTION_OK) {
    std::string m = conn ? PQerrorMessage(conn) : "out of memory";
    PQfinish(conn);
    return Status::Error("postgresql: cannot connect: " + Trimmed(m));
  }
  auto store = std::make_unique<PostgresStore>(conn);
  DYAD_RETURN_IF_ERROR(store->Init());
  return std::unique_ptr<Store>(std::move(store));
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& where) {
  return IsPostgres(where) ? OpenPostgres(where) : OpenSqlite(where);
}

}  // namespace dyad
