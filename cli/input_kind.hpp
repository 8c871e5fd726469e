#pragma once
// Whether a command's input names a web address rather than a file.

#include <string_view>

namespace cli {

// http:// or https://: read through the guarded client.
inline bool is_url(std::string_view input) { return input.starts_with("http://") || input.starts_with("https://"); }

}  // namespace cli
