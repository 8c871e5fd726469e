#pragma once

#include <cstddef>
#include <functional>
// The progress line of the fetch stage ("fetching posts 3/7 …"), drawn on
// stderr only when stderr is a terminal: pipes and batch logs stay clean.

#include "fetch/fetch_stage.hpp"

namespace cli {

class FetchProgress {
 public:
  // `wanted`: false under --quiet or --json. The line is drawn only if stderr is a TTY too.
  explicit FetchProgress(bool wanted);
  ~FetchProgress();  // clears the line, if one was drawn
  FetchProgress(const FetchProgress&) = delete;
  FetchProgress& operator=(const FetchProgress&) = delete;

  // The callback for FetchSettings::progress; empty when nothing is drawn.
  fetch::StageProgress callback();
  // The callback for MediaStageSettings::progress ("analysing media 2/5 …"); empty when nothing is drawn.
  std::function<void(std::size_t done, std::size_t total)> media_callback();

 private:
  bool enabled_ = false;
  bool drawn_ = false;
};

}  // namespace cli
