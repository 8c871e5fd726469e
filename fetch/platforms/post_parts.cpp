#include "fetch/platforms/post_parts.hpp"

#include <algorithm>
#include <cctype>

namespace fetch {

core::Post post_finding(const std::string& id, core::PostStatus status, std::string note, std::string_view via) {
  core::Post post;
  post.post_id = id;
  post.status = status;
  post.status_note = std::move(note);
  post.fetched_via = std::string(via);
  return post;
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool is_post_id(std::string_view id) {
  return !id.empty() && id.size() <= 20 &&
         std::all_of(id.begin(), id.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

std::string one_line(std::string_view text) {
  std::string out(text.substr(0, 200));
  std::replace_if(out.begin(), out.end(), [](unsigned char c) { return c < 0x20 || c == 0x7f; }, ' ');
  return out;
}

}  // namespace fetch
