#pragma once
// The media stage's settings from the config, shared by `verify` and `media`.

#include <filesystem>

#include "media/media_stage.hpp"

namespace verify::gazetteer {
class Gazetteer;
}

namespace cli {

// `gazetteer` may be null (no index): files then get no location_place.
// It must outlive the settings.
media::MediaStageSettings media_settings(const core::Config& config, const std::filesystem::path& out,
                                         const verify::gazetteer::Gazetteer* gazetteer, bool ocr);

}  // namespace cli
