#include "media/image_metadata.hpp"

#include <exiv2/exiv2.hpp>
#include <libheif/heif.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <memory>
#include <mutex>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include "media/exif_reader.hpp"
#include "media/heif_handles.hpp"
#include "media/xmp_reader.hpp"

namespace media {
namespace {

using Bytes = std::vector<unsigned char>;

constexpr std::size_t k_max_message = 200;           // bytes of an exception's message kept in a problem
constexpr std::size_t k_max_xmp_packet = 16u << 20;
constexpr std::size_t k_max_heif_block = 16u << 20;
constexpr int k_max_heif_blocks = 64;
constexpr std::size_t k_max_ftyp_brands = 64;

// ------------------------------------------------------------------ libraries

// Exiv2's XMP toolkit is not thread-safe by itself; with this lock files can be read in parallel.
void lock_xmp_toolkit(void* mutex, bool lock) {
  auto* m = static_cast<std::recursive_mutex*>(mutex);
  if (lock) {
    m->lock();
  } else {
    m->unlock();
  }
}

struct Exiv2Setup {
  bool reads_bmff = false;  // this Exiv2 was built with HEIF (BMFF) support, which is off until enabled
};

// Once per process: mute Exiv2's log (it writes warnings about damaged files to stderr; they become problems or
// nothing here), start the XMP toolkit with a lock, and switch on BMFF where it was built in. libheif needs no
// heif_init() for reading metadata: that only loads codec plugins.
const Exiv2Setup& exiv2_setup() {
  static Exiv2Setup setup;
  static std::once_flag once;
  std::call_once(once, [] {
    Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
    static std::recursive_mutex xmp_mutex;
    Exiv2::XmpParser::initialize(lock_xmp_toolkit, &xmp_mutex);
#if EXIV2_TEST_VERSION(0, 27, 4)
    setup.reads_bmff = Exiv2::enableBMFF(true);
#endif
  });
  return setup;
}

// The message of the exception being handled, cut short: Exiv2's can quote the file.
std::string current_failure() {
  std::string text;
  try {
    throw;
  } catch (const std::exception& e) {
    text = e.what();
  } catch (...) {
    text = "unknown error";
  }
  if (text.size() > k_max_message) text.resize(k_max_message);
  return text;
}

// ------------------------------------------------------------------ bytes

std::uint32_t be32(const unsigned char* p) {
  return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | p[3];
}

bool has_at(const Bytes& bytes, std::size_t at, std::string_view magic) {
  return bytes.size() >= at + magic.size() && std::memcmp(bytes.data() + at, magic.data(), magic.size()) == 0;
}

// The whole file; nullopt when it cannot be read, is empty or is larger than max_bytes.
std::optional<Bytes> read_bounded(const std::filesystem::path& file, std::size_t max_bytes) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error)) return std::nullopt;
  const std::uintmax_t size = std::filesystem::file_size(file, error);
  if (error || size == 0 || size > max_bytes) return std::nullopt;
  Bytes bytes(static_cast<std::size_t>(size));
  std::ifstream in(file, std::ios::binary);
  in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size));
  if (static_cast<std::uintmax_t>(in.gcount()) != size) return std::nullopt;
  return bytes;
}

// HEIF and AVIF name a brand of theirs in the ftyp box, as its major brand or a compatible one (CR3 and MP4 do not).
bool is_heif(const Bytes& bytes) {
  if (!has_at(bytes, 4, "ftyp")) return false;
  constexpr std::array<std::string_view, 12> k_brands = {"heic", "heix", "heim", "heis", "hevc", "hevx",
                                                         "hevm", "hevs", "mif1", "msf1", "avif", "avis"};
  const std::size_t box_end = std::min<std::size_t>(be32(bytes.data()), bytes.size());
  for (std::size_t at = 8; at + 4 <= box_end && at < 16 + 4 * k_max_ftyp_brands; at += 4) {
    if (at == 12) continue;  // the minor version
    const std::string_view brand(reinterpret_cast<const char*>(bytes.data() + at), 4);
    if (std::find(k_brands.begin(), k_brands.end(), brand) != k_brands.end()) return true;
  }
  return false;
}

// Only these formats are handed to Exiv2, which would also parse raw, PSD, EPS and more.
std::string container_of(const Bytes& bytes) {
  if (has_at(bytes, 0, "\xFF\xD8")) return "jpeg";
  if (has_at(bytes, 0, "\x89PNG\r\n\x1a\n")) return "png";
  if (has_at(bytes, 0, "RIFF") && has_at(bytes, 8, "WEBP")) return "webp";
  if (has_at(bytes, 0, std::string_view("II*\0", 4)) || has_at(bytes, 0, std::string_view("MM\0*", 4))) return "tiff";
  if (is_heif(bytes)) return "heif";
  return {};
}

// ------------------------------------------------------------------ EXIF, then XMP where EXIF lacks

std::optional<ImageMetadata> metadata_of(const Exiv2::ExifData& exif, const Exiv2::XmpData& xmp, std::string container,
                                         const std::vector<std::string>& problems) {
  ImageMetadata metadata;
  metadata.container = std::move(container);
  metadata.exif.problems = problems;
  try {
    exif_xmp::read_exif_facts(exif, metadata.exif);
    exif_xmp::read_xmp_fields(xmp, metadata);
    exif_xmp::read_xmp_times(xmp, metadata.xmp);
    if (!metadata.exif.lat) exif_xmp::read_xmp_position(xmp, metadata.exif);
    if (!metadata.exif.gps_time) exif_xmp::read_xmp_gps_time(xmp, metadata.exif);
  } catch (...) {
    metadata.exif.problems.push_back("metadata read only in part: " + current_failure());
  }
  if (metadata.exif.fields.empty() && metadata.xmp_fields.empty()) return std::nullopt;
  return metadata;
}

// A failure to open is no supported image; a failure while reading keeps what was read before it.
std::optional<ImageMetadata> read_with_exiv2(const Bytes& bytes, const std::string& container) {
  try {
    auto image = Exiv2::ImageFactory::open(bytes.data(), static_cast<long>(bytes.size()));
    if (!image.get()) return std::nullopt;
    std::vector<std::string> problems;
    try {
      image->readMetadata();
    } catch (...) {
      problems.push_back("metadata is damaged: " + current_failure());
    }
    return metadata_of(image->exifData(), image->xmpData(), container, problems);
  } catch (...) {
    return std::nullopt;
  }
}

// ------------------------------------------------------------------ HEIF through libheif

struct HeifBlocks {
  Bytes exif_tiff;
  std::string xmp;
  std::vector<std::string> problems;
};

// An "Exif" block starts with the offset of the TIFF header counted from the end of those four bytes; some writers
// leave it at zero in front of "Exif\0\0".
std::optional<Bytes> tiff_of_exif_block(const Bytes& block) {
  if (block.size() < 4) return std::nullopt;
  std::size_t start = 4 + std::size_t{be32(block.data())};
  if (start == 4 && has_at(block, 4, std::string_view("Exif\0\0", 6))) start += 6;
  if (start + 8 > block.size()) return std::nullopt;  // room for a TIFF header at least
  return Bytes(block.begin() + static_cast<std::ptrdiff_t>(start), block.end());
}

void read_heif_block(const heif_image_handle* handle, heif_item_id id, HeifBlocks& blocks) {
  const char* type = heif_image_handle_get_metadata_type(handle, id);
  const char* content_type = heif_image_handle_get_metadata_content_type(handle, id);
  const bool is_exif = type && std::string_view(type) == "Exif";
  const bool is_xmp = type && std::string_view(type) == "mime" && content_type &&
                      std::string_view(content_type) == "application/rdf+xml";
  if (!is_exif && !is_xmp) return;
  const std::size_t size = heif_image_handle_get_metadata_size(handle, id);
  if (size == 0 || size > k_max_heif_block) {
    blocks.problems.push_back(std::string(type) + " block of " + std::to_string(size) + " bytes left out");
    return;
  }
  Bytes data(size);
  if (heif_image_handle_get_metadata(handle, id, data.data()).code != heif_error_Ok) {
    blocks.problems.push_back(std::string(type) + " block cannot be read");
    return;
  }
  if (is_xmp) {
    if (blocks.xmp.empty()) blocks.xmp.assign(data.begin(), data.end());
    return;
  }
  if (!blocks.exif_tiff.empty()) return;  // the first Exif block counts
  if (auto tiff = tiff_of_exif_block(data)) {
    blocks.exif_tiff = std::move(*tiff);
  } else {
    blocks.problems.push_back("Exif block's TIFF header offset points past its end");
  }
}

// The metadata blocks of the primary image; the file is parsed, no picture decoded.
std::optional<HeifBlocks> heif_blocks(const Bytes& bytes) {
  std::unique_ptr<heif_context, HeifContextFree> context(heif_context_alloc());
  if (!context) return std::nullopt;
  const heif_error parsed =
      heif_context_read_from_memory_without_copy(context.get(), bytes.data(), bytes.size(), nullptr);
  if (parsed.code != heif_error_Ok) return std::nullopt;
  heif_image_handle* primary = nullptr;
  const heif_error found = heif_context_get_primary_image_handle(context.get(), &primary);
  if (found.code != heif_error_Ok || !primary) return std::nullopt;
  const std::unique_ptr<heif_image_handle, HeifHandleFree> handle(primary);
  std::array<heif_item_id, k_max_heif_blocks> ids{};
  const int count =
      heif_image_handle_get_list_of_metadata_block_IDs(handle.get(), nullptr, ids.data(), k_max_heif_blocks);
  HeifBlocks blocks;
  for (int i = 0; i < count && i < k_max_heif_blocks; ++i) {
    read_heif_block(handle.get(), ids[static_cast<std::size_t>(i)], blocks);
  }
  return blocks;
}

std::optional<ImageMetadata> read_with_libheif(const Bytes& bytes) {
  try {
    auto blocks = heif_blocks(bytes);
    if (!blocks) return std::nullopt;
    Exiv2::ExifData exif;
    Exiv2::XmpData xmp;
    if (!blocks->exif_tiff.empty()) {
      try {
        Exiv2::ExifParser::decode(exif, blocks->exif_tiff.data(), static_cast<std::uint32_t>(blocks->exif_tiff.size()));
      } catch (...) {
        blocks->problems.push_back("Exif block is damaged: " + current_failure());
      }
    }
    if (!blocks->xmp.empty() && Exiv2::XmpParser::decode(xmp, blocks->xmp) != 0) {
      blocks->problems.push_back("XMP block does not parse");
    }
    return metadata_of(exif, xmp, "heif", blocks->problems);
  } catch (...) {
    return std::nullopt;
  }
}

// Writers pad XMP packets with NULs and blanks so they can be rewritten in place.
std::string without_padding(std::string packet) {
  while (!packet.empty() && (packet.back() == '\0' || std::isspace(static_cast<unsigned char>(packet.back())))) {
    packet.pop_back();
  }
  return packet;
}

}  // namespace

std::optional<ImageMetadata> read_image_metadata(const std::filesystem::path& file, std::size_t max_bytes) {
  try {
    const auto bytes = read_bounded(file, max_bytes);
    if (!bytes) return std::nullopt;
    const std::string container = container_of(*bytes);
    if (container.empty()) return std::nullopt;
    const Exiv2Setup& setup = exiv2_setup();
    if (container != "heif") return read_with_exiv2(*bytes, container);
    if (setup.reads_bmff) {
      if (auto metadata = read_with_exiv2(*bytes, container)) return metadata;
    }
    return read_with_libheif(*bytes);
  } catch (...) {
    return std::nullopt;  // out of memory, or a filesystem error
  }
}

std::optional<ImageMetadata> read_heif_metadata_with_libheif(const std::filesystem::path& file, std::size_t max_bytes) {
  try {
    const auto bytes = read_bounded(file, max_bytes);
    if (!bytes || container_of(*bytes) != "heif") return std::nullopt;
    exiv2_setup();
    return read_with_libheif(*bytes);
  } catch (...) {
    return std::nullopt;
  }
}

std::optional<ImageMetadata> read_xmp_packet(const std::string& packet) {
  if (packet.empty() || packet.size() > k_max_xmp_packet) return std::nullopt;
  try {
    exiv2_setup();
    Exiv2::XmpData xmp;
    if (Exiv2::XmpParser::decode(xmp, without_padding(packet)) != 0 || xmp.empty()) return std::nullopt;
    return metadata_of(Exiv2::ExifData(), xmp, "xmp", {});
  } catch (...) {
    return std::nullopt;
  }
}

}  // namespace media
