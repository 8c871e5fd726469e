#include "media/origin.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <string_view>

#include "media/probe_tags.hpp"
#include "media/tag_time.hpp"

namespace media {
namespace {

using Tags = std::map<std::string, std::string>;

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

bool contains(const std::string& text, std::string_view part) { return lower(text).find(part) != std::string::npos; }

const std::string* tag(const Tags& tags, const std::string& key) {
  const auto it = tags.find(key);
  return it == tags.end() || it->second.empty() ? nullptr : &it->second;
}

// The evidence found so far, and who wrote the file on each side.
struct Findings {
  std::string device;     // the device that recorded it
  std::string tool;       // the tool that wrote it again
  std::vector<std::string> evidence;

  void recorded_by(std::string who, std::string why) {
    if (device.empty()) device = std::move(who);
    evidence.push_back(std::move(why));
  }
  void rewritten_by(std::string who, std::string why) {
    if (tool.empty()) tool = std::move(who);
    evidence.push_back(std::move(why));
  }
};

std::string camera_name(const core::MediaReport& r) {
  if (r.make.empty()) return r.model;
  if (r.model.empty() || lower(r.model).rfind(lower(r.make), 0) == 0) return r.model.empty() ? r.make : r.model;
  return r.make + " " + r.model;
}

void apple_and_android(const core::MediaReport& r, Findings& f) {
  if (tag(r.tags, "com.apple.quicktime.make") || tag(r.tags, "com.apple.quicktime.model")) {
    f.recorded_by(camera_name(r), "Apple's camera keys name the device (com.apple.quicktime.make/model: " + camera_name(r) + ")");
  }
  for (const char* key : {"com.android.version", "com.android.capture.fps", "com.android.manufacturer", "com.android.model"}) {
    if (const auto* value = tag(r.tags, key)) {
      f.recorded_by("Android " + (tag(r.tags, "com.android.version") ? *tag(r.tags, "com.android.version") : std::string()),
                    std::string("Android's camera wrote ") + key + " = " + *value);
      break;
    }
  }
}

bool is_gopro(const core::MediaReport& r, const Readings& x) {
  if (const auto* firmware = tag(r.tags, "firmware"); firmware && (firmware->rfind("HD", 0) == 0 || contains(*firmware, "gopro"))) {
    return true;
  }
  if (x.boxes) {
    for (const auto& t : x.boxes->tracks) {
      if (contains(t.handler_name, "gopro") || contains(t.compressor_name, "gopro")) return true;
    }
  }
  return x.gpmf != nullptr;
}

void gopro_and_cameras(const core::MediaReport& r, const Readings& x, Findings& f) {
  if (is_gopro(r, x)) {
    const auto* firmware = tag(r.tags, "firmware");
    f.recorded_by(r.model.empty() ? std::string("GoPro") : "GoPro " + r.model,
                  "GoPro camera" + (firmware ? " (firmware " + *firmware + ")" : std::string()) +
                      (x.gpmf ? ", with its GPMF telemetry track" : ""));
  }
  if (x.mdpm) f.recorded_by(camera_name(r), "AVCHD camera metadata (MDPM) in the H.264 stream names " + camera_name(r));
  if (r.format == "avi" && !r.model.empty()) f.recorded_by(camera_name(r), "the AVI's software chunk names the camera " + camera_name(r));
  if (x.boxes) {
    for (const auto& uuid : x.boxes->uuid_boxes) {
      // Sony's XAVC S profile and metadata boxes share this UUID tail.
      if (uuid.size() > 8 && uuid.find("21d2-4fce-bb88-695cfac9c740") != std::string::npos) {
        f.recorded_by("Sony", "Sony XAVC camera box (uuid " + uuid + ")");
        break;
      }
    }
    if (const auto it = x.boxes->user_data.find("auth"); it != x.boxes->user_data.end() && !it->second.empty()) {
      f.recorded_by(it->second, "the recording app is named as the author (udta auth = " + it->second + ")");
    }
  }
  if (x.exif && (!x.exif->make.empty() || !x.exif->model.empty()) && !is_editor(x.exif->software)) {
    f.recorded_by(camera_name(r), "EXIF Make/Model name the camera (" + camera_name(r) + ")");
  }
}

void tools(const core::MediaReport& r, const Readings& x, int main_stream, Findings& f) {
  std::vector<std::pair<std::string, std::string>> encoders;
  if (const auto* e = tag(r.tags, "encoder")) encoders.emplace_back("encoder", *e);
  if (const auto* e = tag(r.tags, "ENCODER")) encoders.emplace_back("ENCODER", *e);
  if (main_stream >= 0) {
    if (const auto* e = tag(r.streams[main_stream].tags, "encoder")) encoders.emplace_back("the video stream's encoder", *e);
  }
  for (const auto& [where, name] : encoders) {
    if (is_transcoder(name)) f.rewritten_by(name, "written by an encoding library (" + where + " = " + name + ")");
  }
  if (x.exif && is_editor(x.exif->software)) {
    f.rewritten_by(x.exif->software, "EXIF Software names an editor (" + x.exif->software + ")");
  }
  if (x.xmp && is_editor(x.xmp->creator_tool)) {
    f.rewritten_by(x.xmp->creator_tool, "XMP CreatorTool names an editor (" + x.xmp->creator_tool + ")");
  }
}

// A container written more than a day after the capture time its own tags keep.
void written_later(const core::MediaReport& r, Findings& f) {
  const auto* written = tag(r.tags, "creation_time");
  if (!written || !r.capture_time || r.format == "avi") return;
  const auto t = parse_tag_time(*written, NoOffset::utc);
  if (!t || t->unset) return;
  const auto gap = std::chrono::duration_cast<std::chrono::hours>(t->instant.utc - r.capture_time->utc);
  const double slack_hours = 24 + r.duration_s.value_or(0) / 3600;
  if (static_cast<double>(gap.count()) <= slack_hours) return;
  f.rewritten_by("", "the container was written " + std::to_string(gap.count() / 24) + " days after the capture time " +
                         r.capture_time_from + " keeps (creation_time " + *written + ")");
}

void apple_av_foundation(const Readings& x, Findings& f) {
  if (!x.boxes) return;
  for (const auto& t : x.boxes->tracks) {
    if (t.handler_name.rfind("Core Media", 0) == 0) {
      f.evidence.push_back("written by Apple's AVFoundation (handler \"" + t.handler_name +
                           "\"): a recording app and an export write the same");
      return;
    }
  }
}

}  // namespace

bool is_editor(const std::string& software) {
  static constexpr std::array<std::string_view, 22> k_editors = {
      "lightroom", "photoshop", "gimp", "windows photo", "photo gallery", "picasa", "snapseed", "after effects",
      "premiere", "final cut", "davinci", "imovie", "paint.net", "acdsee", "darktable", "digikam", "imagemagick",
      "graphicsmagick", "affinity", "capture one", "pixelmator", "luminar"};
  const std::string name = lower(software);
  return std::any_of(k_editors.begin(), k_editors.end(), [&](std::string_view e) { return name.find(e) != std::string::npos; });
}

core::MediaOrigin classify_origin(const core::MediaReport& r, const Readings& x, int main_stream) {
  Findings f;
  apple_and_android(r, f);
  gopro_and_cameras(r, x, f);
  tools(r, x, main_stream, f);
  written_later(r, f);
  core::MediaOrigin origin;
  const bool rewritten = std::any_of(f.evidence.begin(), f.evidence.end(), [](const std::string& e) {
    return e.rfind("written by an encoding", 0) == 0 || e.find("names an editor") != std::string::npos ||
           e.rfind("the container was written", 0) == 0;
  });
  if (rewritten) {
    origin.verdict = "rewritten";
    origin.writer = f.tool;
  } else if (!f.device.empty() || !f.evidence.empty()) {
    origin.verdict = "camera-original";
    origin.writer = f.device;
  }
  if (origin.verdict == "unknown") apple_av_foundation(x, f);
  origin.evidence = std::move(f.evidence);
  return origin;
}

}  // namespace media
