#include "fetch/media_output.hpp"

#include <unistd.h>

#include <cctype>
#include <system_error>

#include "fetch/sha256.hpp"

namespace fetch {
namespace {

std::string lower_alnum(std::string_view text) {
  std::string out;
  for (char ch : text) {
    const auto byte = static_cast<unsigned char>(ch);
    if (!std::isalnum(byte)) return {};
    out += static_cast<char>(std::tolower(byte));
  }
  return out;
}

std::string extension_of_url(const std::string& url) {
  std::string path = url.substr(0, url.find_first_of("?#"));
  const auto slash = path.rfind('/');
  if (slash != std::string::npos) path = path.substr(slash + 1);
  const auto dot = path.rfind('.');
  if (dot == std::string::npos || path.size() - dot > 6) return {};
  return lower_alnum(std::string_view(path).substr(dot + 1));
}

}  // namespace

std::string media_extension(const core::MediaItem& item) {
  const std::string type = item.content_type.substr(0, item.content_type.find(';'));
  if (type == "video/mp4") return "mp4";
  if (type == "image/jpeg") return "jpg";
  if (type == "image/png") return "png";
  if (type == "image/gif") return "gif";
  if (type == "image/webp") return "webp";
  if (type == "video/webm") return "webm";
  std::string from_url = extension_of_url(item.url);
  if (from_url == "jpeg") from_url = "jpg";
  return from_url.empty() ? "bin" : from_url;
}

core::Result<void> place_media(const std::filesystem::path& blob, const std::string& sha256,
                               const std::filesystem::path& target) {
  std::error_code ec;
  std::filesystem::create_directories(target.parent_path(), ec);
  if (ec) return core::fail("fetch", target.parent_path().string(), "cannot create the folder: " + ec.message());
  std::filesystem::path temp = target;
  temp += "." + std::to_string(::getpid()) + ".part";
  std::filesystem::copy_file(blob, temp, std::filesystem::copy_options::overwrite_existing, ec);
  if (ec) {
    std::error_code ignored;
    std::filesystem::remove(temp, ignored);
    return core::fail("fetch", blob.string(), "cannot copy the cached media: " + ec.message());
  }
  // The copy is what the report cites: check it, not only the blob.
  auto digest = sha256_file(temp);
  if (!digest || digest->sha256 != sha256) {
    std::filesystem::remove(temp, ec);
    if (!digest) return tl::unexpected(digest.error());
    return core::fail("fetch", blob.string(),
                      "the cached media's SHA-256 is " + digest->sha256 + ", not the " + sha256 +
                          " its custody record names (altered after it was stored)");
  }
  std::filesystem::rename(temp, target, ec);
  if (ec) {
    std::error_code ignored;
    std::filesystem::remove(temp, ignored);
    return core::fail("fetch", target.string(), "cannot move the media into place: " + ec.message());
  }
  return {};
}

}  // namespace fetch
