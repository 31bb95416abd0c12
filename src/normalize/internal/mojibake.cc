#include "normalize/internal/mojibake.h"

#include <cstdint>
#include <utility>
#include <vector>

#include <unicode/utf8.h>

namespace laddermerge::internal {
namespace {

// Windows-1252 bytes 0x80..0x9F that decode to characters outside Latin-1.
constexpr std::pair<UChar32, int> kCp1252Specials[] = {
    {0x20AC, 0x80}, {0x201A, 0x82}, {0x0192, 0x83}, {0x201E, 0x84},
    {0x2026, 0x85}, {0x2020, 0x86}, {0x2021, 0x87}, {0x02C6, 0x88},
    {0x2030, 0x89}, {0x0160, 0x8A}, {0x2039, 0x8B}, {0x0152, 0x8C},
    {0x017D, 0x8E}, {0x2018, 0x91}, {0x2019, 0x92}, {0x201C, 0x93},
    {0x201D, 0x94}, {0x2022, 0x95}, {0x2013, 0x96}, {0x2014, 0x97},
    {0x02DC, 0x98}, {0x2122, 0x99}, {0x0161, 0x9A}, {0x203A, 0x9B},
    {0x0153, 0x9C}, {0x017E, 0x9E}, {0x0178, 0x9F},
};

// The Windows-1252 byte that decodes to `c`, or -1. U+0080..U+009F map to
// themselves: the bytes Windows-1252 leaves undefined (0x81, 0x8D, ...)
// come through Latin-1 decoders as those control characters.
int Cp1252Byte(UChar32 c) {
  if (c >= 0x80 && c <= 0xFF) return c;
  for (const auto& [code_point, byte] : kCp1252Specials) {
    if (code_point == c) return byte;
  }
  return -1;
}

struct Char {
  int byte;      // Cp1252Byte of the character, -1 if none.
  size_t begin;  // Byte range of the character in the text.
  size_t end;
};

// Length of the well-formed multi-byte UTF-8 sequence at bytes[k], else 0.
int32_t SequenceLength(const std::vector<uint8_t>& bytes, int32_t k) {
  const int32_t start = k;
  UChar32 c;
  U8_NEXT(bytes.data(), k, static_cast<int32_t>(bytes.size()), c);
  return c >= 0x80 ? k - start : 0;
}

bool Unlikely(const uint8_t* sequence, int32_t length) {
  return length >= 3 || sequence[0] == 0xC2 || sequence[0] == 0xC3 ||
         sequence[0] == 0xC5;
}

class Repairer {
 public:
  explicit Repairer(const std::string& text) : text_(text) {}

  // Copies the text to `out`, repairing each maximal run of characters that
  // map to Windows-1252 bytes. Only the current run is held apart, so memory
  // stays O(longest run) beyond the output.
  int Run(std::string* out) {
    const auto* s = reinterpret_cast<const uint8_t*>(text_.data());
    const int32_t length = static_cast<int32_t>(text_.size());
    std::vector<Char> run;
    size_t plain_begin = 0;  // Text from here on is neither in `out` nor run.
    for (int32_t i = 0; i < length;) {
      const size_t begin = i;
      UChar32 c;
      U8_NEXT(s, i, length, c);
      const int byte = c >= 0x80 ? Cp1252Byte(c) : -1;
      if (byte < 0) {
        if (!run.empty()) {
          RepairRun(run, out);
          run.clear();
          plain_begin = begin;
        }
        continue;
      }
      if (run.empty()) out->append(text_, plain_begin, begin - plain_begin);
      run.push_back(Char{byte, begin, static_cast<size_t>(i)});
    }
    if (run.empty()) {
      out->append(text_, plain_begin, text_.size() - plain_begin);
    } else {
      RepairRun(run, out);
    }
    return repaired_;
  }

 private:
  // All of `run` maps to Windows-1252 bytes.
  void RepairRun(const std::vector<Char>& run, std::string* out) {
    std::vector<uint8_t> bytes;
    bytes.reserve(run.size());
    for (const Char& c : run) bytes.push_back(c.byte);
    const int32_t n = static_cast<int32_t>(bytes.size());
    int sequences = 0;
    int32_t k = 0;
    for (int32_t length; k < n && (length = SequenceLength(bytes, k)) > 0;
         k += length) {
      ++sequences;
    }
    if (k == n && (sequences >= 2 || Unlikely(bytes.data(), n))) {
      out->append(reinterpret_cast<const char*>(bytes.data()), n);
      repaired_ += sequences;
      return;
    }
    for (k = 0; k < n;) {
      const int32_t length = SequenceLength(bytes, k);
      if (length > 0 && Unlikely(bytes.data() + k, length)) {
        out->append(reinterpret_cast<const char*>(bytes.data() + k), length);
        ++repaired_;
        k += length;
      } else {
        const Char& c = run[k];
        out->append(text_, c.begin, c.end - c.begin);
        ++k;
      }
    }
  }

  const std::string& text_;
  int repaired_ = 0;
};

}  // namespace

int RepairMojibake(std::string* text) {
  int total = 0;
  for (int pass = 0; pass < 3; ++pass) {
    std::string out;
    out.reserve(text->size());
    const int repaired = Repairer(*text).Run(&out);
    if (repaired == 0) break;
    total += repaired;
    *text = std::move(out);
  }
  return total;
}

}  // namespace laddermerge::internal
