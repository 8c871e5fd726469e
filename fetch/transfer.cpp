#include "fetch/transfer.hpp"

#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <string_view>

namespace fetch {

namespace {

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return text;
}

}  // namespace

Transfer::Transfer(TransferSettings settings, const AddressGuard& guard)
    : settings_(std::move(settings)), guard_(guard), easy_(curl_easy_init()) {
  if (easy_ == nullptr) return;
  for (const std::string& line : settings_.header_lines) {
    header_list_ = curl_slist_append(header_list_, line.c_str());
  }
  CURL* e = easy_;
  curl_easy_setopt(e, CURLOPT_URL, settings_.url.c_str());
  curl_easy_setopt(e, CURLOPT_ERRORBUFFER, error_buffer_);
  // Safety: http(s) only; redirects are followed by the client, hop by hop.
  curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
  // An environment proxy would make the address check see the proxy, not the target.
  curl_easy_setopt(e, CURLOPT_PROXY, "");
  curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
  // Compressed bodies are accepted; the cap counts decoded bytes (on_write).
  curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
  curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT, static_cast<long>(settings_.connect_timeout_s));
  curl_easy_setopt(e, CURLOPT_TIMEOUT, static_cast<long>(settings_.total_timeout_s));
  curl_easy_setopt(e, CURLOPT_LOW_SPEED_LIMIT, settings_.low_speed_bytes);
  curl_easy_setopt(e, CURLOPT_LOW_SPEED_TIME, static_cast<long>(settings_.low_speed_time_s));
  // Stops early when the advertised length is over the cap; the decoded count
  // in on_write is what really holds the line.
  curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(settings_.max_bytes));
  curl_easy_setopt(e, CURLOPT_USERAGENT, settings_.user_agent.c_str());
  curl_easy_setopt(e, CURLOPT_HTTPHEADER, header_list_);
  curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &Transfer::on_write);
  curl_easy_setopt(e, CURLOPT_WRITEDATA, this);
  curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &Transfer::on_header);
  curl_easy_setopt(e, CURLOPT_HEADERDATA, this);
  curl_easy_setopt(e, CURLOPT_OPENSOCKETFUNCTION, &Transfer::on_open_socket);
  curl_easy_setopt(e, CURLOPT_OPENSOCKETDATA, this);
  curl_easy_setopt(e, CURLOPT_PREREQFUNCTION, &Transfer::on_connected);
  curl_easy_setopt(e, CURLOPT_PREREQDATA, this);
  curl_easy_setopt(e, CURLOPT_PRIVATE, this);
}

Transfer::~Transfer() {
  if (file_ != nullptr) std::fclose(file_);
  if (easy_ != nullptr) curl_easy_cleanup(easy_);
  curl_slist_free_all(header_list_);
}

std::optional<std::string> Transfer::header(const std::string& lower_name) const {
  for (const auto& [name, value] : headers_) {
    if (name == lower_name) return value;
  }
  return std::nullopt;
}

bool Transfer::keep_body() {
  if (!keep_) {
    // Bodies of redirects and of answers to be retried are counted, not kept:
    // they must never end up in the caller's file.
    long status = 0;
    curl_easy_getinfo(easy_, CURLINFO_RESPONSE_CODE, &status);
    keep_ = (status >= 200 && status < 300) || status == 404 || status == 410;
  }
  return *keep_;
}

std::size_t Transfer::write(const char* data, std::size_t length) {
  if (body_bytes_ + length > settings_.max_bytes) {
    too_large_ = true;
    return 0;  // aborts the transfer (CURLE_WRITE_ERROR)
  }
  body_bytes_ += length;
  if (!keep_body()) return length;
  if (settings_.part_file.empty()) {
    body_.append(data, length);
    return length;
  }
  if (file_ == nullptr) {
    file_ = std::fopen(settings_.part_file.c_str(), "wb");
    if (file_ == nullptr) {
      write_error_ = "cannot write " + settings_.part_file.string() + ": " + std::strerror(errno);
      return 0;
    }
  }
  if (std::fwrite(data, 1, length, file_) != length) {
    write_error_ = "cannot write " + settings_.part_file.string() + ": " + std::strerror(errno);
    return 0;
  }
  return length;
}

bool Transfer::finish_file() {
  if (settings_.part_file.empty()) return true;
  if (file_ == nullptr) file_ = std::fopen(settings_.part_file.c_str(), "wb");  // empty body
  if (file_ == nullptr) {
    write_error_ = "cannot write " + settings_.part_file.string() + ": " + std::strerror(errno);
    return false;
  }
  const bool flushed = std::fflush(file_) == 0;
  const bool closed = std::fclose(file_) == 0;
  file_ = nullptr;
  if (!flushed || !closed) {
    write_error_ = "cannot write " + settings_.part_file.string() + ": " + std::strerror(errno);
    return false;
  }
  return true;
}

std::size_t Transfer::on_write(char* data, std::size_t size, std::size_t count, void* self) {
  return static_cast<Transfer*>(self)->write(data, size * count);
}

std::size_t Transfer::on_header(char* data, std::size_t size, std::size_t count, void* self) {
  auto* transfer = static_cast<Transfer*>(self);
  const std::string_view line(data, size * count);
  if (line.rfind("HTTP/", 0) == 0) {
    transfer->headers_.clear();  // a new response (after 100 Continue, say)
  } else if (const auto colon = line.find(':'); colon != std::string_view::npos) {
    transfer->headers_.emplace_back(lower(trim(line.substr(0, colon))), trim(line.substr(colon + 1)));
  }
  return size * count;
}

curl_socket_t Transfer::on_open_socket(void* self, curlsocktype purpose, curl_sockaddr* address) {
  auto* transfer = static_cast<Transfer*>(self);
  if (purpose != CURLSOCKTYPE_IPCXN) return CURL_SOCKET_BAD;
  const auto ip = IpAddress::from_sockaddr(&address->addr, address->addrlen);
  if (!ip) {
    transfer->refusal_ = "refused to connect: not an IPv4 or IPv6 address";
    return CURL_SOCKET_BAD;
  }
  if (auto refused = transfer->guard_.refusal(*ip, transfer->settings_.url)) {
    transfer->refusal_ = std::move(refused);
    return CURL_SOCKET_BAD;
  }
  return ::socket(address->family, address->socktype, address->protocol);
}

int Transfer::on_connected(void* self, char* primary_ip, char*, int, int) {
  // Second line: the address actually connected to (also for reused connections).
  auto* transfer = static_cast<Transfer*>(self);
  const auto ip = IpAddress::parse(primary_ip != nullptr ? primary_ip : "");
  if (!ip) {
    transfer->refusal_ = "refused to connect: unreadable peer address";
    return CURL_PREREQFUNC_ABORT;
  }
  if (auto refused = transfer->guard_.refusal(*ip, transfer->settings_.url)) {
    transfer->refusal_ = std::move(refused);
    return CURL_PREREQFUNC_ABORT;
  }
  return CURL_PREREQFUNC_OK;
}

}  // namespace fetch
