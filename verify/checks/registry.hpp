#pragma once
// Stage "checks": every check kind, listed once. A check reads the Case and
// returns its findings; it never changes what earlier stages wrote.

#include <span>
#include <vector>

#include "core/case.hpp"

namespace verify {

struct CheckKind {
  const char* name;  // as in report.json checks[].kind
  std::vector<core::Check> (*run)(const core::Case&);
};

std::span<const CheckKind> check_kinds();

// Runs every check kind and appends the results to c.checks.
void run_checks(core::Case& c);

}  // namespace verify
