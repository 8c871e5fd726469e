#pragma once
#include <string>

namespace fetch {

// "libcurl 7.88.1 (OpenSSL/3.0.x)": recorded in reports so a result can be repeated.
std::string library_version();

}  // namespace fetch
