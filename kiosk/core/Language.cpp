#include "Language.h"

namespace kiosk {

std::string_view languageCode(Language lang) {
    return lang == Language::English ? "en" : "ja";
}

std::optional<Language> languageFromCode(std::string_view code) {
    if (code == "ja") return Language::Japanese;
    if (code == "en") return Language::English;
    return std::nullopt;
}

}  // namespace kiosk
