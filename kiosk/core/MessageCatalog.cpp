#include "MessageCatalog.h"

#include <nlohmann/json.hpp>

#include "MessageCatalogData.h"

namespace kiosk {

namespace {
std::map<std::string, std::string, std::less<>> parseTable(std::string_view text) {
    std::map<std::string, std::string, std::less<>> table;
    auto json = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!json.is_object()) return table;
    for (const auto& [key, value] : json.items()) {
        if (value.is_string()) table.emplace(key, value.get<std::string>());
    }
    return table;
}
}  // namespace

const MessageCatalog& MessageCatalog::builtIn() {
    static const MessageCatalog catalog = fromJson(kJapaneseMessagesJson, kEnglishMessagesJson);
    return catalog;
}

MessageCatalog MessageCatalog::fromJson(std::string_view japanese, std::string_view english) {
    MessageCatalog catalog;
    catalog.ja_ = parseTable(japanese);
    catalog.en_ = parseTable(english);
    return catalog;
}

const std::string& MessageCatalog::text(Language lang, std::string_view key) const {
    const auto& t = table(lang);
    if (auto it = t.find(key); it != t.end()) return it->second;
    // Remember missing keys so the returned reference stays valid.
    static thread_local std::map<std::string, std::string, std::less<>> missing;
    return missing.try_emplace(std::string(key), std::string(key)).first->second;
}

std::string MessageCatalog::format(
    Language lang, std::string_view key,
    const std::vector<std::pair<std::string, std::string>>& values) const {
    std::string out = text(lang, key);
    for (const auto& [name, value] : values) {
        const std::string placeholder = "{" + name + "}";
        for (auto pos = out.find(placeholder); pos != std::string::npos;
             pos = out.find(placeholder, pos + value.size())) {
            out.replace(pos, placeholder.size(), value);
        }
    }
    return out;
}

bool MessageCatalog::has(Language lang, std::string_view key) const {
    return table(lang).contains(key);
}

std::vector<std::string> MessageCatalog::keys(Language lang) const {
    std::vector<std::string> out;
    for (const auto& [key, value] : table(lang)) out.push_back(key);
    return out;
}

}  // namespace kiosk
