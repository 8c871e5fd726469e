// Claims from tables: tests/cases/claims/{time,source,count}.json. Each case
// gives a text, an optional published time, the claim kinds looked at and the
// claims expected of those kinds, in order; only the fields given are compared.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/time.hpp"
#include "tests/support/paths.hpp"
#include "verify/claims/extract.hpp"

namespace {

using nlohmann::json;

std::string day_of(const core::Instant& t) { return core::format_date(core::utc_date(t.utc)); }

void expect_value(const json& want, const core::Claim& got) {
  if (want.contains("value") && want["value"].is_null()) {
    EXPECT_TRUE(std::holds_alternative<std::monostate>(got.value)) << got.text;
  }
  if (want.contains("start") || want.contains("end")) {
    const auto* range = std::get_if<core::TimeRange>(&got.value);
    ASSERT_NE(range, nullptr) << got.text << " has no time range; note: " << got.note;
    if (want.contains("start")) {
      EXPECT_EQ(day_of(range->start), want["start"]);
    }
    if (want.contains("end")) {
      EXPECT_EQ(day_of(range->end), want["end"]);
    }
  }
  if (want.contains("outlet") || want.contains("matched")) {
    const auto* source = std::get_if<core::SourceRef>(&got.value);
    ASSERT_NE(source, nullptr) << got.text;
    if (want.contains("outlet")) {
      EXPECT_EQ(source->outlet, want["outlet"]);
    }
    if (want.contains("matched")) {
      EXPECT_EQ(source->matched, want["matched"]);
    }
  }
  if (want.contains("count")) {
    const auto* count = std::get_if<core::Count>(&got.value);
    ASSERT_NE(count, nullptr) << got.text;
    EXPECT_EQ(count->value, want["count"].get<double>());
    if (want.contains("what")) {
      EXPECT_EQ(count->what, want["what"]);
    }
  }
}

void expect_claim(const json& want, const core::Claim& got) {
  if (want.contains("text")) {
    EXPECT_EQ(got.text, want["text"]);
  }
  if (want.contains("note")) {
    EXPECT_EQ(got.note, want["note"]);
  }
  if (want.contains("note_contains")) {
    EXPECT_NE(got.note.find(want["note_contains"].get<std::string>()), std::string::npos) << got.note;
  }
  expect_value(want, got);
}

std::size_t run_table(const char* file) {
  const auto cases = json::parse(testing_support::read_file(testing_support::source_dir() / "tests/cases/claims" / file));
  for (const auto& t : cases) {
    SCOPED_TRACE(std::string(file) + ": " + t["name"].get<std::string>());
    core::Case c;
    c.article.text = t["text"];
    if (t.contains("published") && !t["published"].is_null()) c.article.published = core::parse_iso8601(t["published"].get<std::string>());
    verify::extract_claims(c);
    EXPECT_TRUE(c.errors.empty());
    const auto kinds = t.value("kinds", std::vector<std::string>{});
    std::vector<core::Claim> got;
    for (const auto& claim : c.claims) {
      if (kinds.empty() || std::find(kinds.begin(), kinds.end(), core::name_of(claim.kind)) != kinds.end()) got.push_back(claim);
    }
    const auto& want = t["expect"];
    EXPECT_EQ(got.size(), want.size()) << (got.empty() ? std::string("none") : got[0].text);
    if (got.size() != want.size()) continue;
    for (std::size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(c.article.text.substr(got[i].span.start, got[i].span.end - got[i].span.start), got[i].text);
      expect_claim(want[i], got[i]);
    }
  }
  return cases.size();
}

TEST(ClaimsTable, TimeClaims) { EXPECT_GE(run_table("time.json"), 40u); }
TEST(ClaimsTable, SourceClaims) { EXPECT_GE(run_table("source.json"), 12u); }
TEST(ClaimsTable, CountClaims) { EXPECT_GE(run_table("count.json"), 7u); }

}  // namespace
