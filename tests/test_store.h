// Where a test keeps its store: a SQLite file in its temporary directory, or a PostgreSQL schema of its own on
// the server that scripts/with-postgres.sh starts for `make test` (its URI in DYAD_TEST_PG). Without such a
// server the PostgreSQL runs of a test skip, unless DYAD_REQUIRE_PG=1 (CI), where they fail.
#ifndef DYAD_TESTS_TEST_STORE_H_
#define DYAD_TESTS_TEST_STORE_H_

#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <unistd.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "test_util.h"

namespace dyad::testing {

inline std::vector<std::string> StoreKinds() { return {"sqlite", "postgres"}; }

class TestStore {
 public:
  // `kind` is "sqlite" or "postgres". Check error() before use: it says why there is no store.
  TestStore(const std::string& kind, const TempDir& dir) {
    if (kind == "sqlite") {
      where_ = dir.path() + "/t.db";
      return;
    }
    const char* base = std::getenv("DYAD_TEST_PG");
    const char* require = std::getenv("DYAD_REQUIRE_PG");
    required_ = (require && std::string(require) == "1") || (base && *base);
    if (!base || !*base) {
      error_ = "no PostgreSQL server for this test (make test starts one: scripts/with-postgres.sh)";
      return;
    }
    const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
    schema_ = "t" + std::to_string(getpid()) + "_" + std::to_string(std::hash<std::string>()(
                                                         std::string(info->test_suite_name()) + info->name()) % 1000000007);
    error_ = Admin(base, "DROP SCHEMA IF EXISTS " + schema_ + " CASCADE; CREATE SCHEMA " + schema_);
    base_ = base;
    where_ = base_ + (base_.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema_;
  }
  ~TestStore() {
    if (!schema_.empty() && error_.empty()) (void)Admin(base_, "DROP SCHEMA IF EXISTS " + schema_ + " CASCADE");
  }
  // Empty, or why the test cannot run.
  const std::string& error() const { return error_; }
  // A missing store fails the test, not skips it: CI asked for PostgreSQL, or a given server failed.
  bool required() const { return required_; }
  // For Store::Open and --db.
  const std::string& where() const { return where_; }

 private:
  static std::string Admin(const std::string& uri, const std::string& sql) {
    PGconn* c = PQconnectdb(uri.c_str());
    std::string err;
    if (PQstatus(c) != CONNECTION_OK) {
      err = PQerrorMessage(c);
    } else {
      PQsetNoticeProcessor(c, [](void*, const char*) {}, nullptr);
      PGresult* r = PQexec(c, sql.c_str());
      if (PQresultStatus(r) != PGRES_COMMAND_OK) err = PQresultErrorMessage(r);
      PQclear(r);
    }
    PQfinish(c);
    return err;
  }

  std::string where_, base_, schema_, error_;
  bool required_ = false;
};

// Skips (or, when a server is required, fails) a test whose store is missing.
#define DYAD_NEED_STORE(ts)                                      \
  do {                                                           \
    if (!(ts).error().empty()) {                                 \
      if ((ts).required()) FAIL() << (ts).error();               \
      GTEST_SKIP() << (ts).error();                              \
    }                                                            \
  } while (0)

}  // namespace dyad::testing

#endif  // DYAD_TESTS_TEST_STORE_H_
