#include "cli/media_settings.hpp"

#include "verify/claims/point_place.hpp"
#include "verify/gazetteer/gazetteer.hpp"

namespace cli {

media::MediaStageSettings media_settings(const core::Config& config, const std::filesystem::path& out,
                                         const verify::gazetteer::Gazetteer* gazetteer, bool ocr) {
  media::MediaStageSettings s;
  s.limits = config.limits;
  s.media = config.media;
  s.media.ocr = s.media.ocr && ocr;
  s.out_dir = out;
  if (gazetteer) {
    s.place_at = [gazetteer](const core::Location& point) { return verify::claims::place_at(*gazetteer, point); };
  }
  return s;
}

}  // namespace cli
