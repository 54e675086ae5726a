#pragma once
#include <optional>
#include <string_view>

namespace kiosk {

// The kiosk's two languages; Japanese is the default everywhere.
enum class Language { Japanese, English };

std::string_view languageCode(Language);                          // "ja", "en"
std::optional<Language> languageFromCode(std::string_view code);  // "ja"/"en"

}  // namespace kiosk
