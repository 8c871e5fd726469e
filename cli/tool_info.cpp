#include "cli/tool_info.hpp"

#include <unicode/uversion.h>

#include "fetch/versions.hpp"
#include "media/versions.hpp"

namespace cli {

reports::ToolInfo tool_info() {
  reports::ToolInfo info;
  info.version = EMBEDCHECK_VERSION;
  info.libraries = {{"curl", fetch::library_version()}, {"ffmpeg", media::library_version()},
                    {"icu", U_ICU_VERSION}};
  return info;
}

}  // namespace cli
