#include "CardFaceParser.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>

#include "BerTlv.h"
#include "core/TextChecks.h"

namespace kiosk {

namespace {

constexpr std::uint32_t kBasicFourTag = 0xFF20;

enum Item { Header, Name, Address, BirthDate, SexCode, ItemCount };

struct ItemSpec {
    std::uint32_t tag;
    const char* what;  // for messages: the item, never its value
};
constexpr std::array<ItemSpec, ItemCount> kItems{{
    {0xDF21, "header (DF 21)"},
    {0xDF22, "name (DF 22)"},
    {0xDF23, "address (DF 23)"},
    {0xDF24, "birth date (DF 24)"},
    {0xDF25, "sex (DF 25)"},
}};

Unexpected<CardFaceError> problem(CardFaceError::Kind kind, std::string message) {
    return fail(CardFaceError{kind, "EF 0002: " + std::move(message)});
}

Unexpected<CardFaceError> tlvProblem(BerTlvProblem p, const char* where) {
    switch (p) {
        case BerTlvProblem::BadLength:
            return problem(CardFaceError::BadLength, std::string("bad length form in ") + where);
        case BerTlvProblem::BadTag:
            return problem(CardFaceError::UnexpectedTag, std::string("overlong tag in ") + where);
        case BerTlvProblem::Truncated:
            break;
    }
    return problem(CardFaceError::Truncated, std::string("truncated ") + where);
}

std::string_view asText(std::span<const std::uint8_t> value) {
    return {reinterpret_cast<const char*>(value.data()), value.size()};
}

Result<std::string, CardFaceError> text(std::span<const std::uint8_t> value, Item item) {
    const auto s = asText(value);
    if (s.empty())
        return problem(CardFaceError::MissingItem, std::string("empty ") + kItems[item].what);
    if (!isValidUtf8(s)) {
        return problem(CardFaceError::InvalidText,
                       std::string(kItems[item].what) + " is not UTF-8");
    }
    if (hasControlCharacters(s)) {
        return problem(CardFaceError::InvalidText,
                       std::string(kItems[item].what) + " holds control characters");
    }
    return std::string(s);
}

Result<CivilDate, CardFaceError> birthDate(std::span<const std::uint8_t> value) {
    const auto s = asText(value);
    const bool digits = s.size() == 8 && std::all_of(s.begin(), s.end(),
                                                     [](char c) { return c >= '0' && c <= '9'; });
    const auto date = digits ? CivilDate::parse(s) : std::nullopt;
    if (!date) return problem(CardFaceError::InvalidBirthDate, "birth date is not a YYYYMMDD day");
    return *date;
}

// ISO 5218: 1 male, 2 female. 9, 0 ("not known") and anything else a card
// may hold read as unknown: the patient answers the question on the form.
std::optional<Sex> sex(std::span<const std::uint8_t> value) {
    const auto s = asText(value);
    if (s == "1") return Sex::Male;
    if (s == "2") return Sex::Female;
    return std::nullopt;
}

// Real cards answer a fixed-length read with filler after FF 20.
bool isFiller(std::span<const std::uint8_t> bytes) {
    return std::ranges::all_of(bytes, [](std::uint8_t b) { return b == 0x00 || b == 0xFF; });
}

}  // namespace

Result<std::size_t, CardFaceError> cardFaceSize(std::span<const std::uint8_t> firstBytes) {
    auto header = readBerTlvHeader(firstBytes);
    if (!header) return tlvProblem(header.error(), "FF 20");
    if (header->tag != kBasicFourTag) return problem(CardFaceError::UnexpectedTag, "not FF 20");
    return header->headerSize + header->valueSize;
}

Result<CardFaceData, CardFaceError> parseCardFace(std::span<const std::uint8_t> bytes) {
    auto outer = readBerTlv(bytes);
    if (!outer) return tlvProblem(outer.error(), "FF 20");
    if (outer->tag != kBasicFourTag) return problem(CardFaceError::UnexpectedTag, "not FF 20");
    if (!isFiller(bytes.subspan(outer->size))) {
        return problem(CardFaceError::TrailingBytes, "bytes after FF 20");
    }

    std::array<std::optional<std::span<const std::uint8_t>>, ItemCount> found;
    for (auto rest = outer->value; !rest.empty();) {
        auto element = readBerTlv(rest);
        if (!element) return tlvProblem(element.error(), "an item of FF 20");
        const auto* spec = std::find_if(kItems.begin(), kItems.end(),
                                        [&](const ItemSpec& s) { return s.tag == element->tag; });
        if (spec == kItems.end()) return problem(CardFaceError::UnexpectedTag, "unknown item");
        auto& slot = found[static_cast<std::size_t>(spec - kItems.begin())];
        if (slot) return problem(CardFaceError::DuplicateItem, std::string(spec->what) + " twice");
        slot = element->value;
        rest = rest.subspan(element->size);
    }
    for (std::size_t i = 0; i < ItemCount; ++i) {
        if (!found[i]) {
            return problem(CardFaceError::MissingItem, std::string("no ") + kItems[i].what);
        }
    }

    auto name = text(*found[Name], Name);
    if (!name) return fail(name.error());
    auto address = text(*found[Address], Address);
    if (!address) return fail(address.error());
    auto birth = birthDate(*found[BirthDate]);
    if (!birth) return fail(birth.error());
    return CardFaceData{std::move(*name), std::move(*address), *birth, sex(*found[SexCode])};
}

}  // namespace kiosk
