#pragma once
// A thin RAII layer over the SQLite C API, shared by the gazetteer, the fetch
// cache and the batch runner. Errors throw SqliteError; each user turns them
// into core::Error values at its public edge.

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace core {

struct SqliteError : std::runtime_error {
  explicit SqliteError(const std::string& message, int code = 0) : std::runtime_error(message), code(code) {}
  // SQLite's primary result code (SQLITE_NOTADB, SQLITE_CORRUPT, SQLITE_BUSY …),
  // so callers can tell a damaged file from a busy one; 0 when not from SQLite.
  int code = 0;
  // True for a file that is not an SQLite database or whose pages are damaged.
  bool is_corruption() const;
};

class Statement;

// One connection. Movable, not copyable.
class Database {
public:
  enum class Mode { read_only, create };
  Database(const std::filesystem::path& path, Mode mode);
  ~Database();
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  void exec(std::string_view sql);
  Statement prepare(std::string_view sql) const;
  sqlite3* handle() const { return m_db; }

  // How long a statement waits for another connection's lock before failing
  // with SQLITE_BUSY; several processes may share one file.
  void busy_timeout(std::chrono::milliseconds wait);
  // Switches to write-ahead logging (readers never block the writer);
  // throws when the file system cannot provide it.
  void enable_wal();
  // Rows changed by the last INSERT, UPDATE or DELETE.
  std::int64_t changes() const;

private:
  sqlite3* m_db = nullptr;
};

// BEGIN IMMEDIATE … COMMIT; rolled back when destroyed uncommitted (an
// exception left the block). IMMEDIATE takes the write lock up front, so two
// writers wait on busy_timeout instead of deadlocking on a lock upgrade.
class Transaction {
public:
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

private:
  Database& m_db;
  bool m_open = true;
};

// A prepared statement: bind (1-based), step, read columns (0-based), reset.
class Statement {
public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, double value);
  Statement& bind(int index, std::int64_t value);
  Statement& bind_blob(int index, std::string_view bytes);
  Statement& bind_null(int index);
  // True while a row is available.
  bool step();
  void run();  // step to the end, for statements that return no rows
  void reset();

  std::string text(int column) const;
  double real(int column) const;
  std::int64_t integer(int column) const;
  std::string_view blob(int column) const;
  bool is_null(int column) const;

private:
  sqlite3* m_db = nullptr;
  sqlite3_stmt* m_stmt = nullptr;
};

}  // namespace core
