#pragma once
// Helpers shared by the ingest tests.

#include <string>
#include <string_view>

#include "core/case.hpp"
#include "verify/article/ingest.hpp"

namespace ingest_testing {

struct Ingested {
  bool ok = false;
  core::Case c;
  // All error messages, one a line: for assertion messages.
  std::string errors() const {
    std::string out;
    for (const auto& e : c.errors) out += e.stage + ": " + e.input + ": " + e.message + "\n";
    return out;
  }
};

inline Ingested ingest(std::string bytes, const std::string& source, const verify::IngestOptions& options = {}) {
  Ingested out;
  out.ok = verify::ingest_bytes(std::move(bytes), source, options, out.c);
  return out;
}

inline bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

// The text an element's span covers.
inline std::string_view span_text(const core::Article& a, const core::MarkupElement& e) {
  return std::string_view(a.text).substr(e.span.start, e.span.end - e.span.start);
}

// The first element with `tag`, or nullptr.
inline const core::MarkupElement* first(const core::Article& a, std::string_view tag) {
  for (const auto& e : a.markup) {
    if (e.tag == tag) return &e;
  }
  return nullptr;
}

}  // namespace ingest_testing
