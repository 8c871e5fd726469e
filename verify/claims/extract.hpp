#pragma once
// Stage "claims": the article's claims of time, source and count, each with
// its span in Article::text, in article order ("c1", "c2", …), bound to the
// embed whose introducing paragraph holds them. Linear in the text's size:
// the text is cut into tokens once and each finder parses around anchors.
// Text inside an embed (the post as quoted) is the post's, not the article's,
// and yields no claims. Place claims are read through the gazetteer, each
// with its Resolution, and claims of one sentence are linked (see
// claim_links.hpp); without a gazetteer there are no place claims.
//
//   core::Case c = …;                       // after ingest and detect_embeds
//   verify::extract_claims(c, &gazetteer);  // appends to c.claims
//
// A failure becomes an Error on the Case (stage "claims"); it never throws.

#include "core/case.hpp"

namespace verify {

namespace gazetteer {
class Gazetteer;
}

void extract_claims(core::Case& c, const gazetteer::Gazetteer* gazetteer = nullptr);

}  // namespace verify
