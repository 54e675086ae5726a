#include <gtest/gtest.h>

#include <string>

#include "eligibility/card/CardFaceParser.h"
#include "unit/eligibility/card/CardFaceBytes.h"

namespace kiosk {
namespace {

using test::Bytes;
using test::bytesOf;
using test::cardFace;
using test::cardFaceWithOffsets;
using test::concat;
using test::FaceItems;
using test::tlv;

TEST(CardFaceParser, ReadsTheBasicFourItems) {
    auto face = parseCardFace(cardFace());
    ASSERT_TRUE(face) << face.error().message;
    EXPECT_EQ(face->name, "山田　太郎");
    EXPECT_EQ(face->address, "東京都千代田区霞が関一丁目2番2号");
    EXPECT_EQ(face->birthDate, CivilDate::make(1985, 4, 12));
    EXPECT_EQ(face->sex, Sex::Male);
}

TEST(CardFaceParser, MapsIso5218SexCodes) {
    struct Case {
        std::string_view code;
        std::optional<Sex> sex;
    };
    // 0, 9 and anything else a card may hold read as unknown, never refused:
    // the patient answers 性別 on the form (DOMAIN.md §8).
    for (const auto& c : {Case{"1", Sex::Male}, Case{"2", Sex::Female}, Case{"9", std::nullopt},
                          Case{"0", std::nullopt}, Case{"3", std::nullopt},
                          Case{"12", std::nullopt}, Case{"\x01", std::nullopt}}) {
        auto face = parseCardFace(cardFace({.sex = c.code}));
        ASSERT_TRUE(face) << c.code;
        EXPECT_EQ(face->sex, c.sex) << c.code;
    }
}

// A fixed-length read returns the element followed by filler.
TEST(CardFaceParser, IgnoresFillerAfterTheBasicFourElement) {
    for (std::uint8_t filler : {std::uint8_t{0x00}, std::uint8_t{0xFF}}) {
        auto bytes = cardFace();
        bytes.insert(bytes.end(), 32, filler);
        auto face = parseCardFace(bytes);
        ASSERT_TRUE(face) << face.error().message;
        EXPECT_EQ(face->name, "山田　太郎");
    }
}

TEST(CardFaceParser, ReadsOneAndTwoByteLongLengths) {
    // A 200-byte address takes 81 C8, the whole element then needs 82 01 xx.
    const std::string address =
        std::string(66, 'x') + "東京都千代田区霞が関一丁目2番2号" + std::string(86, 'y');
    auto bytes = cardFace({.address = address});
    ASSERT_EQ(bytes[2], 0x82);
    auto face = parseCardFace(bytes);
    ASSERT_TRUE(face) << face.error().message;
    EXPECT_EQ(face->address, address);
}

TEST(CardFaceParser, AcceptsNonMinimalLongLengthsAsBerAllows) {
    auto items = test::faceItems({});
    Bytes bytes{0xFF, 0x20, 0x82, 0x00, static_cast<std::uint8_t>(items.size())};
    bytes.insert(bytes.end(), items.begin(), items.end());
    EXPECT_TRUE(parseCardFace(bytes));
}

TEST(CardFaceParser, AcceptsItemsInAnyOrder) {
    auto items = concat({tlv({0xDF, 0x25}, bytesOf("2")), tlv({0xDF, 0x24}, bytesOf("20000229")),
                         tlv({0xDF, 0x23}, bytesOf("大阪府")), tlv({0xDF, 0x22}, bytesOf("花子")),
                         tlv({0xDF, 0x21}, Bytes{})});
    auto face = parseCardFace(tlv({0xFF, 0x20}, items));
    ASSERT_TRUE(face) << face.error().message;
    EXPECT_EQ(face->name, "花子");
    EXPECT_EQ(face->birthDate, CivilDate::make(2000, 2, 29));
    EXPECT_EQ(face->sex, Sex::Female);
}

// Real cards fill DF 21 with the offsets of DF 22..DF 25; the parser finds
// the items by their tags and must read such a file like any other.
TEST(CardFaceParser, ReadsAHeaderWithRealOffsets) {
    const std::string longAddress = "東京都千代田区千代田１－１" + std::string(200, 'x');
    for (const FaceItems& items : {FaceItems{}, FaceItems{.address = longAddress}}) {
        const Bytes bytes = cardFaceWithOffsets(items);
        // The offsets do point at DF 22..DF 25 (the bytes are what a card holds).
        const std::size_t headerAt = bytes[2] == 0x82 ? 5 : bytes[2] == 0x81 ? 4 : 3;
        ASSERT_EQ(bytes[headerAt + 2], 8);
        for (std::size_t i = 0; i < 4; ++i) {
            const std::size_t at = static_cast<std::size_t>(bytes[headerAt + 3 + 2 * i] << 8) |
                                   bytes[headerAt + 4 + 2 * i];
            ASSERT_LT(at + 1, bytes.size());
            EXPECT_EQ(bytes[at], 0xDF);
            EXPECT_EQ(bytes[at + 1], 0x22 + i);
        }
        auto face = parseCardFace(bytes);
        ASSERT_TRUE(face) << face.error().message;
        EXPECT_EQ(*face, *parseCardFace(cardFace(items)));
    }
}

TEST(CardFaceParser, DoesNotDependOnTheHeaderContent) {
    const auto expected = parseCardFace(cardFace());
    ASSERT_TRUE(expected);
    const Bytes wrongOffsets{0x00, 0x01, 0xFF, 0xFF, 0x00, 0x00, 0x7F, 0x00};
    for (const Bytes& header : {Bytes{}, Bytes(8, 0xFF), Bytes(17, 0x00), wrongOffsets}) {
        auto face = parseCardFace(tlv({0xFF, 0x20}, test::faceItems({}, header)));
        ASSERT_TRUE(face) << face.error().message;
        EXPECT_EQ(*face, *expected);
    }
}

// U+3000 between family and given name, full-width digits and hyphen in the
// address: kept exactly as printed on the card.
TEST(CardFaceParser, KeepsIdeographicSpaceAndFullWidthDigits) {
    auto face = parseCardFace(
        cardFaceWithOffsets({.name = "髙橋　一郎", .address = "東京都千代田区千代田１－１"}));
    ASSERT_TRUE(face) << face.error().message;
    EXPECT_EQ(face->name, "髙橋　一郎");
    EXPECT_EQ(face->address, "東京都千代田区千代田１－１");
}

struct Malformed {
    const char* what;
    Bytes bytes;
    CardFaceError::Kind kind;
};

std::vector<Malformed> malformedFiles() {
    const Bytes good = cardFace();
    const Bytes name = tlv({0xDF, 0x22}, bytesOf("山田"));
    const Bytes address = tlv({0xDF, 0x23}, bytesOf("東京都"));
    const Bytes birth = tlv({0xDF, 0x24}, bytesOf("19850412"));
    const Bytes sex = tlv({0xDF, 0x25}, bytesOf("1"));
    const Bytes header = tlv({0xDF, 0x21}, Bytes(4, 0));
    auto face = [](std::initializer_list<Bytes> items) { return tlv({0xFF, 0x20}, concat(items)); };
    auto withTail = [](Bytes b, std::initializer_list<std::uint8_t> tail) {
        b.insert(b.end(), tail);
        return b;
    };
    return {
        {"empty", {}, CardFaceError::Truncated},
        {"tag only", {0xFF, 0x20}, CardFaceError::Truncated},
        {"half a tag", {0xFF}, CardFaceError::Truncated},
        {"length beyond the data", Bytes(good.begin(), good.end() - 1), CardFaceError::Truncated},
        {"long length cut short", {0xFF, 0x20, 0x82, 0x01}, CardFaceError::Truncated},
        {"item overruns FF 20", face({header, name, address, birth, {0xDF, 0x25, 0x05, '1'}}),
         CardFaceError::Truncated},
        {"indefinite length", {0xFF, 0x20, 0x80, 0x00, 0x00}, CardFaceError::BadLength},
        {"three length bytes", {0xFF, 0x20, 0x83, 0x00, 0x00, 0x00}, CardFaceError::BadLength},
        {"four-byte tag",
         {0xFF, 0x20, 0x05, 0xDF, 0x81, 0x81, 0x01, 0x00},
         CardFaceError::UnexpectedTag},
        {"not FF 20", tlv({0xFF, 0x21}, test::faceItems({})), CardFaceError::UnexpectedTag},
        {"unknown item", face({header, name, address, birth, sex, tlv({0xDF, 0x26}, {1})}),
         CardFaceError::UnexpectedTag},
        {"data after FF 20", withTail(good, {0x41}), CardFaceError::TrailingBytes},
        {"data after filler", withTail(good, {0xFF, 0xFF, 0x20}), CardFaceError::TrailingBytes},
        {"no header", face({name, address, birth, sex}), CardFaceError::MissingItem},
        {"no address", face({header, name, birth, sex}), CardFaceError::MissingItem},
        {"no sex", face({header, name, address, birth}), CardFaceError::MissingItem},
        {"empty name", face({header, tlv({0xDF, 0x22}, {}), address, birth, sex}),
         CardFaceError::MissingItem},
        {"name twice", face({header, name, name, address, birth, sex}),
         CardFaceError::DuplicateItem},
        {"name not UTF-8", cardFace({.name = "\xC3\x28"}), CardFaceError::InvalidText},
        {"overlong UTF-8 slash", cardFace({.name = "\xC0\xAF"}), CardFaceError::InvalidText},
        {"surrogate in UTF-8", cardFace({.address = "\xED\xA0\x80"}), CardFaceError::InvalidText},
        {"line break in address", cardFace({.address = "東京都\n千代田区"}),
         CardFaceError::InvalidText},
        {"NUL in name", face({header, tlv({0xDF, 0x22}, {'a', 0, 'b'}), address, birth, sex}),
         CardFaceError::InvalidText},
        {"bidi override in name", cardFace({.name = "山田\u202E郎太"}), CardFaceError::InvalidText},
        {"30 February", cardFace({.birth = "19850230"}), CardFaceError::InvalidBirthDate},
        {"month 13", cardFace({.birth = "19851301"}), CardFaceError::InvalidBirthDate},
        {"seven digits", cardFace({.birth = "1985041"}), CardFaceError::InvalidBirthDate},
        {"ISO form", cardFace({.birth = "1985-04-12"}), CardFaceError::InvalidBirthDate},
        {"sign in date", cardFace({.birth = "+9850412"}), CardFaceError::InvalidBirthDate},
        {"empty date", cardFace({.birth = ""}), CardFaceError::InvalidBirthDate},
    };
}

TEST(CardFaceParser, RefusesMalformedFilesWithTheirOwnReason) {
    for (const auto& c : malformedFiles()) {
        auto face = parseCardFace(c.bytes);
        ASSERT_FALSE(face) << c.what;
        EXPECT_EQ(face.error().kind, c.kind) << c.what << ": " << face.error().message;
    }
}

TEST(CardFaceParser, RefusesEveryTruncationOfAGoodFile) {
    const Bytes good = cardFace();
    for (std::size_t n = 0; n < good.size(); ++n) {
        EXPECT_FALSE(parseCardFace(std::span(good.data(), n))) << n << " bytes";
    }
}

TEST(CardFaceParser, ErrorMessagesCarryNoPersonalValue) {
    const std::string name = "秘密　花子";
    const std::string nameWithBreak = name + "\n";
    for (const auto& items :
         {FaceItems{.name = name, .birth = "19850230"},
          FaceItems{.name = name, .address = "東京都\x01"}, FaceItems{.name = nameWithBreak}}) {
        auto face = parseCardFace(cardFace(items));
        ASSERT_FALSE(face);
        EXPECT_EQ(face.error().message.find("秘密"), std::string::npos) << face.error().message;
        EXPECT_EQ(face.error().message.find("1985"), std::string::npos) << face.error().message;
    }
}

TEST(CardFaceParser, SizesTheElementFromItsFirstSevenBytes) {
    struct Case {
        Bytes head;
        std::size_t size;
    };
    for (const auto& c : {Case{{0xFF, 0x20, 0x65, 0xDF, 0x21, 0x11, 0x00}, 3 + 0x65},
                          Case{{0xFF, 0x20, 0x81, 0xC8, 0xDF, 0x21, 0x11}, 4 + 0xC8},
                          Case{{0xFF, 0x20, 0x82, 0x01, 0x2C, 0xDF, 0x21}, 5 + 0x12C}}) {
        auto size = cardFaceSize(c.head);
        ASSERT_TRUE(size);
        EXPECT_EQ(*size, c.size);
    }
    EXPECT_FALSE(cardFaceSize(Bytes{0x6F, 0x20, 0x05, 0, 0, 0, 0}));
    EXPECT_FALSE(cardFaceSize(Bytes{0xFF, 0x20, 0x82, 0x01}));
}

TEST(CardFaceData, BecomesIdentityFieldsWithoutKana) {
    auto face = parseCardFace(cardFace());
    ASSERT_TRUE(face);
    const IdentityFields fields = toIdentityFields(*face);
    EXPECT_EQ(fields.name, face->name);
    EXPECT_EQ(fields.address, face->address);
    EXPECT_EQ(fields.birthDate, face->birthDate);
    EXPECT_EQ(fields.sex, Sex::Male);
    EXPECT_TRUE(fields.nameKana.empty());
}

// What the kiosk does with the card's notation downstream: the 申立書 is
// prefilled with it as printed, and the cross-check folds widths and spaces.
TEST(CardFaceData, KeepsTheCardNotationAndMatchesTheTypedOne) {
    auto face = parseCardFace(
        cardFaceWithOffsets({.name = "髙橋　一郎", .address = "東京都千代田区千代田１－１"}));
    ASSERT_TRUE(face) << face.error().message;
    const IdentityFields card = toIdentityFields(*face);
    EXPECT_EQ(card.name, "髙橋　一郎");
    EXPECT_EQ(card.address, "東京都千代田区千代田１－１");
    IdentityFields typed = card;
    typed.name = "高橋 一郎";
    typed.address = "東京都千代田区千代田1-1";
    const auto comparison = compareIdentity(card, typed);
    for (const auto& field : comparison.fields) {
        if (field.field == IdentityField::Name || field.field == IdentityField::Address) {
            EXPECT_EQ(field.match, FieldMatch::SameAfterNormalising) << field.left;
        }
    }
    EXPECT_FALSE(comparison.anyDifferent());
}

}  // namespace
}  // namespace kiosk
