#include "verify/article/html_depth.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <vector>

#include "verify/article/html_tag.hpp"

namespace verify::article {
namespace {

constexpr std::array<std::string_view, 14> k_void = {"br", "img", "meta", "link", "input", "hr", "source",
                                                      "wbr", "area", "base", "col", "embed", "param", "track"};
// End tag optional: the parser closes them itself, so they never pile up.
constexpr std::array<std::string_view, 15> k_optional_end = {"p", "li", "dt", "dd", "tr", "td", "th", "option",
                                                             "optgroup", "rb", "rt", "rp", "thead", "tbody", "tfoot"};
constexpr std::array<std::string_view, 2> k_optional_end_more = {"colgroup", "caption"};
constexpr std::array<std::string_view, 9> k_raw_text = {"script", "style", "textarea", "title", "xmp",
                                                        "noscript", "iframe", "noembed", "noframes"};

template <std::size_t N>
bool in(const std::array<std::string_view, N>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool does_not_nest(const std::string& name) {
  return in(k_void, name) || in(k_optional_end, name) || in(k_optional_end_more, name);
}

// The open elements, with a count per name so that an end tag without an
// open element is ignored in constant time: the scan stays linear.
class OpenElements {
 public:
  void push(const std::string& name) {
    m_stack.push_back(name);
    ++m_count[name];
    m_max = std::max(m_max, m_stack.size());
  }
  void pop_to(const std::string& name) {
    auto found = m_count.find(name);
    if (found == m_count.end() || found->second == 0) return;
    while (!m_stack.empty()) {
      const std::string top = std::move(m_stack.back());
      m_stack.pop_back();
      --m_count[top];
      if (top == name) return;
    }
  }
  std::size_t max() const { return m_max; }

 private:
  std::vector<std::string> m_stack;
  std::unordered_map<std::string, std::size_t> m_count;
  std::size_t m_max = 0;
};

}  // namespace

std::size_t html_max_depth(std::string_view html) {
  OpenElements open;
  std::size_t pos = 0;
  while ((pos = html.find('<', pos)) != std::string_view::npos) {
    const Tag tag = read_tag(html, pos, false);
    pos = tag.next;
    if (tag.kind == TagKind::end) {
      open.pop_to(tag.name);
    } else if (tag.kind == TagKind::start) {
      if (tag.name == "plaintext") break;  // everything after it is text
      if (in(k_raw_text, tag.name)) {
        pos = skip_raw_text(html, pos, tag.name);  // the parser ignores "/>" here too
      } else if (!tag.self_closing && !does_not_nest(tag.name)) {
        open.push(tag.name);
      }
    }
  }
  return open.max();
}

}  // namespace verify::article
