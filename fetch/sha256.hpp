#pragma once
// SHA-256 through OpenSSL's EVP interface, in lowercase hex: the name of every
// blob in the cache and the digest the report cites for every fetched byte.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace fetch {

// Streaming hash: update() as the bytes arrive, then hex_digest() once.
class Sha256 {
public:
  Sha256();
  ~Sha256();
  Sha256(Sha256&&) noexcept;
  Sha256& operator=(Sha256&&) noexcept;
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void update(std::string_view bytes);
  // Finishes the hash: 64 lowercase hex digits. The object then starts afresh.
  std::string hex_digest();

private:
  struct Context;
  std::unique_ptr<Context> m_context;
};

std::string sha256_hex(std::string_view bytes);

// True for exactly 64 lowercase hex digits: the only names blob paths are
// built from, so a digest read from elsewhere cannot point outside the store.
bool is_sha256_hex(std::string_view text);

struct FileDigest {
  std::string sha256;
  std::uint64_t size = 0;
};

// Hashes a file in 64 KiB chunks (files may be far larger than memory).
// The Error (stage "fetch") names the path and the reason.
core::Result<FileDigest> sha256_file(const std::filesystem::path& path);

}  // namespace fetch
