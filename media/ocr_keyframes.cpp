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
                              const std::filesystem::path& dir) {
  OcrOfKeyframes out;
  for (const auto& frame : keyframes) {
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
