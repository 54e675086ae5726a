#include "KioskCharacters.h"

#include "JinmeiyoKanji.h"
#include "core/UnicodeForms.h"
#include "core/VariantKanji.h"

namespace kiosk {

namespace {

constexpr char32_t kLastBmp = 0xFFFF;

CodePoints range(char32_t first, char32_t last) {
    CodePoints out;
    for (char32_t c = first; c <= last; ++c) out.push_back(c);
    return out;
}

CodePoints variantKanji() {
    std::vector<char32_t> out;
    for (const auto& pair : variantKanjiPairs()) {
        for (char32_t c : {pair.variant, pair.standard}) {
            if (c <= kLastBmp) out.push_back(c);
        }
    }
    return makeCodePoints(std::move(out));
}

}  // namespace

CodePoints catalogueCharacters(const MessageCatalog& catalog) {
    std::vector<char32_t> out;
    for (auto lang : {Language::Japanese, Language::English}) {
        for (const auto& key : catalog.keys(lang)) {
            const std::u32string text = decodeUtf8(catalog.text(lang, key));
            out.insert(out.end(), text.begin(), text.end());
        }
    }
    return makeCodePoints(std::move(out));
}

Result<CodePoints, CharacterSetError> bodyTextCharacters(const MessageCatalog& catalog) {
    auto jis = jisX0208Characters();
    if (!jis) return fail(jis.error());
    auto windows = windows31jCharacters();
    if (!windows) return fail(windows.error());
    CodePoints all = unite(*jis, *windows);
    all = unite(all, jinmeiyoKanji());
    all = unite(all, variantKanji());
    all = unite(all, range(0x20, 0x7E));
    all = unite(all, range(0xA0, 0xFF));
    return unite(all, catalogueCharacters(catalog));
}

CodePoints headingCharacters(const MessageCatalog& catalog, std::string_view screenText) {
    const std::u32string text = decodeUtf8(screenText);
    CodePoints all = unite(catalogueCharacters(catalog),
                           makeCodePoints(std::vector<char32_t>(text.begin(), text.end())));
    all = unite(all, range(0x20, 0x7E));
    all = unite(all, range(0x3041, 0x30FF));  // hiragana, katakana, ー
    all = unite(all, range(0xFF01, 0xFF5E));  // full-width ASCII
    return all;
}

}  // namespace kiosk
