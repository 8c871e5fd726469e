#pragma once
// What the detectors hand to the recipe in detect.cpp: embeds not yet
// numbered, each with its own problems, and problems that became no embed.

#include <string>
#include <string_view>
#include <vector>

#include "core/case.hpp"
#include "verify/embeds/post_url.hpp"

namespace verify::embeds {

struct FoundEmbed {
  core::Embed embed;
  // Problems with this embed; an empty `input` stands for "embed eN", filled
  // in once the embeds are numbered.
  std::vector<core::Error> errors;
};

struct Detection {
  std::vector<FoundEmbed> embeds;
  std::vector<core::Error> errors;  // problems that became no embed (input = the URL)
};

inline constexpr const char* k_stage = "embeds";

// An embed of the post `ref` names, found at `span` by `found_by`, with the
// post id's time filled in (or an Error naming `url` when the id is unusable).
FoundEmbed embed_from_ref(const PostRef& ref, std::string_view url, std::string found_by, core::Span span);

// The URL as the report lists it: "https://" added when printed without a scheme.
std::string absolute_url(std::string_view url);

// Appends `url` (made absolute) unless the embed lists it already.
void add_url(core::Embed& embed, std::string_view url);

// Sets the byline date from the printed text. `text` is kept as printed when
// it starts with a date; an impossible date becomes an Error on the embed.
void set_byline_date(FoundEmbed& found, std::string_view text, std::string_view language = {});

}  // namespace verify::embeds
