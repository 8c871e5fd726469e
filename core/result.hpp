#pragma once
// Result<T>: a value or the Error that prevented it (tl::expected).

#include <tl/expected.hpp>

#include "core/error.hpp"

namespace core {

template <class T>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> fail(std::string stage, std::string input, std::string message) {
  return tl::unexpected<Error>(Error{std::move(stage), std::move(input), std::move(message)});
}

}  // namespace core
