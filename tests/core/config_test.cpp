#include "core/config.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <map>

#include "tests/support/paths.hpp"

namespace {

core::EnvLookup env_of(std::map<std::string, std::string> vars) {
  return [vars](const std::string& name) -> std::optional<std::string> {
    auto it = vars.find(name);
    if (it == vars.end()) return std::nullopt;
    return it->second;
  };
}

std::filesystem::path write_config(const std::string& text) {
  auto path = testing_support::temp_dir("config") / "config.json";
  std::ofstream(path) << text;
  return path;
}

TEST(Config, DefaultsMatchTheDesign) {
  auto config = core::load_config(std::nullopt, env_of({{"HOME", "/home/u"}}));
  ASSERT_TRUE(config.has_value());
  EXPECT_EQ(config->services.twitter_syndication, "https://cdn.syndication.twimg.com");
  EXPECT_EQ(config->limits.article_bytes, 10u << 20);
  EXPECT_EQ(config->limits.html_depth, 2000);
  EXPECT_EQ(config->cache_dir, "/home/u/.cache/embedcheck");
  EXPECT_TRUE(config->net.allow_addresses.empty());
}

TEST(Config, EnvironmentBeatsFileBeatsDefaults) {
  auto file = write_config(R"({"net": {"timeout_s": 5, "allow_addresses": ["127.0.0.1"]},
                               "services": {"twitter_oembed": "http://127.0.0.1:1"}})");
  auto config = core::load_config(file, env_of({{"EMBEDCHECK_NET_TIMEOUT_S", "7"},
                                                {"EMBEDCHECK_SERVICES_RESOLVER_HOSTS", "a.test, b.test"},
                                                {"EMBEDCHECK_TOOLS_YT_DLP_ENABLED", "true"}}));
  ASSERT_TRUE(config.has_value()) << config.error().message;
  EXPECT_EQ(config->net.timeout_s, 7);
  EXPECT_EQ(config->services.twitter_oembed, "http://127.0.0.1:1");
  EXPECT_EQ(config->net.allow_addresses, std::vector<std::string>{"127.0.0.1"});
  EXPECT_EQ(config->services.resolver_hosts, (std::vector<std::string>{"a.test", "b.test"}));
  EXPECT_TRUE(config->yt_dlp.enabled);
}

TEST(Config, BadSettingsAreErrorsNamingTheKey) {
  struct Bad {
    std::string file;
    std::map<std::string, std::string> env;
    std::string expect;
  };
  for (const auto& bad : std::vector<Bad>{
           {R"({"net": {"timeout": 5}})", {}, "net.timeout"},
           {R"({"limits": {"html_depth": "deep"}})", {}, "limits.html_depth"},
           {R"({"limits": {"html_depth": -1}})", {}, "limits.html_depth"},
           {R"([1, 2])", {}, "object"},
           {R"({"net": )", {}, "not valid JSON"},
           {"{}", {{"EMBEDCHECK_LIMITS_ARTICLE_BYTES", "ten"}}, "EMBEDCHECK_LIMITS_ARTICLE_BYTES"},
           {"{}", {{"EMBEDCHECK_TOOLS_YT_DLP_ENABLED", "maybe"}}, "EMBEDCHECK_TOOLS_YT_DLP_ENABLED"},
       }) {
    auto config = core::load_config(write_config(bad.file), env_of(bad.env));
    ASSERT_FALSE(config.has_value()) << bad.file;
    EXPECT_NE(core::to_line(config.error()).find(bad.expect), std::string::npos) << core::to_line(config.error());
  }
}

TEST(Config, MissingFileIsAnError) {
  auto config = core::load_config(std::filesystem::path("/nonexistent/embedcheck.json"), env_of({}));
  ASSERT_FALSE(config.has_value());
  EXPECT_EQ(config.error().stage, "config");
}

TEST(Config, EnvNames) {
  EXPECT_EQ(core::env_name_for("services.twitter_syndication"), "EMBEDCHECK_SERVICES_TWITTER_SYNDICATION");
}

}  // namespace
