#include "media/ocr_keyframes.hpp"

namespace media {
namespace {

bool stays_inside(const std::filesystem::path& relative) {
  if (relative.empty() || relative.is_absolute() || relative.has_root_name()) return false;
  for (const auto& part : relative) {
    if (part == "..") return false;
  }
  return true;
}

}  // namespace

OcrOfKeyframes read_keyframes(OcrReader& reader, const std::vector<core::Keyframe>& keyframes,
                              const std::filesystem::path& dir, std::chrono::milliseconds budget) {
  OcrOfKeyframes out;
  const auto started = std::chrono::steady_clock::now();
  for (std::size_t i = 0; i < keyframes.size(); ++i) {
    const auto left = budget - std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
    if (left <= std::chrono::milliseconds(0)) {
      out.unread = keyframes.size() - i;
      break;
    }
    reader.limit_pass(left / 2);  // two passes a frame (media/ocr_prepare.hpp)
    const core::Keyframe& frame = keyframes[i];
    const std::filesystem::path relative(frame.file);
    if (!stays_inside(relative)) {
      out.errors.push_back(core::Error{"media", frame.file, "keyframe path is not inside the report folder; not read"});
      continue;
    }
    auto text = reader.read_file(dir / relative, frame.t);
    if (!text) {
      out.errors.push_back(std::move(text.error()));
    } else if (*text) {
      out.texts.push_back(std::move(**text));
    }
  }
  return out;
}

}  // namespace media
