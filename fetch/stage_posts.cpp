#include "fetch/stage_posts.hpp"

namespace fetch {

core::Post error_post(const core::Embed& e, const std::string& post_id, std::string note, std::string_view via) {
  core::Post post;
  post.embed = e.id;
  post.post_id = post_id;
  post.status = core::PostStatus::error;
  post.status_note = std::move(note);
  post.fetched_via = std::string(via);
  return post;
}

}  // namespace fetch
