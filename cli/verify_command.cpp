#include "cli/verify_command.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include "cli/exit_codes.hpp"
#include "cli/input_kind.hpp"
#include "cli/progress_line.hpp"
#include "cli/fetch_settings.hpp"
#include "cli/media_settings.hpp"
#include "cli/messages.hpp"
#include "cli/report_output.hpp"
#include "core/config.hpp"
#include "core/text.hpp"
#include "fetch/article_source.hpp"
#include "fetch/url.hpp"
#include "media/media_stage.hpp"
#include "verify/article/ingest.hpp"
#include "verify/checks/registry.hpp"
#include "verify/claims/extract.hpp"
#include "verify/embeds/detect.hpp"
#include "verify/gazetteer/gazetteer.hpp"

namespace cli {
namespace {

struct VerifyOptions {
  std::string input;
  std::string out;
  std::string config;
  std::string published;
  std::string charset;
  std::string kind;
  std::string fail_on;
  bool offline = false;
  bool json = false;
  bool quiet = false;
  bool no_ocr = false;
};

// "ftp://…", "file://…": a URL of a scheme the client never speaks, not a file name.
bool has_other_scheme(const std::string& input) {
  const auto colon = input.find("://");
  return colon != std::string::npos && colon > 0 &&
         std::all_of(input.begin(), input.begin() + static_cast<std::ptrdiff_t>(colon),
                     [](unsigned char ch) { return std::isalnum(ch) || ch == '+' || ch == '-' || ch == '.'; });
}

// 1 - read the article; false when it could not be read. A URL is fetched
// through the guarded client into the custody cache (or read from it
// offline); its Content-Type stands in for --kind and --charset unless given.
bool ingest(const VerifyOptions& o, const core::Config& config, const fetch::FetchSettings& fetching,
            const verify::IngestOptions& base, core::Case& c) {
  verify::IngestOptions options = base;
  options.max_bytes = config.limits.article_bytes;
  options.max_depth = config.limits.html_depth;
  const std::string source = fetch::redact_url(o.input);
  if (!is_url(o.input) && has_other_scheme(o.input)) {
    c.article.source = source;
    c.add_error("ingest", source, "only http and https URLs are read; save the page and pass the file");
    return false;
  }
  if (!is_url(o.input)) return verify::ingest_file(o.input, options, c);
  auto answer = fetch::fetch_article(o.input, fetching);
  if (!answer) {
    c.article.source = source;
    c.errors.push_back(answer.error());
    return false;
  }
  if (options.declared_charset.empty()) options.declared_charset = answer->charset;
  if (!options.kind) options.kind = answer->kind;
  const bool read = verify::ingest_bytes(std::move(answer->body), source, options, c);
  c.article.custody = answer->custody;
  return read;
}

// The gazetteer, or null with an Error saying what goes missing without it.
std::optional<verify::gazetteer::Gazetteer> open_gazetteer(const core::Config& config, core::Case& c) {
  namespace gz = verify::gazetteer;
  auto gazetteer = gz::Gazetteer::open(gz::Gazetteer::default_path(config));
  if (gazetteer) return std::move(*gazetteer);
  core::Error error = gazetteer.error();
  error.message += " (no place claims or place checks in this report)";
  c.errors.push_back(std::move(error));
  return std::nullopt;
}

// 3 - posts and their media, into OUT/media/; the progress line is gone before anything else prints.
void fetch_stage(core::Case& c, const std::filesystem::path& out, fetch::FetchSettings settings, bool show_progress) {
  ProgressLine progress(show_progress);
  settings.media_dir = out / "media";
  settings.progress = progress.callback();
  fetch::fetch_posts(c, settings);
}

int run(const VerifyOptions& o) {
  set_json_messages(o.json);
  auto config = core::load_config(o.config.empty() ? std::nullopt : std::optional<std::filesystem::path>(o.config),
                                  core::process_environment());
  if (!config) {
    print_error(config.error());
    return k_exit_usage;
  }
  verify::IngestOptions options;
  options.declared_charset = o.charset;
  if (!o.kind.empty()) {
    options.kind = o.kind == "html" ? core::InputKind::html
                   : o.kind == "markdown" ? core::InputKind::markdown : core::InputKind::text;
  }
  if (!o.published.empty()) {
    options.published = core::parse_iso8601(o.published);
    if (!options.published) {
      print_usage_error("--published \"" + o.published + "\" is not an ISO 8601 date or time (e.g. 2020-04-16)");
      return k_exit_usage;
    }
  }
  auto fetching = fetch_settings(*config, o.offline);
  if (!fetching) {
    print_error(fetching.error());
    return k_exit_usage;
  }
  const std::filesystem::path out = o.out.empty() ? std::filesystem::path("embedcheck-out") / core::slug(o.input)
                                                  : std::filesystem::path(o.out);
  // The recipe: 1 ingest, 2 find embeds, 3 fetch posts and media, 4 keyframes
  // and metadata of the media, 5 extract claims, 6 run checks, 7 write the
  // report — always.
  core::Case c;
  const bool readable = ingest(o, *config, *fetching, options, c);
  std::optional<verify::gazetteer::Gazetteer> gazetteer;
  const verify::gazetteer::Gazetteer* places = nullptr;
  if (readable) {
    verify::detect_embeds(c);
    fetch_stage(c, out, *fetching, !o.quiet && !o.json);
    gazetteer = open_gazetteer(*config, c);
    places = gazetteer ? &*gazetteer : nullptr;
    auto analysing = media_settings(*config, out, places, !o.no_ocr);
    ProgressLine progress(!o.quiet && !o.json);
    analysing.progress = progress.media_callback();
    media::analyse_post_media(c, analysing);
    verify::extract_claims(c, places);
    verify::run_checks(c);
  }
  if (!write_and_tell(c, out, o.quiet, places)) return k_exit_usage;
  if (!readable) return k_exit_input_unreadable;
  const bool failed_on = o.fail_on == "inconsistent" &&
                         std::any_of(c.checks.begin(), c.checks.end(),
                                     [](const core::Check& k) { return k.verdict == core::Verdict::inconsistent; });
  return failed_on ? k_exit_failed_on : k_exit_ran;
}

}  // namespace

void add_verify_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<VerifyOptions>();
  CLI::App* cmd = app.add_subcommand("verify", "Find the embedded posts in an article, check them, write a report");
  cmd->add_option("ARTICLE", options->input, "Article: a file or an http(s) URL (HTML, Markdown or plain text)")->required();
  cmd->add_option("--out", options->out, "Output folder (default: ./embedcheck-out/<input-name>/)");
  cmd->add_flag("--offline", options->offline, "Fetch nothing: read posts and media only from the cache (cache_dir) an earlier run filled");
  cmd->add_option("--config", options->config, "Config file (JSON); EMBEDCHECK_* environment variables override it")
      ->check(CLI::ExistingFile);
  cmd->add_option("--published", options->published,
                  "The article's publication time (ISO 8601), overriding what the article says");
  cmd->add_option("--charset", options->charset, "The input's charset when the file does not declare it (e.g. windows-1256)");
  cmd->add_option("--kind", options->kind, "Read the input as this kind instead of guessing")
      ->check(CLI::IsMember({"text", "html", "markdown"}));
  cmd->add_option("--fail-on", options->fail_on, "Exit with 3 when a check has this verdict")
      ->check(CLI::IsMember({"inconsistent"}));
  cmd->add_flag("--no-ocr", options->no_ocr, "Do not read on-screen text in the keyframes");
  cmd->add_flag("--json", options->json, "Print problems as JSON lines on stderr (for batch logs)");
  cmd->add_flag("--quiet,-q", options->quiet, "Print nothing but problems");
  cmd->callback([options, &exit_code] { exit_code = run(*options); });
}

}  // namespace cli
