#pragma once
// Check "attribution": the source the article credits (a source claim) against
// the post — its text as quoted in the article, the display name and handle,
// and the fetched post's text and author when Case::posts has them. Names
// match across scripts through names::fold and names::skeleton and the
// outlet alias table ("شام اف ام" in the post text = Sham FM).
//
//   consistent    the credited outlet, or one of its aliases, appears in the post
//   inconsistent  it does not, and the post names a different known outlet
//                 (only for a claim bound to the embed: an unbound credit
//                 may concern other material, so it stays unverifiable)
//   unverifiable  the post names neither
//
// Pairs checked: each source claim bound to an embed with that embed; when no
// source claim is bound to any embed, every source claim with every embed.

#include <vector>

#include "core/case.hpp"

namespace verify {

std::vector<core::Check> check_attribution(const core::Case& c);

}  // namespace verify
