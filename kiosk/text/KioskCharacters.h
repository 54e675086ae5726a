#pragma once
// Which characters the kiosk's fonts must hold. Names are the hard part: a
// patient's name may use any JIS X 0208 kanji, a 人名用漢字, an IBM/NEC extended
// kanji the terminal sends in Windows-31J (髙 﨑), or a variant the identity
// matcher knows (邉 齋 德).
#include "CodePoints.h"
#include "JisCharacterSets.h"
#include "core/MessageCatalog.h"

namespace kiosk {

// Every character of every message, in both languages.
CodePoints catalogueCharacters(const MessageCatalog& catalog);

// Everything body text may show: JIS X 0208, Windows-31J, 人名用漢字, the
// variant kanji of VariantKanji.h that lie in the BMP, printable Latin-1 and
// the catalogue.
Result<CodePoints, CharacterSetError> bodyTextCharacters(const MessageCatalog& catalog);

// Headings show catalogue text and short values: the catalogue, printable
// ASCII, kana and full-width ASCII; names belong in body text.
// `screenText`: other text drawn in the heading font (a form template's title
// and step titles: 「勤め先」 showed as 「お?め先」 without it).
CodePoints headingCharacters(const MessageCatalog& catalog, std::string_view screenText = {});

}  // namespace kiosk
