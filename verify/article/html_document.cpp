#include "verify/article/html_document.hpp"

namespace verify::article {
namespace {

// Gumbo keeps every parse error; broken pages would fill memory with them.
constexpr int k_max_parse_errors = 1000;

GumboOptions parse_options() {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = k_max_parse_errors;
  return options;
}

}  // namespace

HtmlDocument::HtmlDocument(std::string_view html)
    : m_options(parse_options()), m_output(gumbo_parse_with_options(&m_options, html.data(), html.size())) {}

HtmlDocument::~HtmlDocument() { gumbo_destroy_output(&m_options, m_output); }

}  // namespace verify::article
