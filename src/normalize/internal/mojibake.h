// Repairs classic mojibake: UTF-8 text that was once decoded as
// Windows-1252 (or Latin-1) and saved again as UTF-8, so that "’" (E2 80 99)
// became "â€™" and "é" (C3 A9) became "Ã©".
//
//   std::string text = "the companyâ€™s cafÃ©";
//   int repaired = RepairMojibake(&text);  // "the company’s café", 2
//
// How: every maximal run of non-ASCII characters that all map back to
// single Windows-1252 bytes is turned back into those bytes. The run is
// re-decoded only where the bytes form valid multi-byte UTF-8, and only
// where that is very unlikely to be genuine text:
//   - 3- and 4-byte sequences ("â€™", "â€“"): genuine text would need an
//     accented letter followed by two punctuation marks from a fixed set;
//   - 2-byte sequences led by "Â", "Ã" or "Å" (giving U+0080..U+017F);
//   - any 2-byte sequence when the whole run decodes into two or more of
//     them ("Ð¿Ñ€Ð¸" for Cyrillic).
// So genuine "Maß“", "RÉSUMÉ…" or "Ãgua" stay as they are. Text mangled
// twice is repaired by repeating the pass (at most three times).
#ifndef LADDERMERGE_NORMALIZE_INTERNAL_MOJIBAKE_H_
#define LADDERMERGE_NORMALIZE_INTERNAL_MOJIBAKE_H_

#include <string>

namespace laddermerge::internal {

// Repairs `text` (valid UTF-8) in place and returns the number of repaired
// sequences (0: unchanged). Pure and thread-safe; O(n).
int RepairMojibake(std::string* text);

}  // namespace laddermerge::internal

#endif  // LADDERMERGE_NORMALIZE_INTERNAL_MOJIBAKE_H_
