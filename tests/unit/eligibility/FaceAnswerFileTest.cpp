// A face reader's answer as real readers write it: the element set and
// nesting of a public client's fixture (myclinic-ts), with values of our own
// (tests/data/oqs/face-answer-valid.xml).
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "eligibility/FaceAnswerFile.h"
#include "eligibility/OqsResultParser.h"

namespace kiosk {
namespace {

std::vector<std::uint8_t> fixture() {
    std::ifstream in(KIOSK_SOURCE_DIR "/tests/data/oqs/face-answer-valid.xml", std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(FaceAnswerFileTest, RealShapedAnswerGivesIdentityAndQualification) {
    const auto bytes = fixture();
    ASSERT_FALSE(bytes.empty());
    auto parsed = parseOqsResult(bytes, TerminalErrorCodes::defaults());
    ASSERT_TRUE(parsed) << parsed.error().message;
    const auto& result = parsed->result;
    EXPECT_EQ(result.outcome, EligibilityOutcome::Valid);
    ASSERT_TRUE(result.qualification);
    EXPECT_TRUE(result.qualification->current);
    EXPECT_EQ(result.qualification->insurerNumber,
              "279000");  // blank padding trimmed (27900 + check digit 0)
    EXPECT_EQ(result.qualification->insurerName, "見本市");
    EXPECT_EQ(result.qualification->symbol, "見本５５");
    EXPECT_EQ(result.qualification->number, "7731");
    EXPECT_EQ(result.qualification->branch, "03");
    EXPECT_FALSE(result.qualification->shareTenths);  // the answer gives none
    EXPECT_EQ(result.identity.name, "見本　三和");
    EXPECT_EQ(result.identity.nameKana, "ﾐﾎﾝ ﾐﾜ");
    EXPECT_EQ(result.identity.sex, Sex::Female);
    EXPECT_EQ(result.identity.birthDate, CivilDate::make(1992, 8, 15));
    EXPECT_EQ(result.identity.address, "大阪府見本市北町３丁目４番５号");
    EXPECT_EQ(result.postNumber, "530-0099");
}

TEST(FaceAnswerFileTest, ReaderIdentifierIsTheHeadersArbitraryFileIdentifier) {
    EXPECT_EQ(faceReaderIdentifier(fixture()), "FR-TEST-READER-07");
    const std::string none = "<XmlMsg><MessageHeader/></XmlMsg>";
    EXPECT_EQ(
        faceReaderIdentifier({reinterpret_cast<const std::uint8_t*>(none.data()), none.size()}),
        "");
    const std::string broken = "<XmlMsg><MessageHeader><ArbitraryFileIdentifier>X";
    EXPECT_EQ(
        faceReaderIdentifier({reinterpret_cast<const std::uint8_t*>(broken.data()), broken.size()}),
        "");
}

// A file cut short after its header still names its reader: only that
// reader's kiosk is told the answer failed, the other readers' kiosks wait on.
TEST(FaceAnswerFileTest, AnswerCutShortStillNamesItsReader) {
    const std::string cut =
        "<XmlMsg><MessageHeader><ArbitraryFileIdentifier> R1 </ArbitraryFileIdentifier>"
        "</MessageHeader><MessageBody><ResultList><ResultOf";
    EXPECT_EQ(faceReaderIdentifier({reinterpret_cast<const std::uint8_t*>(cut.data()), cut.size()}),
              "R1");
    const std::string markup =
        "<XmlMsg><ArbitraryFileIdentifier>R<b></ArbitraryFileIdentifier><MessageBody";
    EXPECT_EQ(
        faceReaderIdentifier({reinterpret_cast<const std::uint8_t*>(markup.data()), markup.size()}),
        "");
}

TEST(FaceAnswerFileTest, KeyTellsContentAndTimeStampApart) {
    const auto bytes = fixture();
    const auto t = std::filesystem::file_time_type::clock::now();
    const auto key = faceAnswerKey("OQSsiquc01res_face_1.xml", t, bytes);
    EXPECT_EQ(key.contentSha256.size(), 64u);
    EXPECT_EQ(key, faceAnswerKey("OQSsiquc01res_face_1.xml", t, bytes));
    auto changed = bytes;
    changed.back() ^= 1;
    EXPECT_NE(key, faceAnswerKey("OQSsiquc01res_face_1.xml", t, changed));
    EXPECT_NE(key, faceAnswerKey("OQSsiquc01res_face_1.xml", t + std::chrono::seconds(1), bytes));
}

TEST(FaceAnswerFileTest, OnlyFaceAnswerNamesCount) {
    EXPECT_TRUE(isFaceAnswerFileName("OQSsiquc01res_face_20250612093015_1.xml"));
    EXPECT_FALSE(isFaceAnswerFileName("OQSsiquc01res_20250612.xml"));
    EXPECT_FALSE(isFaceAnswerFileName("OQSsiquc01res_face_1.xml.tmp"));
}

}  // namespace
}  // namespace kiosk
