#include "verify/checks/post_text_match.hpp"

#include "verify/names/normalize.hpp"

namespace verify {
namespace {

constexpr std::size_t k_max_window = 4;
constexpr std::size_t k_max_words = 400;  // a post's text; longer text is cut for matching
constexpr std::size_t k_min_skeleton = 4;

std::vector<std::string> split_words(const std::string& folded) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < folded.size() && words.size() < k_max_words) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    if (end > start) words.push_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

}  // namespace

WordWindows::WordWindows(std::string_view text) {
  const auto words = split_words(names::fold(text));
  for (std::size_t i = 0; i < words.size(); ++i) {
    std::string window;
    for (std::size_t n = 0; n < k_max_window && i + n < words.size(); ++n) {
      window += (n ? " " : "") + words[i + n];
      m_windows.push_back(Window{window, names::skeleton(window)});
    }
  }
}

std::optional<std::string> WordWindows::find(std::string_view name, bool allow_skeleton) const {
  const std::string folded = names::fold(name);
  if (folded.empty()) return std::nullopt;
  const std::string skeleton = names::skeleton(name);
  const bool by_skeleton = allow_skeleton && skeleton.size() >= k_min_skeleton;
  for (const auto& w : m_windows) {
    if (w.folded == folded || (by_skeleton && w.skeleton == skeleton)) return w.folded;
  }
  return std::nullopt;
}

}  // namespace verify
