#include "core/sqlite.hpp"

#include <sqlite3.h>

#include <utility>

namespace core {
namespace {

[[noreturn]] void raise(sqlite3* db, std::string_view what) {
  if (!db) throw SqliteError(std::string(what) + ": out of memory", SQLITE_NOMEM);
  throw SqliteError(std::string(what) + ": " + sqlite3_errmsg(db), sqlite3_errcode(db) & 0xff);
}

}  // namespace

Database::Database(const std::filesystem::path& path, Mode mode) {
  const int flags = mode == Mode::read_only ? SQLITE_OPEN_READONLY
                                            : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  // Each thread opens its own connection, so SQLite's own mutexes are not needed.
  if (sqlite3_open_v2(path.c_str(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
    const int code = m_db ? sqlite3_errcode(m_db) & 0xff : SQLITE_NOMEM;
    sqlite3_close(m_db);
    m_db = nullptr;
    throw SqliteError("cannot open: " + message, code);
  }
}

Database::~Database() { sqlite3_close(m_db); }

Database::Database(Database&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    sqlite3_close(m_db);
    m_db = std::exchange(other.m_db, nullptr);
  }
  return *this;
}

void Database::exec(std::string_view sql) {
  char* message = nullptr;
  if (sqlite3_exec(m_db, std::string(sql).c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    std::string text = message ? message : "unknown error";
    sqlite3_free(message);
    throw SqliteError(text, sqlite3_errcode(m_db) & 0xff);
  }
}

void Database::busy_timeout(std::chrono::milliseconds wait) {
  if (sqlite3_busy_timeout(m_db, static_cast<int>(wait.count())) != SQLITE_OK) raise(m_db, "busy_timeout");
}

void Database::enable_wal() {
  Statement mode(m_db, "PRAGMA journal_mode=WAL");
  // SQLite answers with the mode in force, which stays the old one when WAL
  // is impossible (some network or in-memory file systems).
  if (!mode.step() || mode.text(0) != "wal") throw SqliteError("cannot switch to WAL: journal mode stays " + mode.text(0));
}

std::int64_t Database::changes() const { return sqlite3_changes64(m_db); }

Transaction::Transaction(Database& db) : m_db(db) { m_db.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
  if (!m_open) return;
  // A failed rollback leaves nothing to do here: SQLite rolls back on close.
  sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  m_db.exec("COMMIT");
  m_open = false;
}

bool SqliteError::is_corruption() const { return code == SQLITE_NOTADB || code == SQLITE_CORRUPT; }

Statement Database::prepare(std::string_view sql) const { return Statement(m_db, sql); }

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db) {
  if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr) != SQLITE_OK) {
    raise(db, "prepare");
  }
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(m_stmt);
    m_db = other.m_db;
    m_stmt = std::exchange(other.m_stmt, nullptr);
  }
  return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
  if (sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT) != SQLITE_OK) {
    raise(m_db, "bind");
  }
  return *this;
}

Statement& Statement::bind(int index, double value) {
  if (sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK) raise(m_db, "bind");
  return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
  if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK) raise(m_db, "bind");
  return *this;
}

Statement& Statement::bind_blob(int index, std::string_view bytes) {
  if (sqlite3_bind_blob(m_stmt, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_TRANSIENT) != SQLITE_OK) {
    raise(m_db, "bind");
  }
  return *this;
}

Statement& Statement::bind_null(int index) {
  if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK) raise(m_db, "bind");
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(m_stmt);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  raise(m_db, "step");
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() {
  sqlite3_reset(m_stmt);
  sqlite3_clear_bindings(m_stmt);
}

std::string Statement::text(int column) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
  return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(m_stmt, column); }

std::string_view Statement::blob(int column) const {
  const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
  return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
}

bool Statement::is_null(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

}  // namespace core
