#pragma once
// Embeds written as site-generator shortcodes, which the generator turns
// into the platform's embed when it renders the page:
//   Hugo    {{< tweet user="SanDiegoZoo" id="1453110110599868418" >}}  {{< x … >}}
//           {{< tweet 1453110110599868418 >}}  {{< youtube w7Ft2ymGmfc >}}
//           {{< youtube id="w7Ft2ymGmfc" >}}  {{< instagram CxOWiQNP2MO >}}  {{< vimeo 146022717 >}}
//           (also written {{% … %}})
//   Jekyll  {% twitter https://twitter.com/h/status/1 %}  {% twitter oembed URL %}
//           {% include youtube.html id="w7Ft2ymGmfc" %}  {% youtube w7Ft2ymGmfc %}
//           {% instagram CODE %}  {% vimeo 146022717 %}
// Each becomes the embed of the post it names, `found_by` naming the shortcode.

#include <string_view>

#include "core/case.hpp"
#include "verify/embeds/found.hpp"

namespace verify::embeds {

// The shortcode embeds in text[region], in order, with their errors (a
// shortcode of a known platform whose id is not usable).
Detection find_shortcode_embeds(std::string_view text, core::Span region);

}  // namespace verify::embeds
