// SQLite store: stories, sentences (FTS5), events (with an R*Tree over coordinates).
#include <sqlite3.h>

#include <memory>
#include <unordered_map>

#include "dyad/engine.h"
#include "dyad/store.h"
#include "store/batch.h"
#include "store/find_sql.h"

namespace dyad {

namespace {

// The full-text index keeps no per-row token counts (columnsize=0): they serve only ranking, which dyad
// does not use, and cost a write per sentence. Stores made before keep theirs; both are read the same way.
// Sentences enter the full-text index when it is first needed, not when they are stored: storing lists their
// rowids in fts_pending, and a query with words indexes what is pending first (one bulk insert). Building the
// index took a third of the cost of storing; a store that is never searched by words never pays it.
// New stores use 32 KiB pages: an event row carries its JSON (about 1 KB), and with 4 KiB pages storing cost
// about a third more (fewer page splits and less b-tree bookkeeping per row). A store made before keeps its
// page size. The WAL is checkpointed every 512 pages (16 MB). Checkpoints run on the storing thread while coding
// goes on, except the last one, when the store closes: with 64 MB it took 0.15 s at the end of a bulk load
// (copying and syncing up to 64 MB), with 16 MB about 0.05 s. Stories are
// kept by their key alone (WITHOUT ROWID: one B-tree, not a table and its key index), in new stores.
// Events are indexed by story (re-putting a story, ordering) and date (--since/--until). Stores made before
// also had indexes on source_code and target_code; no query could use them (an actor matches a code prefix
// OR a country, which SQLite answers by scanning), and keeping them up cost an eighth of storing, so they
// are dropped.
constexpr const char* kSchema = R"sql(
PRAGMA page_size=32768;
PRAGMA journal_mode=WAL;
PRAGMA synchronous=NORMAL;
PRAGMA cache_size=-8192;
PRAGMA temp_store=MEMORY;
PRAGMA wal_autocheckpoint=512;
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
INSERT OR IGNORE INTO meta VALUES('schema_version', '2');
CREATE TABLE IF NOT EXISTS stories(
  id TEXT PRIMARY KEY, published TEXT, title TEXT, dateline TEXT, events INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sentences(
  story TEXT NOT NULL, idx INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY(story, idx));
CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(story UNINDEXED, idx UNINDEXED, text, columnsize=0);
CREATE TABLE IF NOT EXISTS fts_pending(id INTEGER PRIMARY KEY);
CREATE TABLE IF NOT EXISTS events(
  id INTEGER PRIMARY KEY, story TEXT NOT NULL, sentence INTEGER NOT NULL, date TEXT,
  source_code TEXT, source_country TEXT, target_code TEXT, target_country TEXT,
  cameo TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER, goldstein REAL, plover TEXT, modality TEXT,
  lat REAL, lon REAL, json TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS events_story ON events(story);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
DROP INDEX IF EXISTS events_source;
DROP INDEX IF EXISTS events_target;
CREATE VIRTUAL TABLE IF NOT EXISTS events_geo USING rtree(id, min_lat, max_lat, min_lon, max_lon);
)sql";

class Stmt {
 public:
  Stmt(sqlite3* db, const char* sql) { rc_ = sqlite3_prepare_v2(db, sql, -1, &s_, nullptr); }
  ~Stmt() { sqlite3_finalize(s_); }
  bool ok() const { return rc_ == SQLITE_OK; }
  sqlite3_stmt* get() { return s_; }
  // Text is bound without a copy (SQLITE_STATIC): `v` must stay alive and unchanged until the next Step()
  // has returned. Temporaries are refused at compile time for that reason.
  void Text(int i, const std::string& v) {
    if (v.empty()) sqlite3_bind_null(s_, i);
    else sqlite3_bind_text(s_, i, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
  }
  void Text(int i, std::string&& v) = delete;
  void Literal(int i, const char* v) { sqlite3_bind_text(s_, i, v, -1, SQLITE_STATIC); }  // static storage
  void Int(int i, long v) { sqlite3_bind_int64(s_, i, v); }
  void Real(int i, double v) { sqlite3_bind_double(s_, i, v); }
  void Null(int i) { sqlite3_bind_null(s_, i); }
  int Step() { return sqlite3_step(s_); }
  // Bindings are kept: every statement binds each of its parameters before each step.
  void Reset() { sqlite3_reset(s_); }
  std::string Col(int i) {
    const unsigned char* t = sqlite3_column_text(s_, i);
    return t ? reinterpret_cast<const char*>(t) : "";
  }

 private:
  sqlite3_stmt* s_ = nullptr;
  int rc_;
};

class SqliteStore : public Store {
 public:
  explicit SqliteStore(sqlite3* db) : db_(db) {}
  ~SqliteStore() override {
    if (batch_.open()) (void)Exec("ROLLBACK");
    stmts_.clear();  // finalized before the connection closes
    sqlite3_close(db_);
  }

  Status Init() { return Exec(kSchema); }

  // Inside Begin()/Commit() stories are written without a savepoint each (a savepoint copies every page a
  // story touches) and kept for replay after a failure: store::Batch.
  Status Begin() override {
    DYAD_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
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

  // The store's own copy of the story is made (and later freed) on the storing thread: the caller's stays
  // the caller's to free. (Freeing on one thread what another allocated made the two contend for glibc's
  // heap lock.)
  Status Put(const CodedStory& story, const std::vector<std::string>* event_json) {
    if (!batch_.open() || batch_.careful()) return PutAtomically(story, event_json);
    if (Status st = PutInside(story, event_json); !st.ok()) {
      DYAD_RETURN_IF_ERROR(Replay());
      return PutAtomically(story, event_json);
    }
    Kept k{story, event_json ? *event_json : std::vector<std::string>()};
    const size_t bytes = SizeOf(k);
    if (batch_.Keep(std::move(k), bytes)) {
      DYAD_RETURN_IF_ERROR(Commit());
      return Begin();
    }
    return Status::Ok();
  }

  Result<std::vector<StoredEvent>> Find(const Query& q) override {
    if (!q.text.empty()) DYAD_RETURN_IF_ERROR(IndexPending());
    std::vector<std::string> args;
    std::string sql = std::string(kSelect) + store::FromWhere(q, store::Dialect::kSqlite, &args) +
                      " ORDER BY e.story, e.sentence, e.id LIMIT " + std::to_string(q.limit);
    Stmt st(db_, sql.c_str());
    if (!st.ok()) return Status::Error(std::string("query: ") + sqlite3_errmsg(db_));
    for (size_t i = 0; i < args.size(); ++i) st.Text(static_cast<int>(i + 1), args[i]);
    std::vector<StoredEvent> out;
    int rc;
    while ((rc = st.Step()) == SQLITE_ROW) {
      StoredEvent e = ReadRow(&st);
      if (store::InsideCircle(q, e)) out.push_back(std::move(e));
    }
    if (rc != SQLITE_DONE) return Status::Error(std::string("query: ") + sqlite3_errmsg(db_));
    return out;
  }

  // Reports come sorted by the dedup key, so one pass folds each run of equal keys into one event: no hash
  // map, and the limit stops the scan early.
  Result<std::vector<StoredEvent>> FindDeduped(const Query& q) override {
    if (!q.text.empty()) DYAD_RETURN_IF_ERROR(IndexPending());
    std::vector<std::string> args;
    std::string sql = std::string(kSelect) + ", " + kMentionJson + store::FromWhere(q, store::Dialect::kSqlite, &args) +
                      " ORDER BY e.date IS NULL, e.date, e.source_code, e.target_code, e.cameo, e.modality, e.story, "
                      "e.sentence, e.id";
    Stmt st(db_, sql.c_str());
    if (!st.ok()) return Status::Error(std::string("query: ") + sqlite3_errmsg(db_));
    for (size_t i = 0; i < args.size(); ++i) st.Text(static_cast<int>(i + 1), args[i]);
    store::DedupFold fold(q.limit);
    int rc;
    while ((rc = st.Step()) == SQLITE_ROW) {
      StoredEvent e = ReadRow(&st);
      if (!store::InsideCircle(q, e)) continue;
      StoredMention m{e.story, e.sentence, st.Col(kMentionColumn)};
      if (!fold.Add(std::move(e), std::move(m))) break;
    }
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) return Status::Error(std::string("query: ") + sqlite3_errmsg(db_));
    return fold.Take();
  }

 private:
  // The columns ReadRow() reads, then (FindDeduped) one mention object built from the stored JSON with the
  // names and order of MentionToJson().
  static constexpr const char* kSelect =
      "SELECT e.json, e.story, e.sentence, e.date, e.source_code, e.target_code, e.cameo, e.modality, "
      "e.lat, e.lon, s.text";
  static constexpr int kMentionColumn = 11;
  static constexpr const char* kMentionJson =
      "json_object('story', e.story, 'sentence', e.sentence, 'published', json_extract(e.json, '$.published'), "
      "'source_text', json_extract(e.json, '$.source.text'), 'target_text', json_extract(e.json, '$.target.text'), "
      "'attribution_text', json_extract(e.json, '$.attribution.text'), 'evidence', json_object("
      "'source', json_extract(e.json, '$.evidence.source'), 'verb', json_extract(e.json, '$.evidence.verb'), "
      "'target', json_extract(e.json, '$.evidence.target')))";

  // Reads the kSelect columns of the current row.
  static StoredEvent ReadRow(Stmt* st) {
    StoredEvent e;
    e.json = st->Col(0);
    e.story = st->Col(1);
    e.sentence = sqlite3_column_int(st->get(), 2);
    e.date = st->Col(3);
    e.source = st->Col(4);
    e.target = st->Col(5);
    e.cameo = st->Col(6);
    e.modality = st->Col(7);
    if (sqlite3_column_type(st->get(), 8) != SQLITE_NULL) {
      e.lat = sqlite3_column_double(st->get(), 8);
      e.lon = sqlite3_column_double(st->get(), 9);
    }
    e.text = st->Col(10);
    return e;
  }

  Status Exec(const char* sql) {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
      std::string m = err ? err : "unknown error";
      sqlite3_free(err);
      return Status::Error(std::string("sqlite: ") + m);
    }
    return Status::Ok();
  }

  Status Fail(const char* what) { return Status::Error(std::string("sqlite: ") + what + ": " + sqlite3_errmsg(db_)); }

  // Statements are prepared once per connection and reused for every story. They are looked up by the
  // address of their SQL text (always a literal), not by comparing the text.
  Stmt& Prepared(const char* sql) {
    auto it = stmts_.find(sql);
    if (it == stmts_.end()) it = stmts_.emplace(sql, std::make_unique<Stmt>(db_, sql)).first;
    it->second->Reset();
    return *it->second;
  }

  // Runs a prepared statement that takes no parameters and returns no rows.
  Status Run(const char* sql) {
    Stmt& s = Prepared(sql);
    if (!s.ok()) return Fail(sql);
    int rc = s.Step();
    s.Reset();
    return rc == SQLITE_DONE ? Status::Ok() : Fail(sql);
  }

  // One story in its own savepoint: its own transaction outside Begin()/Commit(), nested inside one.
  // (Prepared once: sqlite3_exec would parse them for every story.)
  Status PutAtomically(const CodedStory& story, const std::vector<std::string>* event_json) {
    DYAD_RETURN_IF_ERROR(Run("SAVEPOINT put_story"));
    Status st = PutInside(story, event_json);
    if (!st.ok()) {
      (void)Run("ROLLBACK TO put_story");
      (void)Run("RELEASE put_story");
      return st;
    }
    return Run("RELEASE put_story");
  }

  // After a failed story in a transaction without savepoints: undoes the transaction and writes the stories
  // kept since Begin() again, each in its own savepoint (they were all written once already).
  Status Replay() {
    DYAD_RETURN_IF_ERROR(Exec("ROLLBACK"));
    DYAD_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
    for (const Kept& k : batch_.TakeForReplay())
      DYAD_RETURN_IF_ERROR(PutAtomically(k.story, k.json.empty() ? nullptr : &k.json));
    return Status::Ok();
  }

  struct Kept {
    CodedStory story;
    std::vector<std::string> json;
  };
  static size_t SizeOf(const Kept& k) {
    size_t n = sizeof(Kept) + k.story.id.size();
    for (const Sentence& s : k.story.sentences) n += s.text.size() + sizeof(Sentence);
    n += k.story.events.size() * (sizeof(Event) + 256);
    for (const std::string& j : k.json) n += j.size();
    return n;
  }
  // Puts the pending sentences into the full-text index (inside the open batch, if any).
  Status IndexPending() {
    Stmt& any = Prepared("SELECT 1 FROM fts_pending LIMIT 1");
    if (!any.ok()) return Fail("prepare index");
    const int rc = any.Step();
    any.Reset();
    if (rc == SQLITE_DONE) return Status::Ok();
    if (rc != SQLITE_ROW) return Fail("index");
    if (!batch_.open()) DYAD_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
    Status st = Run("INSERT INTO sentences_fts(rowid, story, idx, text) SELECT s.rowid, s.story, s.idx, s.text "
                    "FROM fts_pending p JOIN sentences s ON s.rowid = p.id ORDER BY p.id");
    if (st.ok()) st = Run("DELETE FROM fts_pending");
    if (batch_.open()) return st;
    if (!st.ok()) {
      (void)Exec("ROLLBACK");
      return st;
    }
    return Exec("COMMIT");
  }

  Status PutInside(const CodedStory& story, const std::vector<std::string>* event_json) {
    // Only a story stored before has rows to delete: one primary-key lookup saves four deletes.
    Stmt& exists = Prepared("SELECT 1 FROM stories WHERE id = ?");
    if (!exists.ok()) return Fail("prepare lookup");
    exists.Text(1, story.id);
    int rc = exists.Step();
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) return Fail("lookup");
    const bool stored = rc == SQLITE_ROW;
    exists.Reset();
    if (stored) {
      // The full-text rows share their sentence's rowid: deleting them is a lookup, not a scan of the index.
      Stmt& del_geo = Prepared("DELETE FROM events_geo WHERE id IN (SELECT id FROM events WHERE story = ?)");
      Stmt& del_ev = Prepared("DELETE FROM events WHERE story = ?");
      Stmt& del_f = Prepared("DELETE FROM sentences_fts WHERE rowid IN (SELECT rowid FROM sentences WHERE story = ?)");
      Stmt& del_p = Prepared("DELETE FROM fts_pending WHERE id IN (SELECT rowid FROM sentences WHERE story = ?)");
      Stmt& del_s = Prepared("DELETE FROM sentences WHERE story = ?");
      for (Stmt* s : {&del_geo, &del_ev, &del_f, &del_p, &del_s}) {
        if (!s->ok()) return Fail("prepare delete");
        s->Text(1, story.id);
        if (s->Step() != SQLITE_DONE) return Fail("delete");
      }
    }
    Stmt& ins_story = Prepared("INSERT OR REPLACE INTO stories(id, published, title, dateline, events) VALUES(?,?,?,?,?)");
    if (!ins_story.ok()) return Fail("prepare story");
    ins_story.Text(1, story.id);
    ins_story.Text(2, story.published);
    ins_story.Text(3, story.title);
    ins_story.Text(4, story.dateline);
    ins_story.Int(5, static_cast<long>(story.events.size()));
    if (ins_story.Step() != SQLITE_DONE) return Fail("insert story");

    Stmt& ins_s = Prepared("INSERT INTO sentences(story, idx, text) VALUES(?,?,?)");
    Stmt& ins_p = Prepared("INSERT INTO fts_pending(id) VALUES(?)");
    if (!ins_s.ok() || !ins_p.ok()) return Fail("prepare sentence");
    for (const Sentence& s : story.sentences) {
      ins_s.Reset();
      ins_s.Text(1, story.id);
      ins_s.Int(2, s.index);
      ins_s.Text(3, s.text);
      if (ins_s.Step() != SQLITE_DONE) return Fail("insert sentence");
      ins_p.Reset();
      ins_p.Int(1, static_cast<long>(sqlite3_last_insert_rowid(db_)));
      if (ins_p.Step() != SQLITE_DONE) return Fail("insert sentence");
    }
    Stmt& ins_e = Prepared(
        "INSERT INTO events(story, sentence, date, source_code, source_country, target_code, target_country, "
        "cameo, root, quad, goldstein, plover, modality, lat, lon, json) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Stmt& ins_g = Prepared("INSERT INTO events_geo(id, min_lat, max_lat, min_lon, max_lon) VALUES(?,?,?,?,?)");
    if (!ins_e.ok() || !ins_g.ok()) return Fail("prepare event");
    static const std::string kNone;  // bound as NULL
    std::string json;                // EventToJson(e) when the caller gave none
    for (size_t k = 0; k < story.events.size(); ++k) {
      const Event& e = story.events[k];
      ins_e.Reset();
      ins_e.Text(1, story.id);
      ins_e.Int(2, e.sentence);
      ins_e.Text(3, e.date);
      ins_e.Text(4, e.source ? e.source->code : kNone);
      ins_e.Text(5, e.source ? e.source->country : kNone);
      ins_e.Text(6, e.target ? e.target->code : kNone);
      ins_e.Text(7, e.target ? e.target->country : kNone);
      ins_e.Text(8, e.cameo);
      ins_e.Text(9, e.root);
      ins_e.Int(10, e.quad);
      ins_e.Real(11, e.goldstein);
      ins_e.Text(12, e.plover);
      ins_e.Literal(13, ModalityName(e.modality));
      if (e.location) {
        ins_e.Real(14, e.location->lat);
        ins_e.Real(15, e.location->lon);
      } else {
        ins_e.Null(14);
        ins_e.Null(15);
      }
      if (!event_json) json = EventToJson(e);
      ins_e.Text(16, event_json ? (*event_json)[k] : json);
      if (ins_e.Step() != SQLITE_DONE) return Fail("insert event");
      if (e.location) {
        long id = static_cast<long>(sqlite3_last_insert_rowid(db_));
        ins_g.Reset();
        ins_g.Int(1, id);
        ins_g.Real(2, e.location->lat);
        ins_g.Real(3, e.location->lat);
        ins_g.Real(4, e.location->lon);
        ins_g.Real(5, e.location->lon);
        if (ins_g.Step() != SQLITE_DONE) return Fail("insert event place");
      }
    }
    return Status::Ok();
  }

  sqlite3* db_;
  std::unordered_map<const char*, std::unique_ptr<Stmt>> stmts_;
  store::Batch<Kept> batch_;  // the open transaction: the stories put in it, to write again after a failure
};

}  // namespace

Result<std::unique_ptr<Store>> Store::OpenSqlite(const std::string& path) {
  // Before SQLite starts (the first open): no memory statistics, whose global mutex every allocation takes.
  static const bool kConfigured = [] { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; }();
  (void)kConfigured;
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr) !=
      SQLITE_OK) {
    std::string m = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Status::Error(path + ": " + m);
  }
  sqlite3_busy_timeout(db, 5000);
  auto store = std::make_unique<SqliteStore>(db);
  if (Status st = store->Init(); !st.ok()) return Status::Error(path + ": " + st.message());
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace dyad
