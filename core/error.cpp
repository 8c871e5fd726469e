#include "core/error.hpp"

namespace core {

std::string to_line(const Error& error) {
  std::string line = error.stage;
  if (!error.input.empty()) line += ": " + error.input;
  line += ": " + error.message;
  return line;
}

}  // namespace core
