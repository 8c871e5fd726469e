#pragma once
// Stage "embeds": finds every embedded social-media post in Case::article —
// from the markup outline for HTML and Markdown input, and from the body text
// for embeds flattened to plain text — and appends them to Case::embeds in
// article order, with ids "e1", "e2", …. Reads only Case::article; problems
// with one embed (a malformed URL, an id that does not fit 64 bits, an
// impossible byline date) become Errors (stage "embeds") and the rest goes on.

#include "core/case.hpp"

namespace verify {

void detect_embeds(core::Case& c);

}  // namespace verify
