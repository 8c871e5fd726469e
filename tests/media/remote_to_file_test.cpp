// Remote videos made into local files through the gate, against a real
// HTTP server on 127.0.0.1: an HLS playlist remuxed to MP4, one variant of
// a master playlist, a direct MP4 kept byte for byte, and the same files
// again from the cache alone.
#include <gtest/gtest.h>

extern "C" {
#include <libavformat/avformat.h>
}

#include <cmath>

#include "fetch/sha256.hpp"
#include "media/av_input.hpp"
#include "media/hls_to_file.hpp"
#include "media/remote_input.hpp"
#include "media/remote_media.hpp"
#include "tests/media/remote_fixture.hpp"
#include "tests/support/paths.hpp"

namespace {

using media_testing::Gate;
using media_testing::test_limits;
using media_testing::VideoHost;

struct Probed {
  double duration_s = 0;
  int width = 0;
  std::vector<std::string> codecs;
};

Probed probe(const std::filesystem::path& file) {
  auto input = media::AvInput::open_file(file, media::InputLimits{});
  EXPECT_TRUE(input.has_value()) << (input ? "" : input.error().message);
  Probed p;
  if (!input) return p;
  const AVFormatContext* ctx = input->get();
  p.duration_s = static_cast<double>(ctx->duration) / AV_TIME_BASE;
  for (unsigned i = 0; i < ctx->nb_streams; ++i) {
    const AVCodecParameters* par = ctx->streams[i]->codecpar;
    p.codecs.push_back(avcodec_get_name(par->codec_id));
    if (par->codec_type == AVMEDIA_TYPE_VIDEO) p.width = par->width;
  }
  return p;
}

class RemoteToFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = testing_support::temp_dir("remote-to-file");
    host_.start();
  }
  core::Result<fetch::RemoteMediaFile> read(const std::string& path, const std::string& stem,
                                            const media::RemoteLimits& limits = test_limits()) {
    Gate gate(dir_ / "cache", true);
    return media::remote_to_file(host_.url(path), gate.source(), limits, dir_ / "media" / stem);
  }

  VideoHost host_;
  std::filesystem::path dir_;
};

TEST_F(RemoteToFile, AnHlsPlaylistBecomesAnMp4OfTheSameDuration) {
  auto got = read("/hls/good/index.m3u8", "e1-1");
  ASSERT_TRUE(got.has_value()) << got.error().message;
  EXPECT_EQ(got->file, dir_ / "media" / "e1-1.mp4");
  EXPECT_EQ(got->sha256, fetch::sha256_file(got->file)->sha256);
  EXPECT_EQ(got->custody.url, host_.url("/hls/good/index.m3u8"));
  EXPECT_EQ(got->custody.via, "direct");
  const Probed p = probe(got->file);
  EXPECT_NEAR(p.duration_s, 4.0, 0.1);
  EXPECT_EQ(p.width, 320);
  EXPECT_EQ(p.codecs, (std::vector<std::string>{"h264", "aac"}));
  for (const char* seg : {"/hls/good/seg0.ts", "/hls/good/seg1.ts", "/hls/good/seg2.ts", "/hls/good/seg3.ts"}) {
    EXPECT_TRUE(host_.requested(seg)) << seg;
  }
  EXPECT_EQ(media_testing::files_named(dir_ / "media", "e1-1"), std::vector<std::filesystem::path>{got->file});
}

struct VariantCase {
  std::int64_t cap;
  int width;
  const char* kept;  // its second segment is fetched; no other variant's is
};

class MasterPlaylist : public RemoteToFile, public ::testing::WithParamInterface<VariantCase> {};

TEST_P(MasterPlaylist, KeepsTheBestVariantAtOrUnderTheCap) {
  media::RemoteLimits limits = test_limits();
  limits.max_bitrate = GetParam().cap;
  auto got = read("/hls/master.m3u8", "e1-1", limits);
  ASSERT_TRUE(got.has_value()) << got.error().message;
  const Probed p = probe(got->file);
  EXPECT_EQ(p.width, GetParam().width);
  EXPECT_NEAR(p.duration_s, 2.0, 0.1);
  for (const std::string variant : {"low", "mid", "high"}) {
    EXPECT_EQ(host_.requested("/hls/" + variant + "/seg1.ts"), variant == GetParam().kept) << variant;
  }
}

INSTANTIATE_TEST_SUITE_P(Caps, MasterPlaylist,
                         ::testing::Values(VariantCase{2'500'000, 320, "mid"}, VariantCase{10'000'000, 480, "high"},
                                           VariantCase{100'000, 160, "low"}),
                         [](const auto& info) { return std::string(info.param.kept); });

TEST_F(RemoteToFile, ADirectMp4IsReadThroughTheGateAndKeptByteForByte) {
  auto got = read("/video.mp4", "e2-1");
  ASSERT_TRUE(got.has_value()) << got.error().message;
  EXPECT_EQ(got->file, dir_ / "media" / "e2-1.mp4");
  const auto fixture = fetch::sha256_file(testing_support::fixture("post-video.mp4"));
  EXPECT_EQ(got->sha256, fixture->sha256);
  EXPECT_EQ(got->custody.sha256, fixture->sha256);
  EXPECT_EQ(fetch::sha256_file(got->file)->sha256, fixture->sha256);
}

TEST_F(RemoteToFile, TheGateOpensADirectMp4WhoseIndexIsAtTheEnd) {
  Gate gate(dir_ / "cache", true);
  auto input = media::RemoteInput::open(host_.url("/video.mp4"), gate.source(), test_limits());
  ASSERT_TRUE(input.has_value()) << input.error().message;
  EXPECT_FALSE(input->is_playlist());
  EXPECT_EQ(input->opens(), 1);
  EXPECT_NEAR(static_cast<double>(input->get()->duration) / AV_TIME_BASE, 2.0, 0.1);
}

TEST_F(RemoteToFile, AnOfflineRunMakesTheSameFileFromTheCacheAlone) {
  auto online = read("/hls/master.m3u8", "e1-1");
  ASSERT_TRUE(online.has_value()) << online.error().message;
  const std::string first = testing_support::read_file(online->file);
  std::filesystem::remove(online->file);
  host_.stop();

  Gate offline(dir_ / "cache", false);
  auto again = media::remote_to_file(host_.url("/hls/master.m3u8"), offline.source(), test_limits(), dir_ / "media" / "e1-1");
  ASSERT_TRUE(again.has_value()) << again.error().message;
  EXPECT_EQ(again->sha256, online->sha256);
  EXPECT_EQ(testing_support::read_file(again->file), first);
  EXPECT_EQ(again->custody, online->custody);

  Gate empty(dir_ / "empty-cache", false);
  auto missing = media::remote_to_file(host_.url("/hls/master.m3u8"), empty.source(), test_limits(), dir_ / "media" / "e9-1");
  ASSERT_FALSE(missing.has_value());
  EXPECT_NE(missing.error().message.find("not in the cache"), std::string::npos) << missing.error().message;
  EXPECT_TRUE(media_testing::files_named(dir_ / "media", "e9-1").empty());
}

// What `embedcheck media URL` calls: cache and client from the config.
TEST_F(RemoteToFile, FetchMediaUrlReadsWithTheConfiguredCacheAndClientThenOffline) {
  core::Config config;
  config.cache_dir = dir_ / "cache";
  config.net.allow_addresses = {"127.0.0.1"};
  auto online = media::fetch_media_url(host_.url("/hls/good/index.m3u8"), config, false, dir_ / "one" / "clip");
  ASSERT_TRUE(online.has_value()) << online.error().message;
  EXPECT_EQ(online->file, dir_ / "one" / "clip.mp4");
  host_.stop();
  auto offline = media::fetch_media_url(host_.url("/hls/good/index.m3u8"), config, true, dir_ / "two" / "clip");
  ASSERT_TRUE(offline.has_value()) << offline.error().message;
  EXPECT_EQ(offline->sha256, online->sha256);

  config.net.allow_addresses = {};  // the guard's default: loopback refused
  auto refused = media::fetch_media_url(host_.url("/video.mp4"), config, false, dir_ / "three" / "clip");
  ASSERT_FALSE(refused.has_value());
  EXPECT_NE(refused.error().message.find("refused to connect to 127.0.0.1"), std::string::npos) << refused.error().message;
}

}  // namespace
