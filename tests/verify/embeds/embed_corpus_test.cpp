// The embed corpus: tests/cases/embeds/corpus-*.json, one parameterised test.
// Each case is an input (text, HTML or Markdown) and exactly the embeds, and
// the "embeds" errors, that detection must report — none missed, none invented.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/support/paths.hpp"
#include "tests/verify/embeds/embed_expect.hpp"

namespace {

using nlohmann::json;

struct CorpusCase {
  std::string file;
  json data;
};

// Names the case in ctest's listing instead of dumping its bytes.
void PrintTo(const CorpusCase& c, std::ostream* os) { *os << c.file << ":" << c.data.value("name", "?"); }

std::vector<CorpusCase> load_corpus() {
  std::vector<CorpusCase> out;
  const auto dir = testing_support::source_dir() / "tests" / "cases" / "embeds";
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().filename().string().starts_with("corpus-")) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    std::ifstream in(path);
    for (auto& item : json::parse(in)) out.push_back({path.filename().string(), std::move(item)});
  }
  return out;
}

core::InputKind kind_of(const std::string& name) {
  if (name == "html") return core::InputKind::html;
  if (name == "markdown") return core::InputKind::markdown;
  return core::InputKind::text;
}

class EmbedCorpus : public testing::TestWithParam<CorpusCase> {};

TEST_P(EmbedCorpus, DetectsExactlyTheListedEmbeds) {
  const json& data = GetParam().data;
  const std::string name = data["name"];
  const auto c = embed_expect::detect_in(data["input"], GetParam().file + ":" + name, kind_of(data["kind"]));
  SCOPED_TRACE(embed_expect::describe(c));
  embed_expect::expect_well_formed(c);
  const auto& want = data["embeds"];
  ASSERT_EQ(c.embeds.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    SCOPED_TRACE("embed " + std::to_string(i + 1));
    embed_expect::expect_embed(c.embeds[i], want[i]);
  }
  const auto errors = embed_expect::stage_errors(c);
  const json want_errors = data.value("errors", json::array());
  ASSERT_EQ(errors.size(), want_errors.size());
  for (std::size_t i = 0; i < errors.size(); ++i) {
    EXPECT_EQ(errors[i].input, want_errors[i]["input"].get<std::string>());
    EXPECT_NE(errors[i].message.find(want_errors[i]["message"].get<std::string>()), std::string::npos)
        << errors[i].message;
  }
}

TEST(EmbedCorpusSize, HasAtLeast45Cases) { EXPECT_GE(load_corpus().size(), 45u); }

std::string case_name(const testing::TestParamInfo<CorpusCase>& info) {
  std::string name = info.param.data["name"];
  for (char& ch : name) {
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Cases, EmbedCorpus, testing::ValuesIn(load_corpus()), case_name);

}  // namespace
