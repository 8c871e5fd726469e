#pragma once
// Stage "claims": the article's claims of time, source and count, each with
// its span in Article::text, in article order ("c1", "c2", …), bound to the
// embed whose introducing paragraph holds them. Linear in the text's size:
// the text is cut into tokens once and each finder parses around anchors.
// Text inside an embed (the post as quoted) is the post's, not the article's,
// and yields no claims. Place claims are the gazetteer's (not made here).
//
//   core::Case c = …;            // after ingest and detect_embeds
//   verify::extract_claims(c);   // appends to c.claims
//
// A failure becomes an Error on the Case (stage "claims"); it never throws.

#include "core/case.hpp"

namespace verify {

void extract_claims(core::Case& c);

}  // namespace verify
