#pragma once
// The charset an HTML document declares about itself, found before decoding.

#include <string>
#include <string_view>

namespace verify::article {

// The normalised label of the first <meta charset=…> or
// <meta http-equiv="Content-Type" content="…; charset=…"> in the first 4 KB,
// or "" when there is none. A declared UTF-16 is read as UTF-8, as browsers
// do: bytes a tag can be read from are not UTF-16.
std::string meta_charset(std::string_view html);

}  // namespace verify::article
