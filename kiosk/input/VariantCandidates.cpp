#include "VariantCandidates.h"

#include <algorithm>

#include "core/UnicodeForms.h"
#include "core/VariantKanji.h"

namespace kiosk::input {

namespace {

constexpr char32_t kLastBmp = 0xFFFF;

void addOnce(std::vector<std::string>& out, std::string spelling) {
    if (std::find(out.begin(), out.end(), spelling) == out.end())
        out.push_back(std::move(spelling));
}

}  // namespace

std::vector<std::string> withVariantForms(const std::vector<std::string>& candidates) {
    std::vector<std::string> out;
    for (const std::string& candidate : candidates) {
        addOnce(out, candidate);
        const std::u32string text = decodeUtf8(candidate);
        for (std::size_t i = 0; i < text.size(); ++i) {
            for (const VariantKanjiPair& pair : variantKanjiPairs()) {
                if (pair.standard != text[i] || pair.variant > kLastBmp) continue;
                std::u32string variant = text;
                variant[i] = pair.variant;
                addOnce(out, encodeUtf8(variant));
            }
        }
    }
    return out;
}

}  // namespace kiosk::input
