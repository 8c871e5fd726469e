#include "media/heif_picture.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <system_error>
#include <vector>

#include "media/heif_handles.hpp"

namespace media {
namespace {

core::Result<HeifPicture> refuse(const std::filesystem::path& file, std::string why) {
  return core::fail("media", file.string(), std::move(why));
}

std::string heif_text(const heif_error& e) { return e.message && *e.message ? e.message : "libheif error"; }

}  // namespace

bool is_heif_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::uint8_t head[32] = {};
  in.read(reinterpret_cast<char*>(head), sizeof head);
  const auto n = static_cast<int>(in.gcount());
  if (n < 12) return false;
  const heif_filetype_result kind = heif_check_filetype(head, n);
  return kind == heif_filetype_yes_supported || kind == heif_filetype_maybe;
}

core::Result<HeifPicture> read_heif_picture(const std::filesystem::path& file, std::uint64_t max_pixels,
                                            std::uintmax_t max_bytes) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(file, ec);
  if (ec) return refuse(file, "cannot read: " + ec.message());
  if (size > max_bytes) return refuse(file, fmt::format("HEIF file of {} bytes is over the {} MiB read", size, max_bytes >> 20));
  std::vector<char> bytes(size);
  std::ifstream in(file, std::ios::binary);
  if (!in.read(bytes.data(), static_cast<std::streamsize>(size))) return refuse(file, "cannot read the file");

  HeifContextPtr context(heif_context_alloc());
  if (!context) return refuse(file, "out of memory");
  heif_context_set_maximum_image_size_limit(context.get(), 1 << 16);
  if (auto e = heif_context_read_from_memory_without_copy(context.get(), bytes.data(), bytes.size(), nullptr); e.code) {
    return refuse(file, "not a readable HEIF file: " + heif_text(e));
  }
  heif_image_handle* raw_handle = nullptr;
  if (auto e = heif_context_get_primary_image_handle(context.get(), &raw_handle); e.code) {
    return refuse(file, "no primary image: " + heif_text(e));
  }
  HeifHandlePtr handle(raw_handle);
  const int width = heif_image_handle_get_width(handle.get());
  const int height = heif_image_handle_get_height(handle.get());
  if (width <= 0 || height <= 0 || static_cast<std::uint64_t>(width) * static_cast<std::uint64_t>(height) > max_pixels) {
    return refuse(file, fmt::format("the image declares {}x{}, over limits.frame_pixels ({} pixels)", width, height, max_pixels));
  }
  heif_image* raw_image = nullptr;
  if (auto e = heif_decode_image(handle.get(), &raw_image, heif_colorspace_RGB, heif_chroma_interleaved_RGB, nullptr); e.code) {
    return refuse(file, "cannot decode the image: " + heif_text(e));
  }
  HeifImagePtr image(raw_image);
  int stride = 0;
  const std::uint8_t* rgb = heif_image_get_plane_readonly(image.get(), heif_channel_interleaved, &stride);
  const int shown_w = heif_image_get_width(image.get(), heif_channel_interleaved);
  const int shown_h = heif_image_get_height(image.get(), heif_channel_interleaved);
  auto pixels = BgrFrame::allocate(shown_w, shown_h);
  if (!rgb || !pixels) return refuse(file, "cannot decode the image: no picture");
  for (int y = 0; y < shown_h; ++y) {  // RGB to BGR, row by row
    const std::uint8_t* from = rgb + static_cast<std::ptrdiff_t>(y) * stride;
    std::uint8_t* to = pixels->data() + static_cast<std::ptrdiff_t>(y) * pixels->stride();
    for (int x = 0; x < shown_w; ++x) {
      to[3 * x] = from[3 * x + 2];
      to[3 * x + 1] = from[3 * x + 1];
      to[3 * x + 2] = from[3 * x];
    }
  }
  const bool avif = heif_read_main_brand(reinterpret_cast<const std::uint8_t*>(bytes.data()), static_cast<int>(std::min<std::size_t>(bytes.size(), 64))) ==
                    heif_fourcc('a', 'v', 'i', 'f');
  return HeifPicture{std::move(pixels), width, height, avif ? "av1" : "hevc"};
}

}  // namespace media
