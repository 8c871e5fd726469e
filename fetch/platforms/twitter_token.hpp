#pragma once
// The token the Twitter/X embed widget sends to the syndication endpoint
// (tweet-result?id=ID&token=TOKEN). Without it the endpoint answers "{}".
// The widget computes, in JavaScript:
//   ((Number(id) / 1e15) * Math.PI).toString(36).replace(/(0+|\.)/g, '')
// so this reproduces IEEE double arithmetic and V8's Number#toString(radix)
// digit for digit.

#include <optional>
#include <string>
#include <string_view>

namespace fetch::twitter {

// nullopt when `id` is not a decimal post id.
std::optional<std::string> syndication_token(std::string_view id);

// A finite, non-negative double in base `radix` (2–36) as V8 writes it:
// the shortest digits that read back as the same double.
std::string js_number_to_radix(double value, int radix);

}  // namespace fetch::twitter
