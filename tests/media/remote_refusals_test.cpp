// What the gate refuses, against a real HTTP server on 127.0.0.1: playlists
// naming other schemes, addresses the client's guard refuses, missing and
// oversized segments, loops, live streams and a stalled host. Each ends in
// one line naming the URL and the reason, with no file left behind and no
// later segment fetched.
#include <gtest/gtest.h>

#include <functional>

#include "media/hls_to_file.hpp"
#include "tests/media/remote_fixture.hpp"
#include "tests/support/paths.hpp"

namespace {

using media_testing::Gate;
using media_testing::good_playlist_with;
using media_testing::test_limits;
using media_testing::VideoHost;

struct Refusal {
  const char* name;
  std::function<std::string(int port)> segment;  // what the playlist names instead of seg1.ts
  const char* reason;                            // part of the one-line message
};

std::string on(const std::string& host, int port) { return "http://" + host + ":" + std::to_string(port) + "/hls/good/seg1.ts"; }

const Refusal k_refusals[] = {
    {"file", [](int) { return "file:///etc/passwd"; }, "file:///etc/passwd: refused: file: URLs are never read"},
    {"file_with_media_extension", [](int) { return "file:///etc/passwd.ts"; }, "refused: file: URLs are never read"},
    {"concat", [](int) { return "concat:/etc/passwd|/etc/hosts"; }, "refused: concat: URLs are never read"},
    {"data", [](int) { return "data:video/mp2t;base64,R0lGODdh"; }, "refused: data: URLs are never read"},
    {"crypto", [](int port) { return "crypto+" + on("127.0.0.1", port); }, "refused: crypto+http: URLs are never read"},
    {"subfile", [](int) { return "subfile,,start,0,end,0,,:/etc/passwd"; },
     "refused: a ':' before the first '/' makes it neither a URL nor a relative path"},
    {"other_loopback", [](int port) { return on("127.0.0.2", port); }, "refused to connect to 127.0.0.2"},
    {"ipv6_loopback", [](int port) { return on("[::1]", port); }, "refused to connect to ::1"},
    {"decimal_address", [](int port) { return on("2130706434", port); }, "refused to connect to 127.0.0.2"},
    {"missing", [](int) { return "missing.ts"; }, "HTTP 404"},
};

void PrintTo(const Refusal& r, std::ostream* os) { *os << r.name; }

class GateRefuses : public ::testing::TestWithParam<Refusal> {};

TEST_P(GateRefuses, ASegmentNamedByThePlaylist) {
  VideoHost host;
  host.start();
  // The playlist names the real port, so it is written once the host listens.
  const std::string text = good_playlist_with("seg1.ts", GetParam().segment(host.port()));
  VideoHost writer;  // a second host serves the hostile copy beside the fixtures' segments
  writer.playlist("/hls/good/hostile.m3u8", text);
  writer.start();
  const auto dir = testing_support::temp_dir("gate-refuses");
  Gate gate(dir / "cache", true);
  const std::string url = writer.url("/hls/good/hostile.m3u8");
  auto got = media::remote_to_file(url, gate.source(), test_limits(), dir / "media" / "e1-1");
  ASSERT_FALSE(got.has_value());
  EXPECT_EQ(got.error().stage, "fetch");
  EXPECT_EQ(got.error().input, url);
  EXPECT_NE(got.error().message.find(GetParam().reason), std::string::npos) << got.error().message;
  EXPECT_EQ(got.error().message.find('\n'), std::string::npos);
  // Nothing past the refusal was read, and nothing of the other host's.
  EXPECT_FALSE(writer.requested("/hls/good/seg2.ts"));
  EXPECT_FALSE(writer.requested("/hls/good/seg3.ts"));
  EXPECT_FALSE(host.requested("/hls/good/seg1.ts"));
  EXPECT_TRUE(media_testing::files_named(dir / "media", "e1-1").empty());
}

INSTANTIATE_TEST_SUITE_P(Segments, GateRefuses, ::testing::ValuesIn(k_refusals),
                         [](const auto& info) { return std::string(info.param.name); });

class GateStops : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = testing_support::temp_dir("gate-stops"); }
  core::Error refused(const std::string& path, const media::RemoteLimits& limits = test_limits()) {
    host_.start();
    Gate gate(dir_ / "cache", true);
    auto got = media::remote_to_file(host_.url(path), gate.source(), limits, dir_ / "media" / "e1-1");
    EXPECT_FALSE(got.has_value());
    EXPECT_TRUE(media_testing::files_named(dir_ / "media", "e1-1").empty());
    return got ? core::Error{} : got.error();
  }

  VideoHost host_;
  std::filesystem::path dir_;
};

TEST_F(GateStops, APlaylistThatNamesItself) {
  host_.playlist("/loop.m3u8", "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1000\nloop.m3u8\n");
  const core::Error e = refused("/loop.m3u8");
  EXPECT_NE(e.message.find("more than 10000 opens for one video: a playlist that names itself or loops"),
            std::string::npos) << e.message;
}

TEST_F(GateStops, TwoPlaylistsThatNameEachOther) {
  host_.playlist("/a.m3u8", "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1000\nb.m3u8\n");
  host_.playlist("/b.m3u8", "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1000\na.m3u8\n");
  media::RemoteLimits limits = test_limits();
  limits.max_opens = 50;
  const core::Error e = refused("/a.m3u8", limits);
  EXPECT_NE(e.message.find("more than 50 opens"), std::string::npos) << e.message;
}

TEST_F(GateStops, AChildPlaylistNamingAFile) {
  host_.playlist("/hls/master-bad.m3u8", "#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=1000\nchild.m3u8\n");
  host_.playlist("/hls/child.m3u8", "#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXTINF:1,\nfile:///etc/passwd\n#EXT-X-ENDLIST\n");
  const core::Error e = refused("/hls/master-bad.m3u8");
  EXPECT_EQ(e.message, host_.url("/hls/child.m3u8") +
                           ": the playlist names file:///etc/passwd: refused: file: URLs are never read (only http and https)");
}

TEST_F(GateStops, AKeyOnAnotherScheme) {
  host_.playlist("/hls/good/keyed.m3u8",
                 good_playlist_with("#EXTINF:1.000000,\nseg0.ts", "#EXT-X-KEY:METHOD=AES-128,URI=\"file:///etc/key\"\n"
                                                                   "#EXTINF:1.000000,\nseg0.ts"));
  const core::Error e = refused("/hls/good/keyed.m3u8");
  EXPECT_NE(e.message.find("file:///etc/key: refused"), std::string::npos) << e.message;
  EXPECT_FALSE(host_.requested("/hls/good/seg0.ts"));
}

TEST_F(GateStops, ASegmentLargerThanWhatIsLeftOfTheBudget) {
  host_.handle("/hls/good/big.ts", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(std::string(600 << 10, 'G'), "video/mp2t");
  });
  host_.playlist("/hls/good/big.m3u8", good_playlist_with("seg1.ts", "big.ts"));
  media::RemoteLimits limits = test_limits();
  limits.max_bytes = 300 << 10;
  const core::Error e = refused("/hls/good/big.m3u8", limits);
  EXPECT_NE(e.message.find(host_.url("/hls/good/big.ts") + ": larger than what is left of limits.media_bytes"),
            std::string::npos) << e.message;
  EXPECT_FALSE(host_.requested("/hls/good/seg2.ts"));
}

// Each request a window further on, never an end: what a live stream serves.
TEST_F(GateStops, AnEndlessLivePlaylist) {
  auto served = std::make_shared<int>(0);
  host_.handle("/hls/good/live.m3u8", [served](const httplib::Request&, httplib::Response& res) {
    const int first = (*served)++;
    std::string text = "#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXT-X-MEDIA-SEQUENCE:" + std::to_string(first) + "\n";
    for (int n = first; n < first + 3; ++n) text += "#EXTINF:1.0,\nseg" + std::to_string(n % 4) + ".ts\n";
    res.set_content(text, "application/vnd.apple.mpegurl");
  });
  const core::Error e = refused("/hls/good/live.m3u8");
  EXPECT_EQ(e.message, "a live HLS stream (no #EXT-X-ENDLIST): only finished videos are read");
}

TEST_F(GateStops, AHostThatStallsPastTheDeadline) {
  host_.handle("/hls/good/slow.ts", [this](const httplib::Request&, httplib::Response& res) {
    host_.server().wait_while_running(std::chrono::seconds(3));
    res.set_content(testing_support::read_file(testing_support::fixture("hls/good/seg1.ts")), "video/mp2t");
  });
  host_.playlist("/hls/good/slow.m3u8", good_playlist_with("seg1.ts", "slow.ts"));
  media::RemoteLimits limits = test_limits();
  limits.deadline = std::chrono::seconds(1);
  const core::Error e = refused("/hls/good/slow.m3u8", limits);
  EXPECT_NE(e.message.find("longer than the deadline (limits.media_seconds)"), std::string::npos) << e.message;
  EXPECT_FALSE(host_.requested("/hls/good/seg3.ts"));
}

}  // namespace
