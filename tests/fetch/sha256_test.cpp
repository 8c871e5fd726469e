#include <gtest/gtest.h>

#include <fstream>

#include "fetch/sha256.hpp"
#include "tests/support/paths.hpp"

namespace {

TEST(Sha256, KnownVectors) {
  // FIPS 180-2 examples.
  EXPECT_EQ(fetch::sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(fetch::sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256, StreamingEqualsOneShot) {
  const std::string text = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
  fetch::Sha256 hash;
  for (char ch : text) hash.update(std::string_view(&ch, 1));
  EXPECT_EQ(hash.hex_digest(), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  // After a digest the object starts afresh.
  hash.update("abc");
  EXPECT_EQ(hash.hex_digest(), fetch::sha256_hex("abc"));
}

TEST(Sha256, FileInChunks) {
  const auto dir = testing_support::temp_dir("sha256");
  std::string big;
  for (int i = 0; i < 200'000; ++i) big += static_cast<char>('a' + i % 26);
  std::ofstream(dir / "big.bin", std::ios::binary) << big;
  auto digest = fetch::sha256_file(dir / "big.bin");
  ASSERT_TRUE(digest) << digest.error().message;
  EXPECT_EQ(digest->sha256, fetch::sha256_hex(big));
  EXPECT_EQ(digest->size, big.size());
  auto missing = fetch::sha256_file(dir / "missing.bin");
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().input.find("missing.bin"), std::string::npos);
}

TEST(Sha256, RecognisesDigests) {
  EXPECT_TRUE(fetch::is_sha256_hex(fetch::sha256_hex("x")));
  EXPECT_FALSE(fetch::is_sha256_hex("../../etc/passwd"));
  EXPECT_FALSE(fetch::is_sha256_hex(std::string(64, 'A')));
  EXPECT_FALSE(fetch::is_sha256_hex(std::string(63, 'a')));
}

}  // namespace
