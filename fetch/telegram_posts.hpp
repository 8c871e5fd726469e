#pragma once
// Telegram channel posts in the fetch stage: each Telegram embed's embed page
// ({services.telegram}/CHANNEL/NUMBER?embed=1, what the widget script loads),
// all side by side, stored in the custody cache before the parser
// (fetch/platforms/telegram_embed.hpp) reads it. Its video or photos are then
// downloaded with the other posts' media. A page that says the post or the
// channel is not there is a finding (not_found); a page that cannot be read
// is a one-line Error and a Post with status error.

#include "core/case.hpp"
#include "fetch/fetch_stage.hpp"
#include "fetch/stage_source.hpp"

namespace fetch {

// True when the Case has a Telegram embed to read.
bool has_telegram_embeds(const core::Case& c);

// Appends one Post per Telegram embed to c.posts.
void read_telegram_posts(core::Case& c, StageSource& source, const FetchSettings& settings);

}  // namespace fetch
