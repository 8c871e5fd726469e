#include "cli/post_command.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>

#include "cli/exit_codes.hpp"
#include "cli/fetch_settings.hpp"
#include "cli/messages.hpp"
#include "core/case_json.hpp"
#include "core/config.hpp"
#include "verify/embeds/post_url.hpp"

namespace cli {
namespace {

struct PostOptions {
  std::string input;
  std::string config;
  bool offline = false;
};

bool all_digits(const std::string& text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](unsigned char ch) { return std::isdigit(ch); });
}

// The input as the one embed of a Case, so the fetch stage treats it exactly
// as it treats an article's embed; nullopt (after a usage message) when it names no post.
std::optional<core::Embed> embed_for(const std::string& input) {
  core::Embed e;
  e.id = "e1";
  e.platform = core::Platform::twitter;
  if (all_digits(input)) {
    e.post_id = input;
    return e;
  }
  const auto ref = verify::embeds::parse_post_url(input);
  if (!ref || !ref->problem.empty()) {
    print_usage_error("\"" + input + "\" is neither a post id nor the URL of a post" +
                      (ref && !ref->problem.empty() ? ": " + ref->problem : ""));
    return std::nullopt;
  }
  e.platform = ref->platform;
  e.post_id = ref->kind == verify::embeds::UrlKind::post ? ref->post_id : "";
  e.handle = ref->handle;
  e.urls = {input};
  return e;
}

int run(const PostOptions& o) {
  auto config = core::load_config(o.config.empty() ? std::nullopt : std::optional<std::filesystem::path>(o.config),
                                  core::process_environment());
  if (!config) {
    print_error(config.error());
    return k_exit_usage;
  }
  auto settings = fetch_settings(*config, o.offline);
  if (!settings) {
    print_error(settings.error());
    return k_exit_usage;
  }
  auto embed = embed_for(o.input);
  if (!embed) return k_exit_usage;
  core::Case c;
  c.embeds.push_back(*embed);
  fetch::fetch_posts(c, *settings);  // no media_dir: the post's record only
  for (const auto& error : c.errors) print_error(error);
  if (c.posts.empty()) {
    // Nothing was asked: another platform, or a link not on services.resolver_hosts.
    if (c.errors.empty()) print_error(core::Error{"fetch", o.input, "no way to fetch this post"});
    return k_exit_input_unreadable;
  }
  fmt::print("{}\n", core::post_to_json(c.posts.front()).dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
  return c.posts.front().status == core::PostStatus::error ? k_exit_input_unreadable : k_exit_ran;
}

}  // namespace

void add_post_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<PostOptions>();
  CLI::App* cmd = app.add_subcommand("post", "Fetch one Twitter/X or Telegram post and print it as JSON (report.json's posts[] form)");
  cmd->add_option("POST", options->input, "Post URL (x.com/…/status/ID, t.co/…, pic.twitter.com/…, t.me/CHANNEL/N) or Twitter/X post id")
      ->required();
  cmd->add_flag("--offline", options->offline, "Fetch nothing: read the post only from the cache (cache_dir)");
  cmd->add_option("--config", options->config, "Config file (JSON); EMBEDCHECK_* environment variables override it")
      ->check(CLI::ExistingFile);
  cmd->callback([options, &exit_code] { exit_code = run(*options); });
}

}  // namespace cli
