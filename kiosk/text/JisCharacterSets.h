#pragma once
// Japanese character sets enumerated through ICU's converters, so the tables
// come from ICU's data rather than from lists kept by hand.
#include <string>

#include "CodePoints.h"
#include "core/Result.h"

namespace kiosk {

struct CharacterSetError {
    std::string message;
};

// Every character of JIS X 0208 (rows 1–94: symbols, full-width forms, kana,
// Greek, Cyrillic, box drawing, kanji levels 1 and 2), decoded as EUC-JP with
// ICU's ibm-954 table, which keeps JIS's own mappings (〜 is U+301C); ICU's
// "EUC-JP" is IBM's variant and would add the IBM extended kanji.
Result<CodePoints, CharacterSetError> jisX0208Characters();

// Every character of Windows-31J (Shift_JIS as terminals and Windows PCs send
// it): JIS X 0201 (ASCII, half-width katakana), JIS X 0208 with Microsoft's
// mappings (～ ∥ － ￠ ￡ ￢), the NEC special row and the NEC/IBM extended
// kanji (髙 﨑 …). The user-defined area (private use) is left out.
Result<CodePoints, CharacterSetError> windows31jCharacters();

}  // namespace kiosk
