// Finding the EXIF payload of a JPEG, PNG or WebP file, within fixed bounds:
// a damaged or hostile file can make us skip, never loop or allocate much.
#include <cstdint>
#include <cstring>
#include <fstream>

#include "media/exif_tags.hpp"

namespace media {
namespace {

constexpr std::size_t k_max_payload = 1u << 20;  // EXIF in PNG/WebP; JPEG's APP1 is below 64 KiB anyway
constexpr int k_max_blocks = 1024;               // segments or chunks looked at before giving up

using Bytes = std::vector<unsigned char>;

bool read_exact(std::ifstream& in, unsigned char* out, std::size_t n) {
  in.read(reinterpret_cast<char*>(out), static_cast<std::streamsize>(n));
  return static_cast<std::size_t>(in.gcount()) == n;
}

std::optional<Bytes> read_block(std::ifstream& in, std::size_t n) {
  if (n > k_max_payload) return std::nullopt;
  Bytes data(n);
  if (!read_exact(in, data.data(), n)) return std::nullopt;
  return data;
}

std::uint32_t be32(const unsigned char* p) { return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | p[3]; }
std::uint32_t le32(const unsigned char* p) { return std::uint32_t(p[3]) << 24 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[1]) << 8 | p[0]; }

// JPEG: markers up to the start of scan; the APP1 segment that begins "Exif\0\0".
std::optional<Bytes> jpeg_exif(std::ifstream& in) {
  for (int i = 0; i < k_max_blocks; ++i) {
    unsigned char marker[2];
    if (!read_exact(in, marker, 2) || marker[0] != 0xFF) return std::nullopt;
    if (marker[1] == 0xFF) {  // fill byte: the marker is the next byte
      in.seekg(-1, std::ios::cur);
      continue;
    }
    if (marker[1] == 0xD9 || marker[1] == 0xDA) return std::nullopt;  // end of image, start of scan
    if ((marker[1] >= 0xD0 && marker[1] <= 0xD7) || marker[1] == 0x01) continue;  // no length
    unsigned char length[2];
    if (!read_exact(in, length, 2)) return std::nullopt;
    const std::size_t n = (std::size_t(length[0]) << 8 | length[1]);
    if (n < 2) return std::nullopt;
    if (marker[1] == 0xE1 && n >= 8) {
      auto data = read_block(in, n - 2);
      if (!data) return std::nullopt;
      if (std::memcmp(data->data(), "Exif\0\0", 6) == 0) return data;
      continue;  // XMP also lives in APP1
    }
    in.seekg(static_cast<std::streamoff>(n - 2), std::ios::cur);
  }
  return std::nullopt;
}

// PNG: chunks after the signature; eXIf holds the TIFF data.
std::optional<Bytes> png_exif(std::ifstream& in) {
  for (int i = 0; i < k_max_blocks; ++i) {
    unsigned char head[8];
    if (!read_exact(in, head, 8)) return std::nullopt;
    const std::uint32_t n = be32(head);
    if (std::memcmp(head + 4, "eXIf", 4) == 0) return read_block(in, n);
    if (std::memcmp(head + 4, "IEND", 4) == 0 || n > 0x7fffffffu) return std::nullopt;
    in.seekg(static_cast<std::streamoff>(n) + 4, std::ios::cur);  // data and CRC
  }
  return std::nullopt;
}

// WebP: RIFF chunks after "RIFF size WEBP"; EXIF holds the TIFF data (some writers keep "Exif\0\0").
std::optional<Bytes> webp_exif(std::ifstream& in) {
  for (int i = 0; i < k_max_blocks; ++i) {
    unsigned char head[8];
    if (!read_exact(in, head, 8)) return std::nullopt;
    const std::uint32_t n = le32(head + 4);
    if (std::memcmp(head, "EXIF", 4) == 0) return read_block(in, n);
    if (n > 0x7fffffffu) return std::nullopt;
    in.seekg(static_cast<std::streamoff>(n + (n & 1)), std::ios::cur);  // chunks are padded to even sizes
  }
  return std::nullopt;
}

}  // namespace

std::optional<ExifFacts> read_exif(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  unsigned char magic[12] = {};
  if (!in || !read_exact(in, magic, sizeof magic)) return std::nullopt;
  std::optional<Bytes> payload;
  if (magic[0] == 0xFF && magic[1] == 0xD8) {
    in.seekg(2);
    payload = jpeg_exif(in);
  } else if (std::memcmp(magic, "\x89PNG\r\n\x1a\n", 8) == 0) {
    in.seekg(8);
    payload = png_exif(in);
  } else if (std::memcmp(magic, "RIFF", 4) == 0 && std::memcmp(magic + 8, "WEBP", 4) == 0) {
    payload = webp_exif(in);
  }
  if (!payload || payload->empty()) return std::nullopt;
  return exif_facts(payload->data(), payload->size());
}

}  // namespace media
