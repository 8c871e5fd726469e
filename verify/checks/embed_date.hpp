#pragma once
// Check "embed-date": the date printed in an embed's byline against the time
// the platform recorded — the time in the post id (snowflake and kin) or, when
// fetched, the post's created_at. The byline's time zone is not printed, so a
// day that matches anywhere from UTC−12 to UTC+14 is consistent.

#include <vector>

#include "core/case.hpp"

namespace verify {

std::vector<core::Check> check_embed_date(const core::Case& c);

}  // namespace verify
