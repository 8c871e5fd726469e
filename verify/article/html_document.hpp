#pragma once
// A gumbo parse tree, freed when it goes out of scope. Not copyable.
// Callers check the nesting depth first (html_depth.hpp): gumbo is quadratic
// on deeply nested unclosed tags.

#include <gumbo.h>

#include <string_view>

namespace verify::article {

class HtmlDocument {
 public:
  explicit HtmlDocument(std::string_view html);
  ~HtmlDocument();
  HtmlDocument(const HtmlDocument&) = delete;
  HtmlDocument& operator=(const HtmlDocument&) = delete;

  const GumboNode& document() const { return *m_output->document; }

 private:
  GumboOptions m_options;
  GumboOutput* m_output = nullptr;
};

}  // namespace verify::article
