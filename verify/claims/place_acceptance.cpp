#include "verify/claims/place_acceptance.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <string>

#include "verify/claims/world_regions.hpp"

namespace verify::claims::resolve {
namespace {

// Before any choice: whether some entity `l`'s name may denote holds some
// entity the name before it may denote ("Paris" has a namesake in France;
// "Kyiv" has none in Russia).
bool may_hold(const Lookup& container, const Lookup& before) {
  if (!container.abbreviations.empty()) return true;  // checked against the place before it where they are read
  auto holds = [&](const std::string& country, const std::string& admin1, const std::string& admin2) {
    if (container.country && container.country->iso2 == country) return true;
    if (container.world_region != nullptr &&
        std::find(container.world_region->countries.begin(), container.world_region->countries.end(), country) !=
            container.world_region->countries.end()) {
      return true;
    }
    for (const auto& r : container.regions) {
      if (r.match != gz::MatchKind::skeleton && r.region.code == admin1) return true;
    }
    for (const auto& d : container.districts) {
      if (!admin2.empty() && d.code == admin2) return true;
    }
    return false;
  };
  for (const auto& c : before.places) {
    if (holds(c.place.country, c.place.admin1_code, c.place.admin2_code)) return true;
  }
  for (const auto& d : before.districts) {
    if (holds(d.country, d.admin1_code, {})) return true;
  }
  for (const auto& r : before.regions) {
    if (holds(r.region.country, {}, {})) return true;
  }
  return false;
}

}  // namespace

// Whether the words put `l` right after `previous`, a comma between: "Paris, France".
bool right_after(const Looked& previous, const Looked& l) {
  return l.mention->first == previous.mention->claim_last + 2 && l.sentence == previous.sentence;
}

// Which mentions may guide the others' choices: not a guess (a name in an
// unframed list or pair, a name joined to bi-), and a tentative container
// only when it may hold the name before it.
void mark_context(std::vector<Looked>& looked) {
  for (std::size_t i = 0; i < looked.size(); ++i) {
    Looked& l = looked[i];
    const PlaceMention& m = *l.mention;
    l.context = m.unframed_list == 0 && !m.needs_container && !m.attached;
    if (m.tentative) {
      l.context = i > 0 && right_after(looked[i - 1], l) && may_hold(*l.found, *looked[i - 1].found);
    }
  }
}

// Whether `inner`, as resolved, lies in `outer`: Paris in France, Rockville in Maryland.
bool lies_in(const core::Place& outer, const core::Place& inner) {
  using core::PlaceType;
  if (inner.type == PlaceType::country || inner.type == PlaceType::world_region) return false;
  switch (outer.type) {
    case PlaceType::world_region:
      return std::find(outer.countries.begin(), outer.countries.end(), inner.country) != outer.countries.end();
    case PlaceType::country: return outer.country == inner.country;
    case PlaceType::region: return inner.type != PlaceType::region && outer.admin1_code == inner.admin1_code;
    case PlaceType::district: return inner.type == PlaceType::place && outer.admin2_code == inner.admin2_code;
    case PlaceType::place: break;
  }
  return false;
}

// "in Stroud, Ontario, Canada.": a small place the gazetteer puts outside
// the container the article writes after it is doubtful; an unlisted
// namesake there may be meant. A known city ("Mariupol, in Kharkiv
// Oblast") is the article's error to show, not a doubt.
void doubt_outside_container(Looked& place, const Looked& container) {
  const PlaceMention& m = *container.mention;
  if (!place.chosen || !container.chosen || !place.doubt.empty() || m.tentative || m.frame != PlaceFrame::containing ||
      m.first != place.mention->claim_last + 2) {
    return;
  }
  const core::Place& p = *place.chosen;
  if (p.type != core::PlaceType::place || p.match == "alias" || p.population >= k_known_city ||
      lies_in(*container.chosen, p)) {
    return;
  }
  place.doubt = fmt::format("the article puts it in {}, which does not hold {} ({}); a place of this name there "
                            "that the gazetteer does not list may be meant",
                            container.chosen->name, p.name, p.country_name.empty() ? p.country : p.country_name);
}

// An unframed list ("Benin, Ghana, Niger and Togo") is a list of places when
// more than half its names resolve with no doubt, and those agree: all
// countries (or world regions), or all in one country. "Obama, Clinton and
// Bush" is not (a town in Japan, a doubtful Clinton, a village in Egypt); nor
// is "Washington, Moscow and Beijing", which names governments. Its doubtful
// names are left out. The groups kept.
std::set<std::size_t> unframed_lists_kept(const std::vector<Looked>& looked) {
  struct Tally {
    std::size_t sure = 0, all = 0;
    std::set<std::string> countries;  // of the places, regions and districts
    bool nations = false;             // a country or world region among them
  };
  std::map<std::size_t, Tally> tallies;
  for (const Looked& l : looked) {
    if (l.mention->unframed_list == 0) continue;
    Tally& t = tallies[l.mention->unframed_list];
    ++t.all;
    if (!l.chosen || !l.doubt.empty() || l.chosen->match == "skeleton") continue;
    ++t.sure;
    const auto type = l.chosen->type;
    if (type == core::PlaceType::country || type == core::PlaceType::world_region) {
      t.nations = true;
    } else {
      t.countries.insert(l.chosen->country);
    }
  }
  std::set<std::size_t> kept;
  for (const auto& [group, t] : tallies) {
    const bool agree = t.nations ? t.countries.empty() : t.countries.size() == 1;
    if (agree && t.sure * 2 > t.all) kept.insert(group);
  }
  return kept;
}

}  // namespace verify::claims::resolve
