#pragma once
// A thin RAII layer over the SQLite C API: just what the gazetteer needs.
// Errors throw SqliteError; the Gazetteer and the builder turn them into
// core::Error values at their public edges.

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace verify::gazetteer {

struct SqliteError : std::runtime_error {
  using std::runtime_error::runtime_error;
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

private:
  sqlite3* m_db = nullptr;
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

}  // namespace verify::gazetteer
