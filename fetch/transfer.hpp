#pragma once
// One libcurl easy transfer: one hop of one attempt of a Request. Internal to
// the client (fetch/http_client.cpp drives it on the multi handle).

#include <curl/curl.h>

#include <cstdio>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "fetch/address_guard.hpp"

namespace fetch {

struct TransferSettings {
  std::string url;
  std::vector<std::string> header_lines;  // "Name: value", Authorization included when due
  std::uint64_t max_bytes = 0;
  std::filesystem::path part_file;  // empty: keep the body in memory
  int connect_timeout_s = 10;
  int total_timeout_s = 30;
  long low_speed_bytes = 1;
  int low_speed_time_s = 15;
  std::string user_agent;
};

class Transfer {
 public:
  // `guard` must outlive the transfer.
  Transfer(TransferSettings settings, const AddressGuard& guard);
  ~Transfer();
  Transfer(const Transfer&) = delete;
  Transfer& operator=(const Transfer&) = delete;

  CURL* easy() const { return easy_; }
  const TransferSettings& settings() const { return settings_; }

  // What the callbacks saw.
  const std::optional<std::string>& refusal() const { return refusal_; }
  bool too_large() const { return too_large_; }
  const std::optional<std::string>& write_error() const { return write_error_; }
  std::uint64_t body_bytes() const { return body_bytes_; }
  std::string take_body() { return std::move(body_); }
  const std::vector<std::pair<std::string, std::string>>& headers() const { return headers_; }
  std::optional<std::string> header(const std::string& lower_name) const;
  const char* error_text() const { return error_buffer_; }

  // Closes the .part file; true when the body was written (or was empty and
  // the file created) without error.
  bool finish_file();

 private:
  static std::size_t on_write(char* data, std::size_t size, std::size_t count, void* self);
  static std::size_t on_header(char* data, std::size_t size, std::size_t count, void* self);
  static curl_socket_t on_open_socket(void* self, curlsocktype purpose, curl_sockaddr* address);
  static int on_connected(void* self, char* primary_ip, char* local_ip, int primary_port, int local_port);

  std::size_t write(const char* data, std::size_t length);
  bool keep_body();

  TransferSettings settings_;
  const AddressGuard& guard_;
  CURL* easy_ = nullptr;
  curl_slist* header_list_ = nullptr;
  char error_buffer_[CURL_ERROR_SIZE] = {};

  std::optional<std::string> refusal_;
  bool too_large_ = false;
  std::optional<std::string> write_error_;
  std::optional<bool> keep_;  // decided at the first body byte, from the status
  std::uint64_t body_bytes_ = 0;
  std::string body_;
  std::FILE* file_ = nullptr;
  std::vector<std::pair<std::string, std::string>> headers_;
};

}  // namespace fetch
