#include "verify/checks/registry.hpp"

#include <array>
#include <exception>

#include "verify/checks/attribution.hpp"
#include "verify/checks/daylight.hpp"
#include "verify/checks/embed_date.hpp"
#include "verify/checks/media_place.hpp"
#include "verify/checks/media_time.hpp"
#include "verify/checks/onscreen_text.hpp"
#include "verify/checks/place_in_region.hpp"
#include "verify/checks/post_vs_article.hpp"
#include "verify/checks/route.hpp"

namespace verify {
namespace {

constexpr std::array k_check_kinds{
    CheckKind{"embed-date", &check_embed_date},
    CheckKind{"post-vs-article", &check_post_vs_article},
    CheckKind{"attribution", &check_attribution},
    CheckKind{"place-in-region", &check_place_in_region},
    CheckKind{"route", &check_route},
    CheckKind{"media-time", &check_media_time},
    CheckKind{"media-place", &check_media_place},
    CheckKind{"daylight", &check_daylight},
    CheckKind{"onscreen-text", &check_onscreen_text},
};

}  // namespace

std::span<const CheckKind> check_kinds() { return k_check_kinds; }

void run_checks(core::Case& c) {
  for (const auto& kind : k_check_kinds) {
    try {
      auto found = kind.run(c);
      c.checks.insert(c.checks.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    } catch (const std::exception& e) {
      // A bug in one check must not cost the report: record it and go on.
      c.add_error("checks", kind.name, std::string("check failed: ") + e.what());
    }
  }
}

}  // namespace verify
