#include "media/media_stage.hpp"

#include <fmt/format.h>

#include <chrono>
#include <exception>
#include <future>
#include <vector>

#include "fetch/sha256.hpp"
#include "media/av_input.hpp"
#include "media/capture_zone.hpp"
#include "media/heif_picture.hpp"
#include "media/keyframes.hpp"
#include "media/ocr_choice.hpp"
#include "media/ocr_keyframes.hpp"
#include "media/probe.hpp"

namespace media {
namespace {

// What the report names the file by: relative to the report's folder when it lies inside it.
std::string report_path(const std::filesystem::path& file, const std::filesystem::path& out_dir) {
  std::error_code ec;
  const auto relative = std::filesystem::relative(file, out_dir, ec);
  if (!ec && !relative.empty() && *relative.begin() != "..") return relative.generic_string();
  return file.string();
}

// One deadline for all that is done with the file: probe and keyframes.
InputLimits input_limits(const core::Limits& limits) {
  InputLimits out;
  out.deadline = std::chrono::seconds(limits.media_seconds);
  out.max_pixels = limits.frame_pixels;
  return out;
}

// Keeps what the probe found and adds where the file came from.
core::MediaReport with_origin(core::MediaReport probed, const MediaInput& in, std::string file, std::string sha256) {
  probed.embed = in.embed;
  probed.source = in.source;
  probed.file = std::move(file);
  probed.sha256 = std::move(sha256);
  return probed;
}

KeyframeOptions keyframe_options(const core::MediaReport& report, const MediaInput& in, const MediaStageSettings& s) {
  KeyframeOptions options;
  options.out_dir = s.out_dir / "keyframes";
  options.name = in.name;
  options.longest_side = s.media.keyframe_side;
  options.rotation_deg = report.rotation.value_or(0.0);
  options.choice.max_chosen = static_cast<std::size_t>(std::max(1, s.limits.keyframes));
  return options;
}

void add_picture_keyframe(core::Case& c, core::MediaReport& report, const BgrImage& picture, const MediaInput& in,
                          const MediaStageSettings& s) {
  auto frames = keyframe_of_picture(picture, keyframe_options(report, in, s));
  if (!frames) {
    c.errors.push_back(frames.error());
    return;
  }
  report.keyframes = std::move(frames->keyframes);
  report.fingerprint = std::move(frames->fingerprint);
}

// From the input the probe read: the file is opened once.
void add_keyframes(core::Case& c, core::MediaReport& report, AvInput& input, const MediaInput& in,
                   const MediaStageSettings& s) {
  const KeyframeOptions options = keyframe_options(report, in, s);
  auto frames = extract_keyframes(input, options, s.limits.frame_pixels);
  if (!frames) {
    c.errors.push_back(frames.error());
    return;
  }
  report.keyframes = std::move(frames->keyframes);
  report.fingerprint = std::move(frames->fingerprint);
  if (frames->stopped_early) {
    report.notes.push_back("keyframes cover only part of the file: " + frames->stop_reason);
    c.add_error("media", in.path.string(), "keyframes " + frames->stop_reason);
  }
  if (frames->packets_rejected > 0) {
    report.notes.push_back(fmt::format("{} damaged key frames were skipped", frames->packets_rejected));
  }
}

// The OCR engine is opened once per stage, on the first file that has
// keyframes; when it cannot be opened, that is said once and the rest goes on.
class LazyOcr {
 public:
  explicit LazyOcr(const MediaStageSettings& s) : settings_(s) {}

  void read(core::Case& c, core::MediaReport& report) {
    if (!settings_.media.ocr || report.keyframes.empty() || failed_) return;
    if (!reader_) {
      auto opened = OcrReader::open(OcrSettings{settings_.media.ocr_languages, {}, std::chrono::seconds(10)});
      if (!opened) {
        failed_ = true;
        core::Error error = opened.error();
        error.message += " (no on-screen text in this report; --no-ocr turns reading it off)";
        c.errors.push_back(std::move(error));
        return;
      }
      reader_.emplace(std::move(*opened));
    }
    std::vector<core::Keyframe> chosen;
    for (std::size_t i : frames_to_read(report.keyframes, static_cast<std::size_t>(std::max(0, settings_.media.ocr_frames)))) {
      chosen.push_back(report.keyframes[i]);
    }
    auto read = read_keyframes(*reader_, chosen, settings_.out_dir);
    report.ocr = std::move(read.texts);
    for (auto& e : read.errors) c.errors.push_back(std::move(e));
    if (read.unread > 0) {
      report.notes.push_back(fmt::format("on-screen text read from {} of {} chosen keyframes: the OCR's {} s budget per file "
                                         "was spent (busy frames take Tesseract seconds each)",
                                         chosen.size() - read.unread, chosen.size(), k_ocr_budget_per_file.count() / 1000));
    }
  }

 private:
  const MediaStageSettings& settings_;
  std::optional<OcrReader> reader_;
  bool failed_ = false;
};

void analyse_one(core::Case& c, const MediaInput& in, const MediaStageSettings& s, LazyOcr& ocr) {
  // Hashing reads every byte while the decoder needs only the key frames:
  // on its own thread it costs no wall time.
  auto digest_job = std::async(std::launch::async, [path = in.path] { return fetch::sha256_file(path); });
  const std::string file = report_path(in.path, s.out_dir);
  const InputLimits limits = input_limits(s.limits);
  auto input = AvInput::open_file(in.path, limits);
  auto probed = input ? probe_input(*input, limits) : core::Result<core::MediaReport>(tl::unexpected(input.error()));
  std::optional<HeifPicture> heif;
  if (!input && is_heif_file(in.path)) {  // FFmpeg 5.1 has no HEIF demuxer: libheif decodes it
    auto picture = read_heif_picture(in.path, s.limits.frame_pixels);
    if (picture) {
      heif = std::move(*picture);
      probed = probe_heif(in.path, *heif);
    } else {
      probed = tl::unexpected(picture.error());
    }
  }
  core::MediaReport report;
  if (probed) {
    report = std::move(*probed);
    if (s.keyframes && heif) {
      add_picture_keyframe(c, report, heif->pixels->view(), in, s);
    } else if (s.keyframes) {
      add_keyframes(c, report, *input, in, s);
    }
    ocr.read(c, report);
    if (report.location && s.place_at) report.location_place = s.place_at(*report.location);
    infer_capture_zone(report);
  }
  auto digest = digest_job.get();
  if (!probed) {
    c.errors.push_back(probed.error());
    report.notes.push_back("could not be read as media: " + probed.error().message);
  }
  if (!digest) {
    c.add_error("media", in.path.string(), digest.error().message);
    report.notes.push_back("could not be hashed: " + digest.error().message);
  }
  c.media.push_back(with_origin(std::move(report), in, file, digest ? digest->sha256 : std::string()));
}

}  // namespace

namespace {

// A bug or an allocation failure on one file must not cost the others or the report.
void analyse_guarded(core::Case& c, const MediaInput& in, const MediaStageSettings& s, LazyOcr& ocr) {
  try {
    analyse_one(c, in, s, ocr);
  } catch (const std::exception& e) {
    c.add_error("media", in.path.string(), std::string("analysis failed: ") + e.what());
  }
}

}  // namespace

void analyse_file(core::Case& c, const MediaInput& in, const MediaStageSettings& s) {
  LazyOcr ocr(s);
  analyse_guarded(c, in, s, ocr);
}

void analyse_post_media(core::Case& c, const MediaStageSettings& s) {
  std::vector<MediaInput> inputs;
  for (const auto& post : c.posts) {
    for (std::size_t i = 0; i < post.media.size(); ++i) {
      const core::MediaItem& item = post.media[i];
      if (item.file.empty()) continue;
      inputs.push_back(MediaInput{s.out_dir / item.file, post.embed, item.url, fmt::format("{}-{}", post.embed, i + 1)});
    }
  }
  LazyOcr ocr(s);
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (s.progress) s.progress(i + 1, inputs.size());  // the file being read now
    analyse_guarded(c, inputs[i], s, ocr);
  }
}

}  // namespace media
