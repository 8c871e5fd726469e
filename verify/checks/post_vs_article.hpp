#pragma once
// Check "post-vs-article": when the post was made against when the article
// says things happened. The post's time is, in order of trust, the time in its
// id, the fetched post's created_at, or the byline date (time zone unknown:
// ±1 day). It is compared with
//   - Article::published: a post after the article is inconsistent;
//   - each relative time claim ("this week", "yesterday", …) bound to this
//     embed, and each unbound "this week": a post outside the claimed range
//     is inconsistent. (Other unbound phrases, "last year" in a background
//     sentence, say nothing about this post and are not compared.)
//     "this week" is the 7 days ending at publication (DESIGN "Decisions");
//     the explanation says whether the calendar week agrees.
// With no published time the check is unverifiable, and says so.

#include <vector>

#include "core/case.hpp"

namespace verify {

std::vector<core::Check> check_post_vs_article(const core::Case& c);

}  // namespace verify
