#include "cli/media_command.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>

#include "cli/exit_codes.hpp"
#include "cli/input_kind.hpp"
#include "cli/media_settings.hpp"
#include "cli/messages.hpp"
#include "cli/report_output.hpp"
#include "core/config.hpp"
#include "core/text.hpp"
#include "fetch/stage_source.hpp"
#include "media/media_stage.hpp"
#include "media/remote_media.hpp"
#include "verify/checks/registry.hpp"
#include "verify/claims/extract.hpp"
#include "verify/gazetteer/gazetteer.hpp"

namespace cli {
namespace {

struct MediaOptions {
  std::string input;
  std::string out;
  std::string config;
  std::string claim_time;
  std::string claim_place;
  bool no_ocr = false;
  bool probe_only = false;
  bool offline = false;
  bool json = false;
  bool quiet = false;
};

// The claims given on the command line, written as the text the claims stage
// reads, so a place goes through the same gazetteer resolution as an
// article's ("Palmyra, Syria" is Tadmur in Syria); the report quotes it.
std::string claims_text(const MediaOptions& o) {
  std::string text;
  if (!o.claim_place.empty()) text += "Claimed on the command line: filmed in " + o.claim_place + ".";
  if (!o.claim_time.empty()) text += (text.empty() ? "" : " ") + std::string("Claimed time: ") + o.claim_time + ".";
  return text;
}

// --claim-time as a time claim: a day when only a date is given, an instant otherwise.
std::optional<core::Claim> time_claim(const MediaOptions& o, const std::string& text, std::size_t number) {
  auto start = core::parse_iso8601(o.claim_time);
  if (!start) return std::nullopt;
  const bool day = o.claim_time.size() == 10;
  core::Claim claim;
  claim.id = fmt::format("c{}", number);
  claim.kind = core::ClaimKind::time;
  claim.text = o.claim_time;
  const std::size_t at = text.rfind(o.claim_time);
  claim.span = core::Span{at, at + o.claim_time.size()};
  claim.role = "event";
  const core::Instant end{day ? start->utc + std::chrono::hours(24) : start->utc, start->precision};
  claim.value = core::TimeRange{*start, end};
  claim.note = day ? "a whole day (UTC), as given on the command line" : "as given on the command line";
  return claim;
}

void add_claims(core::Case& c, const MediaOptions& o, const verify::gazetteer::Gazetteer* gazetteer) {
  c.article.text = claims_text(o);
  if (c.article.text.empty()) return;
  if (!o.claim_place.empty()) {
    verify::extract_claims(c, gazetteer);
    // Only the place is read from the text; the time is taken exactly as given.
    std::erase_if(c.claims, [](const core::Claim& k) { return k.kind != core::ClaimKind::place; });
  }
  if (!o.claim_time.empty()) {
    if (auto claim = time_claim(o, c.article.text, c.claims.size() + 1)) c.claims.push_back(std::move(*claim));
  }
}

std::string file_stem(const std::string& input) {
  const std::string stem = std::filesystem::path(input).stem().string();
  return core::slug(stem.empty() ? input : stem);
}

// The file to analyse: the path as given, or a URL fetched through the
// guarded client into OUT/media/ (stored in the cache first; --offline reads
// only the cache). nullopt after an Error on the Case.
std::optional<media::MediaInput> media_input(const MediaOptions& o, const core::Config& config,
                                             const std::filesystem::path& out, std::optional<core::Custody>& custody,
                                             core::Case& c) {
  const std::string name = file_stem(o.input);
  if (!is_url(o.input)) return media::MediaInput{o.input, "", o.input, name};
  auto fetched = media::fetch_media_url(o.input, config, o.offline, out / "media" / name);
  if (!fetched) {
    c.errors.push_back(fetched.error());
    return std::nullopt;
  }
  custody = fetch::to_custody(fetched->custody);
  return media::MediaInput{fetched->file, "", o.input, name};
}


int run(const MediaOptions& o) {
  set_json_messages(o.json);
  auto config = core::load_config(o.config.empty() ? std::nullopt : std::optional<std::filesystem::path>(o.config),
                                  core::process_environment());
  if (!config) {
    print_error(config.error());
    return k_exit_usage;
  }
  if (!o.claim_time.empty() && !core::parse_iso8601(o.claim_time)) {
    print_usage_error("--claim-time \"" + o.claim_time + "\" is not an ISO 8601 date or time (e.g. 2020-04-14T10:00Z)");
    return k_exit_usage;
  }
  const std::filesystem::path out = o.out.empty() ? std::filesystem::path("embedcheck-out") / core::slug(o.input)
                                                  : std::filesystem::path(o.out);
  namespace gz = verify::gazetteer;
  auto gazetteer = gz::Gazetteer::open(gz::Gazetteer::default_path(*config));
  core::Case c;
  c.article.source = o.input;
  if (!gazetteer) {
    core::Error error = gazetteer.error();
    error.message += " (no place claims, no place for the file's GPS point)";
    c.errors.push_back(std::move(error));
  }
  const gz::Gazetteer* places = gazetteer ? &*gazetteer : nullptr;
  // The recipe: 1 the file, 2 the claims given, 3 the checks, 4 the report — always.
  auto settings = media_settings(*config, out, places, !o.no_ocr && !o.probe_only);
  settings.keyframes = !o.probe_only;
  std::optional<core::Custody> custody;
  if (auto input = media_input(o, *config, out, custody, c)) {
    media::analyse_file(c, *input, settings);
    if (!c.media.empty()) c.media.back().custody = custody;
  }
  const bool readable = !c.media.empty() && !c.media.front().format.empty();  // probed: a file of media
  add_claims(c, o, places);
  verify::run_checks(c);
  if (!write_and_tell(c, out, o.quiet, places)) return k_exit_usage;
  return readable ? k_exit_ran : k_exit_input_unreadable;
}

}  // namespace

void add_media_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<MediaOptions>();
  CLI::App* cmd = app.add_subcommand("media", "Probe a video or image, take its keyframes, check it against claims, write a report");
  cmd->add_option("FILE", options->input, "Video or image: a file, or an http(s) URL of a media file or HLS playlist")
      ->required();
  cmd->add_option("--out", options->out, "Output folder (default: ./embedcheck-out/<input-name>/)");
  cmd->add_option("--claim-time", options->claim_time, "When the footage is said to be filmed (ISO 8601: 2020-04-14 or 2020-04-14T10:00Z)");
  cmd->add_option("--claim-place", options->claim_place, "Where the footage is said to be filmed (a place name: Palmyra, \"Palmyra, Syria\")");
  cmd->add_flag("--no-ocr", options->no_ocr, "Do not read on-screen text");
  cmd->add_flag("--offline", options->offline, "For a URL: fetch nothing, read it only from the cache an earlier run filled");
  cmd->add_flag("--probe-only", options->probe_only, "Only the file's facts and tags: no keyframes, no on-screen text");
  cmd->add_option("--config", options->config, "Config file (JSON); EMBEDCHECK_* environment variables override it")
      ->check(CLI::ExistingFile);
  cmd->add_flag("--json", options->json, "Print problems as JSON lines on stderr (for batch logs)");
  cmd->add_flag("--quiet,-q", options->quiet, "Print nothing but problems");
  cmd->callback([options, &exit_code] { exit_code = run(*options); });
}

}  // namespace cli
