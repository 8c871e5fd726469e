#include "fetch/platforms/twitter_token.hpp"

#include <cmath>
#include <cstdlib>
#include <limits>
#include <numbers>

namespace fetch::twitter {
namespace {

constexpr char k_digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";

int digit_value(char c) { return c > '9' ? c - 'a' + 10 : c - '0'; }

// The binary exponent of `v` as V8's Double::Exponent() gives it: the power of
// two that scales the 53-bit integer significand.
int significand_exponent(double v) {
  int e = 0;
  std::frexp(v, &e);
  return e - 53;
}

}  // namespace

std::string js_number_to_radix(double value, int radix) {
  // Mirrors V8's DoubleToRadixCString (src/numbers/conversions.cc).
  double integer = std::floor(value);
  double fraction = value - integer;
  // Fraction digits only as far as the input's precision: half the gap to the next double.
  double delta = 0.5 * (std::nextafter(value, std::numeric_limits<double>::infinity()) - value);
  delta = std::max(std::nextafter(0.0, 1.0), delta);
  std::string fraction_digits;
  if (fraction >= delta) {
    do {
      fraction *= radix;
      delta *= radix;
      const int digit = static_cast<int>(fraction);
      fraction_digits += k_digits[digit];
      fraction -= digit;
      if ((fraction > 0.5 || (fraction == 0.5 && (digit & 1))) && fraction + delta > 1) {
        // Round up, carrying through digits already written.
        while (true) {
          if (fraction_digits.empty()) {
            integer += 1;
            break;
          }
          const int last = digit_value(fraction_digits.back());
          fraction_digits.pop_back();
          if (last + 1 < radix) {
            fraction_digits += k_digits[last + 1];
            break;
          }
        }
        break;
      }
    } while (fraction >= delta);
  }
  std::string integer_digits;
  while (significand_exponent(integer / radix) > 0) {  // digits below the double's precision are zeros
    integer /= radix;
    integer_digits += '0';
  }
  do {
    const double remainder = std::fmod(integer, radix);
    integer_digits += k_digits[static_cast<int>(remainder)];
    integer = (integer - remainder) / radix;
  } while (integer > 0);
  std::string out(integer_digits.rbegin(), integer_digits.rend());
  if (!fraction_digits.empty()) out += "." + fraction_digits;
  return out;
}

std::optional<std::string> syndication_token(std::string_view id) {
  if (id.empty() || id.size() > 20) return std::nullopt;
  for (char c : id) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  // strtod rounds to the nearest double, as JavaScript's Number() does.
  const double number = std::strtod(std::string(id).c_str(), nullptr);
  const std::string text = js_number_to_radix((number / 1e15) * std::numbers::pi, 36);
  std::string token;
  for (char c : text) {
    if (c != '0' && c != '.') token += c;
  }
  return token;
}

}  // namespace fetch::twitter
