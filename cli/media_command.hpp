#pragma once
// `embedcheck media FILE --out DIR [--claim-time T] [--claim-place P]`: the
// media stage on one bare video or image, the claims given on the command
// line, the checks, and the same report files as `verify`.

namespace CLI {
class App;
}

namespace cli {

void add_media_command(CLI::App& app, int& exit_code);

}  // namespace cli
