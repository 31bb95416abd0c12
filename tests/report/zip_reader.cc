#include "zip_reader.h"

#include <cstdint>
#include <optional>

#include <zlib.h>

namespace laddermerge::testing_util {
namespace {

uint32_t Read(const std::string& s, size_t at, int bytes) {
  uint32_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) {
    v = (v << 8) | static_cast<uint8_t>(s[at + i]);
  }
  return v;
}

std::optional<std::string> Inflate(const std::string& data, size_t size) {
  std::string out(size, '\0');
  z_stream stream = {};
  if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) return std::nullopt;
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  const int status = inflate(&stream, Z_FINISH);
  inflateEnd(&stream);
  if (status != Z_STREAM_END || stream.total_out != size) return std::nullopt;
  return out;
}

}  // namespace

std::map<std::string, std::string> ReadZip(const std::string& zip) {
  constexpr uint32_t kEnd = 0x06054b50, kCentral = 0x02014b50,
                     kLocal = 0x04034b50;
  if (zip.size() < 22) return {};
  size_t end = zip.size() - 22;
  while (end > 0 && Read(zip, end, 4) != kEnd) --end;
  if (Read(zip, end, 4) != kEnd) return {};
  const uint32_t entries = Read(zip, end + 10, 2);
  size_t at = Read(zip, end + 16, 4);
  std::map<std::string, std::string> out;
  for (uint32_t e = 0; e < entries; ++e) {
    if (at + 46 > zip.size() || Read(zip, at, 4) != kCentral) return {};
    const uint32_t method = Read(zip, at + 10, 2);
    const uint32_t compressed = Read(zip, at + 20, 4);
    const uint32_t size = Read(zip, at + 24, 4);
    const uint32_t name_length = Read(zip, at + 28, 2);
    const uint32_t extra = Read(zip, at + 30, 2) + Read(zip, at + 32, 2);
    const uint32_t local = Read(zip, at + 42, 4);
    const std::string name = zip.substr(at + 46, name_length);
    at += 46 + name_length + extra;
    if (local + 30 > zip.size() || Read(zip, local, 4) != kLocal) return {};
    const size_t data =
        local + 30 + Read(zip, local + 26, 2) + Read(zip, local + 28, 2);
    if (data + compressed > zip.size()) return {};
    const std::string raw = zip.substr(data, compressed);
    if (method == 0) {
      out[name] = raw;
      continue;
    }
    std::optional<std::string> inflated = Inflate(raw, size);
    if (method != 8 || !inflated) return {};
    out[name] = *std::move(inflated);
  }
  return out;
}

}  // namespace laddermerge::testing_util
