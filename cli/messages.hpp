#pragma once
// What the command prints on stderr: one line per problem, as text or (with
// --json) as one JSON object per line for batch logs.

#include <string_view>

#include "core/error.hpp"

namespace cli {

void set_json_messages(bool json);
void print_error(const core::Error& error);
void print_usage_error(std::string_view message);

}  // namespace cli
