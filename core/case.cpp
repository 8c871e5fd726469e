#include "core/case.hpp"

#include "core/case_names.hpp"

namespace core {

const std::string& MarkupElement::attribute(std::string_view name) const {
  static const std::string k_empty;
  for (const auto& [key, value] : attributes) {
    if (key == name) return value;
  }
  return k_empty;
}

bool MarkupElement::has_class(std::string_view name) const {
  std::string_view classes = attribute("class");
  while (!classes.empty()) {
    const auto space = classes.find_first_of(" \t\n\r\f");
    if (classes.substr(0, space) == name) return true;
    if (space == std::string_view::npos) break;
    classes.remove_prefix(space + 1);
  }
  return false;
}

const char* name_of(InputKind kind) { return lookup_name(k_input_kind_names, kind); }
const char* name_of(Platform platform) { return lookup_name(k_platform_names, platform); }
const char* name_of(IdTimeStrength strength) { return lookup_name(k_strength_names, strength); }
const char* name_of(PostStatus status) { return lookup_name(k_post_status_names, status); }
const char* name_of(ClaimKind kind) { return lookup_name(k_claim_kind_names, kind); }
const char* name_of(PlaceType type) { return lookup_name(k_place_type_names, type); }
const char* name_of(Verdict verdict) { return lookup_name(k_verdict_names, verdict); }

std::string platform_label(Platform platform) {
  switch (platform) {
    case Platform::twitter: return "Twitter/X";
    case Platform::youtube: return "YouTube";
    case Platform::tiktok: return "TikTok";
    default: break;
  }
  std::string name = name_of(platform);
  if (!name.empty() && name[0] >= 'a' && name[0] <= 'z') name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

std::optional<Platform> platform_from_name(std::string_view name) {
  return lookup_value(k_platform_names, name);
}

}  // namespace core
