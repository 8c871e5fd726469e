#pragma once
// An HTML document's metadata: title, byline, dates, canonical URL and
// language, from meta tags, JSON-LD, <time> elements and links. Values are
// as written; dates are parsed by the caller (article_metadata.hpp).

#include <gumbo.h>

#include <string>
#include <vector>

namespace verify::article {

// A date as written, and where it was found: "meta article:published_time".
struct DateCandidate {
  std::string value;
  std::string from;
};

struct HtmlMetadata {
  std::string title;      // og:title, <title>, JSON-LD headline
  std::string byline;     // meta author, JSON-LD author, rel=author link text
  std::string canonical;  // <link rel=canonical>, og:url
  std::string language;   // <html lang>, meta content-language, og:locale
  std::vector<DateCandidate> published;  // best first
  std::vector<DateCandidate> modified;   // best first
};

HtmlMetadata read_html_metadata(const GumboNode& document);

}  // namespace verify::article
