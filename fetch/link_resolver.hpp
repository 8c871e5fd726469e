#pragma once
// Twitter/X embeds that carry no post id, only a pic.twitter.com or t.co link
// (tweets flattened to text keep just that): the link, followed through the
// client, ends at the post's status URL, which names the id. Only links whose
// host is on services.resolver_hosts are followed.

#include <optional>
#include <string>
#include <vector>

#include "core/case.hpp"

namespace fetch {

inline constexpr std::string_view k_resolver_via = "link-resolver";

// The embed's first link on a resolver host, as an absolute URL ("https://"
// added to the bare "pic.twitter.com/…" that embed markup prints).
std::optional<std::string> resolver_link(const core::Embed& embed, const std::vector<std::string>& resolver_hosts);

// The post id in a status URL ("…/status/ID"), when its host is Twitter/X or
// one of the resolver hosts; nullopt otherwise.
std::optional<std::string> status_id(const std::string& url, const std::vector<std::string>& resolver_hosts);

}  // namespace fetch
