#pragma once
// claimreview.jsonld: a schema.org ClaimReview draft for each claim a check
// used, for the fact-checker to complete and publish. The tool fills what it
// can back — the claim, where it appears (the article, the posts), its
// findings in reviewBody — and leaves datePublished, author, url and
// reviewRating empty: it never issues a rating. Described by
// reports/schema/claimreview.schema.json.

#include <string>

#include "core/case.hpp"

namespace reports {

std::string render_claimreview(const core::Case& c);

}  // namespace reports
