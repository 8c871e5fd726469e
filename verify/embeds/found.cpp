#include "verify/embeds/found.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "verify/embeds/id_time.hpp"
#include "verify/embeds/printed_date.hpp"

namespace verify::embeds {

FoundEmbed embed_from_ref(const PostRef& ref, std::string_view url, std::string found_by, core::Span span) {
  FoundEmbed found;
  core::Embed& e = found.embed;
  e.platform = ref.platform;
  e.handle = ref.handle;
  e.found_by = std::move(found_by);
  e.span = span;
  if (!url.empty()) add_url(e, url);
  if (!ref.problem.empty()) {
    found.errors.push_back({k_stage, std::string(url), ref.problem});
    return found;
  }
  e.post_id = ref.post_id;
  if (e.post_id.empty()) return found;
  IdTime time = read_id_time(e.platform, e.post_id);
  if (!time.error.empty()) {
    found.errors.push_back({k_stage, std::string(url.empty() ? e.post_id : url), time.error});
  }
  e.id_time = time.time;
  e.id_time_strength = time.strength;
  e.id_time_note = !time.no_time.empty() ? time.no_time : time.error;
  return found;
}

std::string absolute_url(std::string_view url) {
  url = core::trim(url);
  if (url.starts_with("//")) return "https:" + std::string(url);
  if (url.find("://") == std::string_view::npos) return "https://" + std::string(url);
  return std::string(url);
}

void add_url(core::Embed& embed, std::string_view url) {
  std::string full = absolute_url(url);
  if (std::find(embed.urls.begin(), embed.urls.end(), full) == embed.urls.end()) embed.urls.push_back(std::move(full));
}

void set_byline_date(FoundEmbed& found, std::string_view text, std::string_view language) {
  text = core::trim(text);
  const auto date = read_printed_date(text, language);
  if (!date) return;
  core::Embed& e = found.embed;
  e.byline_date_text = std::string(text);
  e.byline_date = date->date;
  if (date->impossible) {
    const std::string printed(text.substr(0, date->length));
    found.errors.push_back({k_stage, {}, "the printed date \"" + printed + "\" does not exist"});
  }
}

}  // namespace verify::embeds
