#include "verify/embeds/text_embeds.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "verify/embeds/byline.hpp"
#include "verify/embeds/link_scan.hpp"
#include "verify/embeds/script_of.hpp"
#include "verify/embeds/shortcodes.hpp"

namespace verify::embeds {
namespace {

constexpr std::size_t k_max_post_code_points = 280;
constexpr std::size_t k_max_post_bytes = 4 * k_max_post_code_points;

// The first anchor starting at or after `offset` (anchors are sorted by start).
std::vector<Anchor>::const_iterator first_anchor_from(const std::vector<Anchor>& anchors, std::size_t offset) {
  return std::lower_bound(anchors.begin(), anchors.end(), offset,
                          [](const Anchor& a, std::size_t at) { return a.span.start < at; });
}

bool inside_anchor(const std::vector<Anchor>& anchors, core::Span span) {
  auto after = first_anchor_from(anchors, span.start + 1);
  if (after == anchors.begin()) return false;
  const core::Span& s = std::prev(after)->span;
  return s.start <= span.start && span.end <= s.end;
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// One region's scan: its bounds, what it found so far, and the floor before
// which no text may join a new embed (the end of the last one, or the region start).
struct RegionScan {
  std::string_view text;
  core::Span region;
  const TextLayout& layout;
  Detection& out;
  std::size_t floor = 0;
  std::vector<core::Span> claimed;
  std::vector<core::Span> shortcodes;  // in text order
};

// Whether `span` overlaps a shortcode found in this region (sorted, not
// overlapping: one binary search). Posts found before are behind the floor.
bool claimed_overlap(const RegionScan& scan, core::Span span) {
  auto it = std::lower_bound(scan.shortcodes.begin(), scan.shortcodes.end(), span.end,
                             [](const core::Span& s, std::size_t end) { return s.start < end; });
  return it != scan.shortcodes.begin() && std::prev(it)->end > span.start;
}

bool is_block_start(const RegionScan& scan, std::size_t offset) {
  return std::binary_search(scan.layout.block_starts.begin(), scan.layout.block_starts.end(), offset);
}

// Where the line holding `at` ends, at most at `limit`.
std::size_t line_end_of(std::string_view text, std::size_t at, std::size_t limit) {
  return std::min(text.find('\n', at), limit);
}

// Where a long same-line post text starts: its last 280 code points, from a word start.
std::size_t tail_start(std::string_view text, std::size_t from, std::size_t to) {
  std::size_t count = 0;
  std::size_t at = to;
  while (at > from && count < k_max_post_code_points) {
    --at;
    count += (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
  }
  const auto space = text.substr(at, to - at).find(' ');
  return space != std::string_view::npos ? at + space + 1 : at;
}

// The post text above a signature: the same line before the dash, then earlier
// lines until a blank line, an introduction ending in ':', or 280 code points.
std::size_t post_text_start(const RegionScan& scan, std::size_t line_start, std::size_t dash) {
  const std::size_t from = std::max(line_start, scan.floor);
  const std::string_view same = scan.text.substr(from, dash - from);
  if (code_points(same) > k_max_post_code_points) return tail_start(scan.text, from, dash);
  std::size_t start = core::trim(same).empty() ? dash : from;
  std::size_t count = code_points(core::trim(same));
  std::size_t cursor = from;
  while (cursor == line_start && cursor > scan.floor && !(start < dash && is_block_start(scan, start))) {
    const std::size_t prev_end = cursor - 1;  // the '\n' ending the previous line
    std::size_t prev_start = prev_end;
    while (prev_start > scan.floor && scan.text[prev_start - 1] != '\n' && prev_end - prev_start <= k_max_post_bytes) {
      --prev_start;
    }
    if (prev_end - prev_start > k_max_post_bytes) break;  // longer than any post
    if (prev_start == scan.floor && scan.floor != scan.region.start) break;  // shares a line with the last embed
    const std::string_view line = core::trim(scan.text.substr(prev_start, prev_end - prev_start));
    if (line.empty() || line.back() == ':') break;
    if (claimed_overlap(scan, {prev_start, prev_end})) break;  // "{{< tweet … >}}" above: another embed
    // "Video recorded in Odessa on Friday.\nПорт Одеси сьогодні pic.twitter.com/…": a
    // line in another script than the post's first is the article's prose.
    const std::string_view first = core::trim(scan.text.substr(start, line_end_of(scan.text, start, dash) - start));
    if (!first.empty() && differ_in_script(line, first)) break;
    const std::size_t added = code_points(line) + (count > 0 ? 1 : 0);
    if (count + added > k_max_post_code_points) break;
    count += added;
    start = prev_start;
    cursor = line_start = prev_start;
  }
  return start;
}

// "— City Desk (@city_desk) May 2, 2021\nDrivers should use the ring road.\nMore
// updates soon. https://t.co/…": lines right after the byline (no blank line)
// continue the post when the last of them ends in the post's own kind of link
// and no other byline follows them.
// Where the post then ends, or `end` when nothing continues it.
std::size_t continuation_end(const RegionScan& scan, std::size_t end, std::size_t byline_line_end,
                             std::size_t post_code_points) {
  // Only a byline that ends its line may be followed by the rest of its post.
  if (!core::trim(scan.text.substr(end, byline_line_end - end)).empty()) return end;
  std::size_t line_start = byline_line_end;
  if (line_start >= scan.region.end || scan.text[line_start] != '\n') return end;
  ++line_start;
  std::size_t count = post_code_points;
  std::size_t found = end;
  while (line_start < scan.region.end) {
    const std::size_t line_end = line_end_of(scan.text, line_start, scan.region.end);
    const std::string_view line = core::trim(scan.text.substr(line_start, line_end - line_start));
    if (line.empty() || is_block_start(scan, line_start)) break;
    // Lines right above the next byline are the next post's text.
    if (line.find("(@") != std::string_view::npos) return end;
    count += code_points(line);
    if (count > k_max_post_code_points) break;
    const std::size_t at = static_cast<std::size_t>(line.data() - scan.text.data());
    // Another embed (a post URL alone on its line, a shortcode) ends the post before it.
    if (!standalone_url(line).empty() || claimed_overlap(scan, {at, at + line.size()})) break;
    const auto links = find_twitter_links(line);
    if (!links.empty() && links.back().span.end == line.size() && links.back().ref.kind != UrlKind::post) {
      found = static_cast<std::size_t>(line.data() - scan.text.data()) + line.size();
    }
    line_start = line_end + 1;
  }
  return found;
}

bool names_post_of(const PostRef& ref, const Signature& sig) {
  if (ref.kind != UrlKind::post || !ref.problem.empty() || ref.platform != sig.handle.platform) return false;
  // Bluesky links may carry the DID instead of the handle.
  return ref.platform == core::Platform::bluesky || ref.handle.empty() || iequals(ref.handle, sig.handle.name);
}

// An anchor on the signature (its date, in markup that lost its embed class)
// linking to a post by the same author.
std::optional<TextLink> linked_post(const RegionScan& scan, std::size_t dash, std::size_t end, const Signature& sig) {
  std::optional<TextLink> found;
  const auto& anchors = scan.layout.anchors;
  const std::size_t last_start = skip_spaces(scan.text, end);  // the date, or what stands in its place
  for (auto a = first_anchor_from(anchors, dash); a != anchors.end() && a->span.start <= last_start; ++a) {
    const auto ref = parse_post_url(a->href);
    if (ref && names_post_of(*ref, sig)) found = TextLink{a->span, std::string(a->href), *ref};
  }
  return found;
}

// A status URL printed right after the signature, by the same author.
std::optional<TextLink> trailing_status(const RegionScan& scan, std::size_t at, std::size_t line_end,
                                        const Signature& sig) {
  const std::string_view line = scan.text.substr(0, line_end);
  const std::size_t begin = skip_spaces(line, at);
  const std::size_t token_end = std::min(line.find_first_of(" \t", begin), line_end);
  for (auto& link : find_twitter_links(line.substr(begin, token_end - begin))) {
    if (link.span.start != 0 || !names_post_of(link.ref, sig)) break;
    link.span = core::Span{begin + link.span.start, begin + link.span.end};
    return link;
  }
  return std::nullopt;
}

void add_flattened(RegionScan& scan, std::size_t line_start, std::size_t line_end, const Signature& sig) {
  const std::size_t dash = line_start + sig.start;
  std::size_t end = line_start + sig.end;
  auto status = linked_post(scan, dash, end, sig);
  if (!status) status = trailing_status(scan, end, line_end, sig);
  if (status) end = std::max(end, status->span.end);
  FoundEmbed found = status ? embed_from_ref(status->ref, status->url, {}, {}) : FoundEmbed{};
  core::Embed& e = found.embed;
  const std::size_t raw_start = post_text_start(scan, line_start, dash);
  const std::string_view post = core::trim(scan.text.substr(raw_start, dash - raw_start));
  const std::size_t start = post.empty() ? dash : static_cast<std::size_t>(post.data() - scan.text.data());
  const std::size_t byline_end = end;
  if (!status) end = continuation_end(scan, end, line_end, code_points(post));
  e.platform = sig.handle.platform;
  e.handle = sig.handle.name;
  e.display_name = sig.display_name;
  e.text = std::string(post);
  if (end > byline_end) {  // the post goes on after its byline
    const std::size_t more = scan.text.find('\n', byline_end) + 1;
    e.text += (e.text.empty() ? "" : "\n") + std::string(core::trim(scan.text.substr(more, end - more)));
  }
  e.span = core::Span{start, end};
  e.found_by = "flattened byline";
  if (!sig.date_text.empty()) set_byline_date(found, sig.date_text);
  e.urls.clear();  // listed in document order below, a printed status URL among them
  for (const auto& link : find_twitter_links(scan.text.substr(start, end - start))) {
    if (link.ref.problem.empty()) add_url(e, link.url);
    else scan.out.errors.push_back({k_stage, absolute_url(link.url), link.ref.problem});
  }
  if (status) add_url(e, status->url);
  scan.claimed.push_back(e.span);
  scan.floor = end;
  scan.out.embeds.push_back(std::move(found));
}

bool scan_signatures(RegionScan& scan, std::size_t line_start, std::size_t line_end) {
  const std::string_view line = scan.text.substr(line_start, line_end - line_start);
  bool found = false;
  std::size_t at = line.find("(@");
  while (at != std::string_view::npos) {
    const auto sig = read_signature(line, at);
    if (sig && line_start + sig->start >= scan.floor) {
      add_flattened(scan, line_start, line_end, *sig);
      found = true;
      at = line.find("(@", sig->end);
    } else {
      at = line.find("(@", at + 2);
    }
  }
  return found;
}

void scan_standalone(RegionScan& scan, std::size_t line_start, std::size_t line_end) {
  const std::string_view url = standalone_url(scan.text.substr(line_start, line_end - line_start));
  if (url.empty()) return;
  const auto ref = parse_post_url(url);
  // Twitter media and short links are left to the media-link pass.
  if (!ref || (ref->platform == core::Platform::twitter && ref->kind != UrlKind::post)) return;
  const std::size_t start = static_cast<std::size_t>(url.data() - scan.text.data());
  const core::Span span{start, start + url.size()};
  if (inside_anchor(scan.layout.anchors, span)) return;
  if (span.start < scan.floor || claimed_overlap(scan, span)) return;  // inside the post or shortcode before it
  if (!ref->problem.empty()) {
    scan.out.errors.push_back({k_stage, std::string(url), ref->problem});
    return;
  }
  scan.out.embeds.push_back(embed_from_ref(*ref, url, "standalone URL", span));
  scan.claimed.push_back(span);
  scan.floor = span.end;
}

// Media and short links outside other embeds; those on one line make one embed.
void scan_media_links(RegionScan& scan) {
  const core::Span r = scan.region;
  std::vector<FoundEmbed> found;
  auto claimed = scan.claimed.begin();  // both in text order: walk them together
  for (const auto& link : find_twitter_links(scan.text.substr(r.start, r.end - r.start))) {
    const core::Span span{r.start + link.span.start, r.start + link.span.end};
    while (claimed != scan.claimed.end() && claimed->end <= span.start) ++claimed;
    const bool in_claimed = claimed != scan.claimed.end() && claimed->start < span.end;
    if (link.ref.kind == UrlKind::post || in_claimed) continue;
    const std::size_t last_end = found.empty() ? 0 : found.back().embed.span.end;
    const bool same_line =
        !found.empty() && scan.text.substr(last_end, span.start - last_end).find('\n') == std::string_view::npos;
    if (!same_line) found.push_back(embed_from_ref(link.ref, {}, "media link", span));
    found.back().embed.span.end = span.end;
    add_url(found.back().embed, link.url);
  }
  for (auto& f : found) scan.out.embeds.push_back(std::move(f));
}

void scan_region(std::string_view text, core::Span region, const TextLayout& layout, Detection& out) {
  RegionScan scan{text, region, layout, out, region.start, {}, {}};
  Detection shortcodes = find_shortcode_embeds(text, region);
  for (auto& f : shortcodes.embeds) {
    scan.claimed.push_back(f.embed.span);
    scan.shortcodes.push_back(f.embed.span);
    out.embeds.push_back(std::move(f));
  }
  for (auto& e : shortcodes.errors) out.errors.push_back(std::move(e));
  std::size_t pos = region.start;
  while (pos < region.end) {
    std::size_t line_end = text.find('\n', pos);
    if (line_end == std::string_view::npos || line_end > region.end) line_end = region.end;
    if (!scan_signatures(scan, pos, line_end)) scan_standalone(scan, pos, line_end);
    pos = line_end + 1;
  }
  std::sort(scan.claimed.begin(), scan.claimed.end(),
            [](const core::Span& a, const core::Span& b) { return a.start < b.start; });
  scan_media_links(scan);
}

}  // namespace

Detection detect_text_embeds(std::string_view text, const TextLayout& layout) {
  Detection out;
  for (const auto& region : layout.regions) {
    if (region.start < region.end && region.end <= text.size()) scan_region(text, region, layout, out);
  }
  return out;
}

}  // namespace verify::embeds
