#pragma once
// Stage "ingest": reads an article (plain text, HTML, or Markdown with inline
// HTML) into Case::article — the body text every span points into, its
// metadata, and for HTML input the markup outline (Article::markup) that the
// embeds stage reads. Never throws on bad input: problems become Errors on
// the Case (stage "ingest").

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

#include "core/case.hpp"

namespace verify {

struct IngestOptions {
  std::size_t max_bytes = 10u << 20;  // limits.article_bytes
  int max_depth = 2000;               // limits.html_depth, checked before the HTML parser runs
  // A charset declared outside the document (HTTP Content-Type, --charset);
  // it wins over <meta charset>. Empty: none declared.
  std::string declared_charset;
  std::optional<core::InputKind> kind;           // empty: from the extension, then by sniffing
  std::optional<core::Instant> published;        // --published: wins over the document's own date
};

// Returns true when the article text was read; false when the input could not
// be read at all (missing, empty, binary, undecodable, over a limit) — the
// Error naming the input and the reason is then on the Case.
bool ingest_file(const std::filesystem::path& path, const IngestOptions& options, core::Case& c);

// The same for bytes already in memory; `source` names them in errors and in
// Article::source.
bool ingest_bytes(std::string bytes, const std::string& source, const IngestOptions& options, core::Case& c);

}  // namespace verify
