#pragma once
// A problem met while working on one input. Recoverable problems are values:
// a stage records an Error on the Case and the pipeline goes on.

#include <string>

namespace core {

struct Error {
  std::string stage;    // "ingest", "embeds", "checks", "report", "cli", …
  std::string input;    // what was being read: a path, a URL, "embed e2"
  std::string message;  // one line: what is wrong and, where it helps, what to do

  bool operator==(const Error&) const = default;
};

// The one-line form printed on stderr: "ingest: article.html: message".
std::string to_line(const Error& error);

}  // namespace core
