// report.html: escaping of every untrusted field (an injection corpus placed
// in post text, OCR, tags, file names, the title and URLs), the strict CSP,
// inlined keyframes only from inside the report's folder, and the sections
// a reader needs.
#include "reports/html_report.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

#include <sys/stat.h>

#include "reports/claimreview.hpp"
#include "reports/html_text.hpp"
#include "reports/markdown_report.hpp"
#include "tests/support/paths.hpp"

namespace {

using namespace core;

// Payloads that would run, load or reorder something if they passed through.
const std::vector<std::string>& payloads() {
  static const std::vector<std::string> all = {
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "</style><script>alert(1)</script>",
      "<svg><foreignObject><iframe src=https://evil.example></iframe></foreignObject></svg>",
      "\" onmouseover=\"alert(1)",
      "' onfocus='alert(1)' autofocus='",
      "\u202Egnp.exe\u202C right-to-left override",
      "\u202Dleft-to-right override\u2069\u2066isolates",
      "<a href=\"javascript:alert(1)\">click</a>",
      "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
      "<link rel=stylesheet href=https://evil.example/x.css>",
      "<meta http-equiv=refresh content=\"0;url=https://evil.example\">",
      std::string("NUL\0and\x01control\x7F", 16),
      "<base href=https://evil.example/>",
      "<object data=https://evil.example/x.swf></object>",
      std::string(100000, 'A'),
  };
  return all;
}

Case hostile_case(const std::string& p) {
  Case c;
  c.article.source = p;
  c.article.title = p;
  c.article.byline = p;
  c.article.text = "Intro " + p + " in Homs.\n";
  Embed e;
  e.id = "e1";
  e.handle = p;
  e.display_name = p;
  e.text = p;
  e.urls = {p, "https://example.org/" + p};
  e.found_by = p;
  e.span = {0, 5};
  c.embeds.push_back(e);
  Post post;
  post.embed = "e1";
  post.text = p;
  post.author = p;
  post.lang = p;
  post.status = PostStatus::deleted;
  post.status_note = p;
  MediaItem item;
  item.kind = "video";
  item.url = p;
  post.media.push_back(item);
  post.custody = Custody{p, p, std::nullopt, 200, p, 10, p};
  c.posts.push_back(post);
  MediaReport m;
  m.embed = "e1";
  m.source = p;
  m.file = p;
  m.kind = "video";
  m.tags = {{p, p}};
  m.notes = {p};
  m.make = p;
  m.keyframes = {Keyframe{1.0, p, "0", 1, 1, p}};
  m.ocr = {OcrText{1.0, p, 90, "eng"}};
  c.media.push_back(m);
  Claim k;
  k.id = "c1";
  k.kind = ClaimKind::source;
  k.text = p;
  k.span = {6, 6 + p.size()};
  k.value = SourceRef{p, p};
  c.claims.push_back(k);
  Claim when = k;
  when.id = "c2";
  when.kind = ClaimKind::time;
  when.value = TimeRange{*parse_iso8601("2020-04-14"), *parse_iso8601("2020-04-14")};
  c.claims.push_back(when);  // its text is drawn in the timeline's SVG
  c.checks.push_back(Check{"attribution", Verdict::inconsistent, "e1", {"c1"}, {Evidence{p, p, p, std::nullopt}}, p});
  c.errors.push_back(Error{p, p, p});
  return c;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  return s;
}

// Occurrences of `what` as markup: inside a tag (after a '<' with no '>'
// since) and outside a quoted attribute value (an even number of '"' since
// the '<'). Untrusted text has '<', '>' and quotes escaped, so raw ones are
// the report's own markup.
std::size_t in_tags(const std::string& html, const std::string& what) {
  std::size_t n = 0;
  for (auto at = html.find(what); at != std::string::npos; at = html.find(what, at + 1)) {
    const auto open = html.rfind('<', at), close = html.rfind('>', at);
    if (open == std::string::npos || (close != std::string::npos && close > open)) continue;
    const auto quotes = std::count(html.begin() + static_cast<std::ptrdiff_t>(open),
                                   html.begin() + static_cast<std::ptrdiff_t>(at), '"');
    if (quotes % 2 == 0) ++n;
  }
  return n;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(HtmlReport, EveryPayloadIsInertEverywhere) {
  for (const auto& p : payloads()) {
    SCOPED_TRACE(p.substr(0, 60));
    const Case c = hostile_case(p);
    const std::string html = lower(reports::render_html_report(c, {}, testing_support::temp_dir("html-report")));
    // Only the report's own markup: no tag a payload could open survives unescaped.
    EXPECT_EQ(count(html, "<svg"), count(html, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewbox=")) << "only ours";
    for (const char* tag : {"<script", "<iframe", "<img src=x", "<foreignobject", "<link", "<object", "<base",
                            "<a href=\"javascript"}) {
      EXPECT_EQ(count(html, tag), 0u) << tag;
    }
    for (const char* handler : {"onerror", "onmouseover", "onfocus", "autofocus", "srcdoc"}) {
      EXPECT_EQ(in_tags(html, handler), 0u) << handler;
    }
    EXPECT_EQ(count(html, "<meta http-equiv"), 1u) << "the report's own CSP only";
    EXPECT_EQ(count(html, "</style>"), 1u);
    EXPECT_EQ(count(html, "href=\"javascript:"), 0u);
    EXPECT_EQ(count(html, "href=\"data:"), 0u);
    EXPECT_EQ(html.find('\0'), std::string::npos);
    EXPECT_EQ(html.find('\x01'), std::string::npos);
    const std::string md = reports::render_markdown_report(c);
    EXPECT_EQ(lower(md).find("<script"), std::string::npos);
    EXPECT_EQ(lower(md).find("<img"), std::string::npos);
    EXPECT_EQ(lower(md).find("<iframe"), std::string::npos);
  }
}

TEST(HtmlReport, StrictPolicyAndNothingExternal) {
  const std::string html = reports::render_html_report(hostile_case("x"), {}, testing_support::temp_dir("html-report"));
  EXPECT_NE(html.find("default-src 'none'; img-src data:; style-src 'unsafe-inline'"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("src=\"http"), std::string::npos);
  EXPECT_EQ(html.find("@import"), std::string::npos);
  EXPECT_EQ(html.find("url("), std::string::npos);
}

TEST(HtmlReport, UntrustedTextIsIsolatedFromTheReportsOwnDirection) {
  EXPECT_EQ(reports::html_text("\u202Eabc"), "<bdi>\u202Eabc</bdi>");
  EXPECT_EQ(reports::html_attr("a\"b<c>&'"), "a&quot;b&lt;c&gt;&amp;&#39;");
  EXPECT_EQ(reports::html_attr(std::string("a\0b", 3)), "a\uFFFDb");
  EXPECT_EQ(reports::html_attr("\xC3\x28"), "\uFFFD(") << "invalid UTF-8 is replaced";
  EXPECT_EQ(reports::safe_href("JavaScript:alert(1)"), "");
  EXPECT_EQ(reports::safe_href("data:text/html,x"), "");
  EXPECT_EQ(reports::safe_href("//evil.example"), "");
  EXPECT_EQ(reports::safe_href("https://x.com/a?b=1&c=\"2\""), "https://x.com/a?b=1&amp;c=&quot;2&quot;");
  EXPECT_EQ(reports::data_uri("image/png", "abc"), "data:image/png;base64,YWJj");
  EXPECT_EQ(reports::data_uri("image/png", "ab"), "data:image/png;base64,YWI=");
}

TEST(HtmlReport, KeyframesInlinedOnlyFromInsideTheReportFolder) {
  const auto dir = testing_support::temp_dir("html-keyframes");
  const auto outside = dir.parent_path() / "outside-secret.jpg";
  const std::string jpeg = std::string("\xFF\xD8\xFF\xE0", 4) + "fake jpeg bytes";
  std::ofstream(dir / "kf-1.jpg", std::ios::binary) << jpeg;
  std::ofstream(outside, std::ios::binary) << jpeg;
  std::ofstream(dir / "notes.txt", std::ios::binary) << "not an image";
  std::filesystem::create_symlink(outside, dir / "link.jpg");                       // a link leading out
  std::filesystem::create_directory_symlink(dir.parent_path(), dir / "up");          // a folder leading out
  ASSERT_EQ(::mkfifo((dir / "fifo.jpg").c_str(), 0600), 0);                          // would block a read
  Case c;
  c.article.source = "a.txt";
  MediaReport m;
  m.kind = "video";
  m.keyframes = {Keyframe{0.0, "kf-1.jpg", "", 0, 0, "first"},
                 Keyframe{1.0, "../" + outside.filename().string(), "", 0, 0, "scene-cut"},
                 Keyframe{2.0, outside.string(), "", 0, 0, "scene-cut"},
                 Keyframe{3.0, "notes.txt", "", 0, 0, "look-change"},
                 Keyframe{4.0, "link.jpg", "", 0, 0, "look-change"},
                 Keyframe{5.0, "up/" + outside.filename().string(), "", 0, 0, "look-change"},
                 Keyframe{6.0, "fifo.jpg", "", 0, 0, "look-change"}};
  c.media.push_back(m);
  const std::string html = reports::render_html_report(c, {}, dir);
  EXPECT_EQ(count(html, "src=\"data:image/jpeg;base64,"), 1u) << "only the file inside the folder";
  EXPECT_NE(html.find("6 keyframe images not shown"), std::string::npos);
  std::filesystem::remove(outside);
}

TEST(HtmlReport, SummaryNamesEachInconsistencyWithItsEvidence) {
  Case c = hostile_case("plain");
  c.checks.push_back(Check{"embed-date", Verdict::consistent, "e1", {}, {}, "Dates agree."});
  const std::string html = reports::render_html_report(c, {}, testing_support::temp_dir("html-report"));
  const auto summary = html.find("id=\"summary\"");
  const auto checks = html.find("id=\"checks\"");
  ASSERT_NE(summary, std::string::npos);
  ASSERT_LT(summary, checks);
  const std::string part = html.substr(summary, checks - summary);
  EXPECT_NE(part.find("<b>1</b>inconsistent"), std::string::npos);
  EXPECT_NE(part.find("<b>1</b>consistent"), std::string::npos);
  EXPECT_NE(part.find("Evidence:"), std::string::npos);
  EXPECT_NE(part.find("href=\"#check-1\""), std::string::npos);
  EXPECT_NE(html.find("id=\"check-1\""), std::string::npos);
  EXPECT_NE(html.find("id=\"claim-c1\""), std::string::npos) << "the claim is marked in the article";
  EXPECT_NE(html.find("Post deleted"), std::string::npos) << "availability shown prominently";
}

}  // namespace

namespace {

TEST(HtmlReport, TimelineDrawsUncertaintyAsSpans) {
  core::Case c;
  c.article.source = "a.txt";
  c.article.published = core::parse_iso8601("2020-04-16T09:30:00Z");
  core::Embed e;
  e.id = "e1";
  e.byline_date = core::parse_date("2020-04-14");
  c.embeds.push_back(e);
  core::MediaReport m;
  m.kind = "video";
  m.embed = "e1";
  m.capture_time = core::parse_iso8601("2020-04-14T10:00:00Z");  // no zone: ±14 hours
  c.media.push_back(m);
  const std::string html = reports::render_html_report(c, {}, testing_support::temp_dir("html-timeline"));
  const auto start = html.find("id=\"timeline\"");
  ASSERT_NE(start, std::string::npos);
  const std::string svg = html.substr(start, html.find("</svg>", start) - start);
  EXPECT_EQ(count(svg, "<rect"), 3u);
  EXPECT_NE(svg.find("e1 file captured (zone unknown)"), std::string::npos);
  EXPECT_NE(svg.find("<title>2020-04-13T20:00:00Z – 2020-04-15T00:00:00Z</title>"), std::string::npos)
      << "a capture time with no zone is ±14 hours";
  EXPECT_NE(svg.find("<title>2020-04-13T10:00:00Z – 2020-04-15T14:00:00Z</title>"), std::string::npos)
      << "a byline date is its day in any time zone";
  EXPECT_EQ(reports::render_html_report(core::Case{}, {}, testing_support::temp_dir("html-timeline")).find("id=\"timeline\""),
            std::string::npos)
      << "no times, no timeline";
}

}  // namespace

namespace {

core::Claim place_claim(const std::string& id, const std::string& name, double lat, double lon) {
  core::Claim k;
  k.id = id;
  k.kind = core::ClaimKind::place;
  core::Place p;
  p.name = name;
  p.admin1 = "Homs";
  p.country_name = "Syria";
  p.point = core::Location{lat, lon};
  k.value = p;
  return k;
}

TEST(HtmlReport, MapShowsPlacesGpsRoutesAndOutlines) {
  core::Case c;
  c.article.source = "a.txt";
  c.claims = {place_claim("c1", "al-Tanf", 33.5, 38.6), place_claim("c2", "Tadmur", 34.56, 38.28),
              place_claim("c3", "al-Tanf", 33.5, 38.6)};
  c.claims[1].from = "c1";  // Tadmur, reached from al-Tanf
  core::MediaReport m;
  m.kind = "video";
  m.location = core::Location{52.5, 13.4};
  c.media.push_back(m);
  std::vector<double> asked;
  const reports::Outlines outlines = [&](double a, double b, double c2, double d) {
    asked = {a, b, c2, d};
    return std::vector<std::vector<std::pair<double, double>>>{{{10, 30}, {40, 30}, {40, 55}, {10, 55}}};
  };
  const std::string html = reports::render_html_report(c, {}, testing_support::temp_dir("html-map"), outlines);
  const auto start = html.find("id=\"map\"");
  ASSERT_NE(start, std::string::npos);
  const std::string svg = html.substr(start, html.find("</svg>", start) - start);
  EXPECT_EQ(count(svg, "<circle"), 3u) << "al-Tanf named twice is one dot";
  EXPECT_NE(svg.find("c1, c3 al-Tanf, Homs, Syria"), std::string::npos);
  EXPECT_EQ(count(svg, "<line"), 1u) << "the route";
  EXPECT_EQ(count(svg, "<path"), 1u) << "the outline";
  ASSERT_EQ(asked.size(), 4u);
  EXPECT_LT(asked[0], 33.5);
  EXPECT_GT(asked[1], 52.5) << "the box holds every point";
  const std::string without = reports::render_html_report(c, {}, testing_support::temp_dir("html-map"));
  EXPECT_EQ(count(without, "<path"), 0u) << "no gazetteer, no outlines; the points still show";
  EXPECT_NE(without.find("id=\"map\""), std::string::npos);
}

}  // namespace

namespace {

TEST(ClaimReview, NoTagCanCloseTheScriptItIsPastedInAndBodiesAreBounded) {
  core::Case c;
  c.article.source = "https://news.example/a";
  c.article.text = "Officials said </script><script>alert(1)</script> in Homs.\n";
  core::Claim k;
  k.id = "c1";
  k.kind = core::ClaimKind::source;
  k.text = "Officials";
  k.span = {0, 9};
  c.claims.push_back(k);
  c.claims.push_back(k);  // the same id twice: one draft
  for (int i = 0; i < 50; ++i) {
    c.checks.push_back(core::Check{"attribution", core::Verdict::unverifiable, "", {"c1", "c1"}, {},
                                   std::string(1000, 'x') + "</script>"});
  }
  const std::string jsonld = reports::render_claimreview(c);
  EXPECT_EQ(jsonld.find('<'), std::string::npos);
  const auto j = nlohmann::json::parse(jsonld);
  ASSERT_EQ(j["@graph"].size(), 1u);
  EXPECT_LE(j["@graph"][0]["reviewBody"].get<std::string>().size(), 4100u);
  EXPECT_NE(j["@graph"][0]["claimReviewed"].get<std::string>().find("</script>"), std::string::npos)
      << "the text itself is kept, only escaped";
}

}  // namespace
