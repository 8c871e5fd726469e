#include "core/config.hpp"

#include <nlohmann/json.hpp>

#include <cctype>
#include <cstdlib>
#include <fstream>

namespace core {
namespace {

using nlohmann::json;

std::filesystem::path expand_home(const std::string& path, const EnvLookup& env) {
  if (path.rfind("~/", 0) == 0) {
    if (auto home = env("HOME")) return std::filesystem::path(*home) / path.substr(2);
  }
  return path;
}

json defaults_json() {
  const Config c;
  return {{"services",
           {{"twitter_syndication", c.services.twitter_syndication},
            {"twitter_oembed", c.services.twitter_oembed},
            {"twitter_api", c.services.twitter_api},
            {"twitter_mirror", c.services.twitter_mirror},
            {"telegram", c.services.telegram},
            {"resolver_hosts", c.services.resolver_hosts}}},
          {"net", {{"allow_addresses", json::array()}, {"timeout_s", c.net.timeout_s}, {"max_bytes", c.net.max_bytes}}},
          {"limits",
           {{"article_bytes", c.limits.article_bytes},
            {"html_depth", c.limits.html_depth},
            {"keyframes", c.limits.keyframes},
            {"media_bytes", c.limits.media_bytes},
            {"media_seconds", c.limits.media_seconds},
            {"frame_pixels", c.limits.frame_pixels}}},
          {"media",
           {{"keyframe_side", c.media.keyframe_side},
            {"ocr", c.media.ocr},
            {"ocr_languages", c.media.ocr_languages},
            {"ocr_frames", c.media.ocr_frames}}},
          {"tools", {{"yt_dlp", {{"enabled", c.yt_dlp.enabled}, {"path", c.yt_dlp.path}, {"timeout_s", c.yt_dlp.timeout_s}}}}},
          {"cache_dir", "~/.cache/embedcheck"},
          {"data_dir", "~/.local/share/embedcheck"}};
}

bool same_kind(const json& want, const json& got) {
  if (want.is_number_integer()) return got.is_number_unsigned();
  if (want.is_array()) {
    if (!got.is_array()) return false;
    for (const auto& item : got) {
      if (!item.is_string()) return false;
    }
    return true;
  }
  return want.type() == got.type();
}

// Overlays `from` onto `into`, refusing keys the defaults do not have.
Result<void> overlay(json& into, const json& from, const std::string& prefix, const std::string& origin) {
  for (auto it = from.begin(); it != from.end(); ++it) {
    const std::string key = prefix.empty() ? it.key() : prefix + "." + it.key();
    if (!into.contains(it.key())) return fail("config", origin, "unknown key \"" + key + "\"");
    json& target = into[it.key()];
    if (target.is_object()) {
      if (!it->is_object()) return fail("config", origin, "\"" + key + "\" must be an object");
      if (auto r = overlay(target, *it, key, origin); !r) return r;
    } else if (!same_kind(target, *it)) {
      return fail("config", origin, "\"" + key + "\" must be " + std::string(target.type_name()) +
                                        (target.is_number_integer() ? " (a whole number, not negative)" : ""));
    } else {
      target = *it;
    }
  }
  return {};
}

Result<json> value_from_env(const json& want, const std::string& text, const std::string& var) {
  if (want.is_string()) return json(text);
  if (want.is_boolean()) {
    if (text == "1" || text == "true" || text == "yes") return json(true);
    if (text == "0" || text == "false" || text == "no") return json(false);
    return fail("config", var, "must be true or false, not \"" + text + "\"");
  }
  if (want.is_number_integer()) {
    char* end = nullptr;
    errno = 0;
    const unsigned long long n = std::strtoull(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || errno != 0 || text[0] == '-') {
      return fail("config", var, "must be a whole number, not \"" + text + "\"");
    }
    return json(n);
  }
  json list = json::array();
  std::size_t start = 0;
  while (start <= text.size() && !text.empty()) {
    const std::size_t comma = text.find(',', start);
    std::string item = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    while (!item.empty() && std::isspace(static_cast<unsigned char>(item.front()))) item.erase(0, 1);
    while (!item.empty() && std::isspace(static_cast<unsigned char>(item.back()))) item.pop_back();
    if (!item.empty()) list.push_back(item);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return list;
}

Result<void> overlay_env(json& node, const std::string& prefix, const EnvLookup& env) {
  for (auto it = node.begin(); it != node.end(); ++it) {
    const std::string key = prefix.empty() ? it.key() : prefix + "." + it.key();
    if (it->is_object()) {
      if (auto r = overlay_env(*it, key, env); !r) return r;
      continue;
    }
    const std::string var = env_name_for(key);
    if (auto text = env(var)) {
      auto value = value_from_env(*it, *text, var);
      if (!value) return tl::unexpected(value.error());
      *it = *value;
    }
  }
  return {};
}

Config config_from_json(const json& j, const EnvLookup& env) {
  Config c;
  const json& s = j["services"];
  c.services.twitter_syndication = s["twitter_syndication"];
  c.services.twitter_oembed = s["twitter_oembed"];
  c.services.twitter_api = s["twitter_api"];
  c.services.twitter_mirror = s["twitter_mirror"];
  c.services.telegram = s["telegram"];
  c.services.resolver_hosts = s["resolver_hosts"].get<std::vector<std::string>>();
  c.net.allow_addresses = j["net"]["allow_addresses"].get<std::vector<std::string>>();
  c.net.timeout_s = j["net"]["timeout_s"];
  c.net.max_bytes = j["net"]["max_bytes"];
  c.limits.article_bytes = j["limits"]["article_bytes"];
  c.limits.html_depth = j["limits"]["html_depth"];
  c.limits.keyframes = j["limits"]["keyframes"];
  c.limits.media_bytes = j["limits"]["media_bytes"];
  c.limits.media_seconds = j["limits"]["media_seconds"];
  c.limits.frame_pixels = j["limits"]["frame_pixels"];
  c.media.keyframe_side = j["media"]["keyframe_side"];
  c.media.ocr = j["media"]["ocr"];
  c.media.ocr_languages = j["media"]["ocr_languages"];
  c.media.ocr_frames = j["media"]["ocr_frames"];
  const json& y = j["tools"]["yt_dlp"];
  c.yt_dlp.enabled = y["enabled"];
  c.yt_dlp.path = y["path"];
  c.yt_dlp.timeout_s = y["timeout_s"];
  c.cache_dir = expand_home(j["cache_dir"], env);
  c.data_dir = expand_home(j["data_dir"], env);
  return c;
}

}  // namespace

std::string env_name_for(const std::string& dotted_key) {
  std::string name = "EMBEDCHECK_";
  for (char ch : dotted_key) name += ch == '.' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  return name;
}

EnvLookup process_environment() {
  return [](const std::string& name) -> std::optional<std::string> {
    const char* value = std::getenv(name.c_str());
    if (!value) return std::nullopt;
    return std::string(value);
  };
}

Result<Config> load_config(const std::optional<std::filesystem::path>& file, const EnvLookup& env) {
  json settings = defaults_json();
  if (file) {
    std::ifstream in(*file);
    if (!in) return fail("config", file->string(), "cannot read the config file");
    json from_file = json::parse(in, nullptr, false);
    if (from_file.is_discarded()) return fail("config", file->string(), "is not valid JSON");
    if (!from_file.is_object()) return fail("config", file->string(), "must hold a JSON object");
    if (auto r = overlay(settings, from_file, "", file->string()); !r) return tl::unexpected(r.error());
  }
  if (auto r = overlay_env(settings, "", env); !r) return tl::unexpected(r.error());
  return config_from_json(settings, env);
}

}  // namespace core
