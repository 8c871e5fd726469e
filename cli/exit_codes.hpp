#pragma once
// Exit codes of the embedcheck command (DESIGN "Decisions").

namespace cli {

inline constexpr int k_exit_ran = 0;              // ran, whatever the verdicts
inline constexpr int k_exit_usage = 1;            // usage or config error
inline constexpr int k_exit_input_unreadable = 2; // the input could not be read; a report is still written
inline constexpr int k_exit_failed_on = 3;        // --fail-on matched

}  // namespace cli
