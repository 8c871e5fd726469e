#pragma once
// `embedcheck post URL|ID [--offline] [--config FILE]`: one Twitter/X post,
// fetched (or read from the cache) and printed as report.json's posts[] item.
// Exit 0 when the post was read, whatever its status (a deleted post is a
// finding); 2 when it could not be fetched; 1 on usage or config errors.

namespace CLI {
class App;
}

namespace cli {

void add_post_command(CLI::App& app, int& exit_code);

}  // namespace cli
