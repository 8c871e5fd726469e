#pragma once
// The progress line of the fetch and media stages ("fetching posts 3/7 …",
// "analysing media 1/2 …"), drawn on stderr only when stderr is a terminal:
// pipes and batch logs stay clean.

#include <cstddef>
#include <functional>

#include "fetch/fetch_stage.hpp"

namespace cli {

class ProgressLine {
 public:
  // `wanted`: false under --quiet or --json. The line is drawn only if stderr is a TTY too.
  explicit ProgressLine(bool wanted);
  ~ProgressLine();  // clears the line, if one was drawn
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  // The callback for FetchSettings::progress; empty when nothing is drawn.
  fetch::StageProgress callback();
  // The callback for MediaStageSettings::progress ("analysing media 2/5 …"); empty when nothing is drawn.
  std::function<void(std::size_t done, std::size_t total)> media_callback();

 private:
  bool enabled_ = false;
  bool drawn_ = false;
};

}  // namespace cli
