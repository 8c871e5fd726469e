#include "fetch/versions.hpp"

#include <curl/curl.h>

namespace fetch {

std::string library_version() {
  const curl_version_info_data* info = curl_version_info(CURLVERSION_NOW);
  std::string text = std::string("libcurl ") + info->version;
  if (info->ssl_version) text += std::string(" (") + info->ssl_version + ")";
  return text;
}

}  // namespace fetch
