#include "cli/messages.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <cstdio>

namespace cli {
namespace {

bool g_json = false;

}  // namespace

void set_json_messages(bool json) { g_json = json; }

void print_error(const core::Error& error) {
  if (g_json) {
    const nlohmann::json line{{"level", "error"}, {"stage", error.stage}, {"input", error.input}, {"message", error.message}};
    fmt::print(stderr, "{}\n", line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  } else {
    fmt::print(stderr, "embedcheck: {}\n", core::to_line(error));
  }
}

void print_usage_error(std::string_view message) { print_error(core::Error{"cli", "", std::string(message)}); }

}  // namespace cli
