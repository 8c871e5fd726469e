#include "media/ocr.hpp"

#include "media/picture_file.hpp"

#include <omp.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>


#include <fmt/format.h>

#include <algorithm>
#include <system_error>
#include <vector>

#include "media/ocr_clean.hpp"
#include "media/ocr_image.hpp"
#include "media/ocr_prepare.hpp"

namespace media {

struct OcrReader::State {
  tesseract::TessBaseAPI api;
  OcrSettings settings;
  std::chrono::milliseconds pass_deadline{0};
};

namespace {

auto ocr_error(std::string message) { return core::fail("media", "ocr", std::move(message)); }

// Language codes as Tesseract names its data files: letters, digits and '_'
// ("ara", "chi_sim"), joined by '+'. Anything else could name a path.
bool valid_languages(const std::string& list) {
  if (list.empty() || list.front() == '+' || list.back() == '+') return false;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const char c = list[i];
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                    (c == '+' && list[i - 1] != '+');
    if (!ok) return false;
  }
  return list.size() <= 200;
}

// The first language whose data file is missing, or an empty string.
std::string missing_language(const std::filesystem::path& dir, const std::string& list) {
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t end = list.find('+', start);
    if (end == std::string::npos) end = list.size();
    const std::string code = list.substr(start, end - start);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(dir / (code + ".traineddata"), ec)) return code;
    start = end + 1;
  }
  return {};
}

// A word as Tesseract read it.
struct Word {
  std::string text;
  float confidence = 0;
  bool starts_line = false;
};

// The words of one pass, and how well the pass read as a whole.
struct Reading {
  std::vector<Word> words;
  double mean() const {
    double sum = 0;
    for (const auto& w : words) sum += w.confidence;
    return words.empty() ? 0 : sum / static_cast<double>(words.size());
  }
};

std::vector<Word> collect(tesseract::ResultIterator& it) {
  std::vector<Word> words;
  std::size_t bytes = 0;
  do {
    std::unique_ptr<char[]> text(it.GetUTF8Text(tesseract::RIL_WORD));
    if (!text) continue;
    words.push_back(Word{text.get(), it.Confidence(tesseract::RIL_WORD), it.IsAtBeginningOf(tesseract::RIL_TEXTLINE)});
    bytes += words.back().text.size() + 1;
  } while (it.Next(tesseract::RIL_WORD) && bytes < k_max_text_bytes);
  return words;
}

// Letters and digits, counted by code point (any non-ASCII character counts:
// Arabic letters are what matters here).
std::size_t letters_in(const std::string& word) {
  std::size_t n = 0;
  for (char ch : word) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0xC0) ++n;
  }
  return n;
}

bool is_confident(const Word& w) {
  return w.confidence >= k_min_word_confidence && letters_in(w.text) >= k_min_word_letters;
}

// The text of the words worth keeping, one line a line, and their mean confidence.
std::optional<std::pair<std::string, double>> confident_text(const Reading& r) {
  std::string text;
  double sum = 0;
  std::size_t kept = 0;
  for (const auto& w : r.words) {
    if (!is_confident(w)) continue;
    text += (text.empty() ? "" : (w.starts_line ? "\n" : " ")) + w.text;
    sum += w.confidence;
    ++kept;
  }
  text = clean_ocr_text(text);
  if (kept == 0 || text.empty()) return std::nullopt;
  return std::pair{std::move(text), sum / static_cast<double>(kept)};
}

Reading recognise(OcrReader::State& s, const cv::Mat& grey) {
  s.api.SetImage(grey.data, grey.cols, grey.rows, 1, static_cast<int>(grey.step));
  s.api.SetSourceResolution(300);  // frames carry no resolution; 300 dpi is what the models were trained near
  tesseract::ETEXT_DESC monitor;
  monitor.set_deadline_msecs(static_cast<int>(s.pass_deadline.count()));
  Reading r;
  if (s.api.Recognize(&monitor) == 0) {
    std::unique_ptr<tesseract::ResultIterator> it(s.api.GetIterator());
    if (it && !it->Empty(tesseract::RIL_WORD)) r.words = collect(*it);
  }
  if (!r.words.empty()) r.words.front().starts_line = true;
  s.api.Clear();
  return r;
}

}  // namespace

core::Result<OcrReader> OcrReader::open(const OcrSettings& settings) {
  if (!valid_languages(settings.languages)) {
    return ocr_error(fmt::format("media.ocr_languages \"{}\" is not a list of Tesseract language codes such as "
                                 "\"ara+eng\"", settings.languages.substr(0, 80)));
  }
  const std::filesystem::path dir = settings.tessdata.empty() ? std::filesystem::path(k_debian_tessdata)
                                                              : settings.tessdata;
  if (const std::string code = missing_language(dir, settings.languages); !code.empty()) {
    return ocr_error(fmt::format("no Tesseract data for language \"{}\" in {} (install the Debian package "
                                 "tesseract-ocr-{}, or set media.ocr_languages)", code, dir.string(), code));
  }
  // Tesseract's OpenMP threads spin while they wait: on a busy 2-core
  // machine that costs more system time than it saves. One thread a reader;
  // parallelism, where wanted, comes from reading several files at once.
  omp_set_dynamic(1);
  omp_set_num_threads(1);
  auto state = std::make_unique<State>();
  state->settings = settings;
  state->pass_deadline = settings.deadline_per_pass;
  // Tesseract writes its warnings to stderr unless told where to put them.
  state->api.SetVariable("debug_file", "/dev/null");
  if (state->api.Init(dir.c_str(), settings.languages.c_str(), tesseract::OEM_LSTM_ONLY) != 0) {
    return ocr_error(fmt::format("Tesseract could not load \"{}\" from {}", settings.languages, dir.string()));
  }
  // One block of text: on the fixtures it reads single Arabic words that
  // sparse-text mode splits at their unjoined letters (تدمر as "نذا مر"),
  // and garbage from texture stays below the confidence thresholds.
  state->api.SetPageSegMode(tesseract::PSM_SINGLE_BLOCK);
  return OcrReader(std::move(state));
}

OcrReader::OcrReader(std::unique_ptr<State> state) : m_state(std::move(state)) {}
OcrReader::OcrReader(OcrReader&&) noexcept = default;
OcrReader& OcrReader::operator=(OcrReader&&) noexcept = default;
OcrReader::~OcrReader() = default;

const std::string& OcrReader::languages() const { return m_state->settings.languages; }

void OcrReader::limit_pass(std::chrono::milliseconds deadline) {
  m_state->pass_deadline = std::clamp(deadline, std::chrono::milliseconds(1), m_state->settings.deadline_per_pass);
}

std::optional<core::OcrText> OcrReader::read(const OcrImage& image, double t) {
  const cv::Mat& px = image.pixels;
  if (px.empty() || px.depth() != CV_8U || (px.channels() != 1 && px.channels() != 3 && px.channels() != 4)) {
    return std::nullopt;
  }
  const OcrVariants v = prepare_for_ocr(px);
  Reading best = recognise(*m_state, v.as_is);
  Reading light;
  for (const cv::Mat& box : v.light_on_dark) {
    auto words = recognise(*m_state, box).words;
    light.words.insert(light.words.end(), std::make_move_iterator(words.begin()), std::make_move_iterator(words.end()));
  }
  // The polarity the caption has reads with the higher mean confidence over
  // all its words; the other one reads texture and the caption's negative as
  // many weak words (docs/decisions.md has the measurements).
  if (light.mean() > best.mean()) best = std::move(light);
  auto text = confident_text(best);
  if (!text) return std::nullopt;
  return core::OcrText{t, std::move(text->first), text->second, m_state->settings.languages};
}

core::Result<std::optional<core::OcrText>> OcrReader::read_file(const std::filesystem::path& file, double t) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(file, ec);
  if (ec) return core::fail("media", file.string(), "cannot read the keyframe: " + ec.message());
  if (size > k_max_image_bytes) {
    return core::fail("media", file.string(), fmt::format("keyframe of {} bytes is larger than the {} MiB the OCR reads",
                                                          size, k_max_image_bytes >> 20));
  }
  auto picture = read_picture(file);
  if (!picture) return core::fail("media", file.string(), "the keyframe is not a readable JPEG or PNG");
  const BgrImage pixels = (*picture)->view();
  const OcrImage image{cv::Mat(pixels.height, pixels.width, CV_8UC3, const_cast<std::uint8_t*>(pixels.data),
                               static_cast<std::size_t>(pixels.stride))};
  return read(image, t);
}

}  // namespace media
