// On-screen text with the real Tesseract on the caption fixtures made by
// scripts/fixtures/ocr.sh (their truth in NAME.json beside each image).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <fstream>

#include "media/ocr.hpp"
#include "media/ocr_image.hpp"
#include "media/ocr_keyframes.hpp"
#include "media/ocr_prepare.hpp"
#include "tests/support/paths.hpp"
#include "verify/names/normalize.hpp"

namespace {

using testing_support::fixture;

// Opening loads the language data: once for the whole suite.
media::OcrReader& reader() {
  static media::OcrReader r = [] {
    auto opened = media::OcrReader::open();
    if (!opened) throw std::runtime_error(core::to_line(opened.error()));
    return std::move(*opened);
  }();
  return r;
}

nlohmann::json truth(const std::string& name) {
  return nlohmann::json::parse(testing_support::read_file(fixture(name + ".json")));
}

class OcrCaption : public testing::TestWithParam<const char*> {};

TEST_P(OcrCaption, ReadsTheCaption) {
  const std::string name = GetParam();
  const auto want = truth(name);
  auto read = reader().read_file(fixture(name + ".jpg"), 4.5);
  ASSERT_TRUE(read) << core::to_line(read.error());
  ASSERT_TRUE(*read) << name << ": no text read";
  const core::OcrText& got = **read;
  const std::string text = want["text"];
  EXPECT_EQ(got.t, 4.5);
  EXPECT_EQ(got.languages, "ara+eng");
  EXPECT_GE(got.confidence, media::k_min_word_confidence) << got.text;
  EXPECT_LE(got.confidence, 100.0);
  EXPECT_EQ(got.text.find("\u200f"), std::string::npos);
  EXPECT_EQ(got.text.find("\u200e"), std::string::npos);
  if (want["script"] == "latin") {
    EXPECT_EQ(got.text, text) << name << " (confidence " << got.confidence << ")";
  } else {
    // Arabic shapes and joins letters: what must hold is what the checks
    // match on, the folded words or, failing that, the consonant skeleton.
    const bool folded = verify::names::fold(got.text) == verify::names::fold(text);
    EXPECT_TRUE(folded || verify::names::skeleton(got.text) == verify::names::skeleton(text))
        << name << ": read \"" << got.text << "\" (confidence " << got.confidence << ")";
  }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, OcrCaption,
                         testing::Values("ocr-sham-fm-dark", "ocr-palmyra-dark", "ocr-sham-fm-ar-dark",
                                         "ocr-tadmur-ar-dark", "ocr-sham-fm-box", "ocr-palmyra-box",
                                         "ocr-sham-fm-ar-box", "ocr-tadmur-ar-box"),
                         [](const auto& info) {
                           std::string n = info.param;
                           for (char& ch : n) ch = ch == '-' ? '_' : ch;
                           return n;
                         });

TEST(Ocr, ArabicCaptionMatchesTheOutletInLatinScript) {
  auto read = reader().read_file(fixture("ocr-sham-fm-ar-box.jpg"), 0);
  ASSERT_TRUE(read && *read);
  EXPECT_EQ(verify::names::skeleton((*read)->text), verify::names::skeleton("Sham FM")) << (*read)->text;
}

TEST(Ocr, FramesWithoutTextGiveNone) {
  for (const char* name : {"ocr-blank", "ocr-scene"}) {
    ASSERT_EQ(truth(name)["text"], "");
    auto read = reader().read_file(fixture(std::string(name) + ".jpg"), 0);
    ASSERT_TRUE(read) << core::to_line(read.error());
    EXPECT_FALSE(*read) << name << ": read \"" << (*read)->text << "\" at " << (*read)->confidence;
  }
}

TEST(Ocr, ReadsADecodedFrame) {
  cv::Mat frame(240, 640, CV_8UC3, cv::Scalar(255, 255, 255));
  cv::putText(frame, "PALMYRA", cv::Point(140, 140), cv::FONT_HERSHEY_DUPLEX, 2.0, cv::Scalar(0, 0, 0), 3);
  const auto got = reader().read(media::OcrImage{frame}, 1);
  ASSERT_TRUE(got);
  EXPECT_EQ(got->text, "PALMYRA");
  EXPECT_FALSE(reader().read(media::OcrImage{cv::Mat()}, 1));
  EXPECT_FALSE(reader().read(media::OcrImage{cv::Mat(100, 100, CV_16UC1, cv::Scalar(0))}, 1));
}

TEST(Ocr, FindsTheDarkCaptionBox) {
  const cv::Mat grey = cv::imread(fixture("ocr-palmyra-box.jpg").string(), cv::IMREAD_GRAYSCALE);
  const auto boxes = media::caption_boxes(grey);
  ASSERT_EQ(boxes.size(), 1u);
  // drawtext drew it at x = 32, y = h − 80 with a 12-pixel border.
  EXPECT_NEAR(boxes[0].x, 20, 3);
  EXPECT_NEAR(boxes[0].y, 268, 3);
  EXPECT_GT(boxes[0].width, boxes[0].height);
  EXPECT_TRUE(media::caption_boxes(cv::imread(fixture("ocr-palmyra-dark.jpg").string(), cv::IMREAD_GRAYSCALE)).empty());
  EXPECT_TRUE(media::caption_boxes(cv::Mat(360, 640, CV_8UC1, cv::Scalar(0))).empty());  // a dark frame is no box
}

TEST(Ocr, UnreadableFilesAreOneLineErrors) {
  const auto dir = testing_support::temp_dir("ocr-errors");
  std::ofstream(dir / "not-an-image.jpg") << "GIF89a but not really";
  for (const auto& path : {dir / "not-an-image.jpg", dir / "missing.jpg", dir}) {
    auto read = reader().read_file(path, 0);
    ASSERT_FALSE(read) << path;
    EXPECT_EQ(read.error().stage, "media");
    EXPECT_EQ(read.error().input, path.string());
    EXPECT_EQ(read.error().message.find('\n'), std::string::npos);
  }
}

TEST(Ocr, OpeningNamesWhatIsMissing) {
  auto missing = media::OcrReader::open({.languages = "ara+xyz", .tessdata = {}});
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().message.find("\"xyz\""), std::string::npos) << missing.error().message;
  EXPECT_NE(missing.error().message.find("tesseract-ocr-xyz"), std::string::npos);
  for (const char* bad : {"", "ara+", "+eng", "ara++eng", "../../etc/passwd", "ara eng"}) {
    auto r = media::OcrReader::open({.languages = bad, .tessdata = {}});
    ASSERT_FALSE(r) << bad;
    EXPECT_NE(r.error().message.find("media.ocr_languages"), std::string::npos) << r.error().message;
  }
  auto no_data = media::OcrReader::open({.languages = "eng", .tessdata = testing_support::temp_dir("no-tessdata")});
  ASSERT_FALSE(no_data);
  EXPECT_NE(no_data.error().message.find("no-tessdata"), std::string::npos) << no_data.error().message;
}

TEST(Ocr, ReadsKeyframesOfAReportFolder) {
  const std::filesystem::path dir = fixture("ocr-blank.jpg").parent_path();
  std::vector<core::Keyframe> frames(4);
  frames[0].t = 0, frames[0].file = "ocr-blank.jpg";
  frames[1].t = 2, frames[1].file = "ocr-sham-fm-box.jpg";
  frames[2].t = 4, frames[2].file = "missing.jpg";
  frames[3].t = 6, frames[3].file = "../fixtures/ocr-palmyra-dark.jpg";
  const auto read = media::read_keyframes(reader(), frames, dir);
  ASSERT_EQ(read.texts.size(), 1u);
  EXPECT_EQ(read.texts[0].t, 2);
  EXPECT_EQ(read.texts[0].text, "SHAM FM");
  ASSERT_EQ(read.errors.size(), 2u);
  EXPECT_EQ(read.errors[0].input, (dir / "missing.jpg").string());
  EXPECT_EQ(read.errors[1].input, "../fixtures/ocr-palmyra-dark.jpg");
}

}  // namespace
