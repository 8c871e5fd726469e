#pragma once
// Name tables for the Case's enums, shared by name_of() and the JSON reader.

#include <array>
#include <optional>
#include <string_view>
#include <utility>

#include "core/case.hpp"

namespace core {

template <class Enum, std::size_t N>
using NameTable = std::array<std::pair<Enum, const char*>, N>;

inline constexpr NameTable<InputKind, 3> k_input_kind_names{{
    {InputKind::text, "text"}, {InputKind::html, "html"}, {InputKind::markdown, "markdown"}}};

inline constexpr NameTable<Platform, 9> k_platform_names{{
    {Platform::twitter, "twitter"}, {Platform::youtube, "youtube"}, {Platform::tiktok, "tiktok"},
    {Platform::instagram, "instagram"}, {Platform::facebook, "facebook"}, {Platform::telegram, "telegram"},
    {Platform::bluesky, "bluesky"}, {Platform::reddit, "reddit"}, {Platform::vimeo, "vimeo"}}};

inline constexpr NameTable<IdTimeStrength, 2> k_strength_names{{
    {IdTimeStrength::strong, "strong"}, {IdTimeStrength::weak, "weak"}}};

inline constexpr NameTable<PostStatus, 6> k_post_status_names{{
    {PostStatus::ok, "ok"}, {PostStatus::deleted, "deleted"}, {PostStatus::not_found, "not_found"},
    {PostStatus::withheld, "withheld"}, {PostStatus::restricted, "restricted"}, {PostStatus::error, "error"}}};

inline constexpr NameTable<ClaimKind, 4> k_claim_kind_names{{
    {ClaimKind::time, "time"}, {ClaimKind::place, "place"}, {ClaimKind::source, "source"},
    {ClaimKind::count, "count"}}};

inline constexpr NameTable<PlaceType, 5> k_place_type_names{{{PlaceType::place, "place"},
                                                               {PlaceType::region, "region"},
                                                               {PlaceType::country, "country"},
                                                               {PlaceType::district, "district"},
                                                               {PlaceType::world_region, "world_region"}}};

inline constexpr NameTable<Verdict, 3> k_verdict_names{{
    {Verdict::consistent, "consistent"}, {Verdict::inconsistent, "inconsistent"},
    {Verdict::unverifiable, "unverifiable"}}};

template <class Enum, std::size_t N>
constexpr const char* lookup_name(const NameTable<Enum, N>& table, Enum value) {
  for (const auto& [key, name] : table) {
    if (key == value) return name;
  }
  return "?";
}

template <class Enum, std::size_t N>
constexpr std::optional<Enum> lookup_value(const NameTable<Enum, N>& table, std::string_view name) {
  for (const auto& [key, text] : table) {
    if (name == text) return key;
  }
  return std::nullopt;
}

}  // namespace core
