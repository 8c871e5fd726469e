#include "fetch/sha256.hpp"

#include <openssl/evp.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <new>
#include <stdexcept>

namespace fetch {

struct Sha256::Context {
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  ~Context() { EVP_MD_CTX_free(ctx); }
};

namespace {

void start(EVP_MD_CTX* ctx) {
  // Failure here means OpenSSL itself is unusable (no memory, SHA-256 disabled
  // by a provider configuration): nothing a caller could recover from.
  if (!ctx || EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) != 1) throw std::runtime_error("OpenSSL cannot start SHA-256");
}

}  // namespace

Sha256::Sha256() : m_context(std::make_unique<Context>()) {
  if (!m_context->ctx) throw std::bad_alloc();
  start(m_context->ctx);
}

Sha256::~Sha256() = default;
Sha256::Sha256(Sha256&&) noexcept = default;
Sha256& Sha256::operator=(Sha256&&) noexcept = default;

void Sha256::update(std::string_view bytes) {
  if (bytes.empty()) return;
  if (EVP_DigestUpdate(m_context->ctx, bytes.data(), bytes.size()) != 1) throw std::runtime_error("OpenSSL SHA-256 update failed");
}

std::string Sha256::hex_digest() {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_DigestFinal_ex(m_context->ctx, digest, &length) != 1) throw std::runtime_error("OpenSSL SHA-256 final failed");
  static constexpr char k_hex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(length * 2);
  for (unsigned int i = 0; i < length; ++i) {
    hex += k_hex[digest[i] >> 4];
    hex += k_hex[digest[i] & 0x0f];
  }
  start(m_context->ctx);
  return hex;
}

std::string sha256_hex(std::string_view bytes) {
  Sha256 hash;
  hash.update(bytes);
  return hash.hex_digest();
}

bool is_sha256_hex(std::string_view text) {
  if (text.size() != 64) return false;
  for (char ch : text) {
    if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'))) return false;
  }
  return true;
}

core::Result<FileDigest> sha256_file(const std::filesystem::path& path) {
  const std::string name = path.string();
  const int fd = ::open(name.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return core::fail("fetch", name, std::string("cannot open to hash: ") + std::strerror(errno));
  Sha256 hash;
  FileDigest result;
  char buffer[65536];
  while (true) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const std::string reason = std::strerror(errno);
      ::close(fd);
      return core::fail("fetch", name, "cannot read to hash: " + reason);
    }
    if (n == 0) break;
    hash.update(std::string_view(buffer, static_cast<std::size_t>(n)));
    result.size += static_cast<std::uint64_t>(n);
  }
  ::close(fd);
  result.sha256 = hash.hex_digest();
  return result;
}

}  // namespace fetch
