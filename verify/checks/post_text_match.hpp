#pragma once
// Finding a name in a post's text, across scripts: the text's words are
// folded (names::fold) and compared with the name in windows of up to four
// words, exactly or — for names with at least four consonants — by their
// vowel-less Latin skeletons (names::skeleton): "شام اف ام" ~ "Sham FM".

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace verify {

class WordWindows {
 public:
  explicit WordWindows(std::string_view text);

  // The words of the text that match `name`, or nullopt.
  std::optional<std::string> find(std::string_view name, bool allow_skeleton) const;

 private:
  struct Window {
    std::string folded;
    std::string skeleton;
  };
  std::vector<Window> m_windows;
};

}  // namespace verify
