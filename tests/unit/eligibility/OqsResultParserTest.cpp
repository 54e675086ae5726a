#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "eligibility/OqsCharset.h"
#include "eligibility/OqsResultParser.h"

namespace kiosk {
namespace {

// A result file as the terminal writes it; every field can be changed.
struct ResultFile {
    std::string encoding = "Shift_JIS";  // XML declaration; "" for none
    std::string charsetId = "1";         // CharacterCodeIdentifier; "" for none
    std::string segment = "1";
    std::string status = "1";
    std::string code;
    std::string message;
    std::string validity = "1";
    bool withItem = true;
    std::string ratio = "030";
    std::string sex = "2";
    std::string birthdate = "19850102";
    std::string disqualification;
    std::string reasonOfLoss;
    std::string insurerNumber = "06139992";
    std::string symbol = "髙1234";
    std::string elderlyRatio;  // ElderlyRecipientCertificateInfo (70–74); "" for none
    std::string headerErrorCode;

    std::string elderly() const {
        if (elderlyRatio.empty()) return "";
        return "<ElderlyRecipientCertificateInfo><ElderlyRecipientContributionRatio>" +
               elderlyRatio +
               "</ElderlyRecipientContributionRatio></ElderlyRecipientCertificateInfo>";
    }

    std::string xml() const {
        std::string item;
        if (withItem) {
            item =
                "<ResultList><ResultOfQualificationConfirmation>"
                "<InsurerNumber>" +
                insurerNumber +
                "</InsurerNumber><InsurerName>架空健康保険組合</InsurerName>"
                "<InsuredCardSymbol>" +
                symbol +
                "</InsuredCardSymbol>"
                "<InsuredIdentificationNumber>56</InsuredIdentificationNumber>"
                "<InsuredBranchNumber>01</InsuredBranchNumber><Name>髙橋　試験</Name>"
                "<NameKana>ﾀｶﾊｼ ｼｹﾝ</NameKana><Sex1>" +
                sex + "</Sex1><Birthdate>" + birthdate +
                "</Birthdate><Address>東京都千代田区霞が関１丁目</Address>"
                "<PostNumber>100-8916</PostNumber><QualificationDate>20200401</QualificationDate>"
                "<DisqualificationDate>" +
                disqualification + "</DisqualificationDate><ReasonOfLoss>" + reasonOfLoss +
                "</ReasonOfLoss><InsuredPartialContributionRatio>" + ratio +
                "</InsuredPartialContributionRatio>" + elderly() +
                "</ResultOfQualificationConfirmation></"
                "ResultList>";
        }
        std::string decl =
            encoding.empty() ? "" : "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n";
        std::string charset = charsetId.empty() ? ""
                                                : "<CharacterCodeIdentifier>" + charsetId +
                                                      "</CharacterCodeIdentifier>";
        std::string headerError = headerErrorCode.empty()
                                      ? ""
                                      : "<ErrorCode>" + headerErrorCode +
                                            "</ErrorCode><ErrorMessage>端末の異常</ErrorMessage>";
        return decl + "<XmlMsg><MessageHeader><SegmentOfResult>" + segment + "</SegmentOfResult>" +
               charset + headerError +
               "</MessageHeader><MessageBody>"
               "<QualificationConfirmSearchInfo><ArbitraryIdentifier>k1</ArbitraryIdentifier>"
               "</QualificationConfirmSearchInfo><ProcessingResultStatus>" +
               status + "</ProcessingResultStatus><ProcessingResultCode>" + code +
               "</ProcessingResultCode><ProcessingResultMessage>" + message +
               "</ProcessingResultMessage><QualificationValidity>" + validity +
               "</QualificationValidity>" + item + "</MessageBody></XmlMsg>";
    }

    // The bytes on disk: Shift_JIS (Windows-31J) unless the file says UTF-8.
    std::vector<std::uint8_t> bytes() const {
        const auto charset = charsetId == "0" || (charsetId.empty() && encoding == "UTF-8")
                                 ? OqsCharset::Utf8
                                 : OqsCharset::ShiftJis;
        auto encoded = encodeFromUtf8(xml(), charset, "test");
        EXPECT_TRUE(encoded.ok());
        return {encoded->begin(), encoded->end()};
    }
};

EligibilityResultOr<ParsedOqsResult> parse(const std::vector<std::uint8_t>& bytes) {
    return parseOqsResult(bytes, TerminalErrorCodes::defaults());
}

ResultFile utf8File() {
    ResultFile f;
    f.encoding = "UTF-8";
    f.charsetId = "0";
    return f;
}

struct ValidityCase {
    std::string validity;
    EligibilityOutcome outcome;
    bool hasQualification;
    bool current;
};

class QualificationValidityTest : public testing::TestWithParam<ValidityCase> {};

TEST_P(QualificationValidityTest, MapsEachValidityCodeToItsOutcome) {
    ResultFile file;
    file.validity = GetParam().validity;
    file.withItem = GetParam().hasQualification;
    if (!GetParam().current) file.disqualification = "20240331";
    auto parsed = parse(file.bytes());
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    const auto& r = parsed->result;
    EXPECT_EQ(r.outcome, GetParam().outcome);
    EXPECT_FALSE(r.failure);
    ASSERT_EQ(r.qualification.has_value(), GetParam().hasQualification);
    if (r.qualification) {
        EXPECT_EQ(r.qualification->current, GetParam().current);
        EXPECT_EQ(r.qualification->source, QualificationSource::Terminal);
    }
}

INSTANTIATE_TEST_SUITE_P(
    AllCodes, QualificationValidityTest,
    testing::Values(ValidityCase{"1", EligibilityOutcome::Valid, true, true},
                    ValidityCase{"2", EligibilityOutcome::Lost, true, false},
                    ValidityCase{"3", EligibilityOutcome::Lost, true, false},
                    ValidityCase{"4", EligibilityOutcome::NotRegistered, false, true},
                    ValidityCase{"5", EligibilityOutcome::MultipleMatches, false, true},
                    ValidityCase{"6", EligibilityOutcome::MedicalAidNotRegistered, true, true},
                    ValidityCase{"6", EligibilityOutcome::MedicalAidNotRegistered, false, true}));

// 有効（未登録）: a medical-aid answer may list the person in a shape made for
// insurance, or partly; the outcome stands and nothing is invented.
TEST(OqsResultParserTest, MedicalAidNotRegisteredStandsEvenWhenItsListingIsIncomplete) {
    ResultFile file;
    file.validity = "6";
    file.insurerNumber = "";  // no insurer: 医療扶助 is not insurance
    auto parsed = parse(file.bytes());
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    EXPECT_EQ(parsed->result.outcome, EligibilityOutcome::MedicalAidNotRegistered);
    EXPECT_FALSE(parsed->result.qualification);
    EXPECT_FALSE(parsed->result.failure);
}

TEST(OqsResultParserTest, LostQualificationKeepsNumbersAndDatesForTheClaim) {
    ResultFile file;
    file.validity = "3";
    file.disqualification = "20240331";
    auto parsed = parse(file.bytes());
    ASSERT_TRUE(parsed.ok());
    const auto& q = *parsed->result.qualification;
    EXPECT_FALSE(q.current);
    EXPECT_EQ(q.insurerNumber, "06139992");
    EXPECT_EQ(q.symbol, "髙1234");
    EXPECT_EQ(q.number, "56");
    EXPECT_EQ(q.branch, "01");
    EXPECT_EQ(q.qualifiedOn, CivilDate::make(2020, 4, 1));
    EXPECT_EQ(q.lostOn, CivilDate::make(2024, 3, 31));
}

TEST(OqsResultParserTest, ReadsShiftJisIncludingIbmExtensionKanji) {
    auto parsed = parse(ResultFile{}.bytes());
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    const auto& r = parsed->result;
    EXPECT_EQ(r.identity.name, "髙橋　試験");
    EXPECT_EQ(r.identity.nameKana, "ﾀｶﾊｼ ｼｹﾝ");
    EXPECT_EQ(r.identity.address, "東京都千代田区霞が関１丁目");
    EXPECT_EQ(r.identity.sex, Sex::Female);
    EXPECT_EQ(r.identity.birthDate, CivilDate::make(1985, 1, 2));
    EXPECT_EQ(r.postNumber, "100-8916");
    EXPECT_EQ(r.qualification->insurerName, "架空健康保険組合");
    EXPECT_EQ(parsed->arbitraryIdentifier, "k1");
}

// The clients read the echoed search info in MessageBody (myclinic-ts's
// answer model); an answer with it in the header is read all the same.
TEST(OqsResultParserTest, EchoedArbitraryIdentifierIsReadFromTheBodyOrTheHeader) {
    ResultFile file;
    auto inBody = parse(file.bytes());
    ASSERT_TRUE(inBody.ok());
    EXPECT_EQ(inBody->arbitraryIdentifier, "k1");
    std::string xml = file.xml();
    const std::string echo =
        "<QualificationConfirmSearchInfo><ArbitraryIdentifier>k1</ArbitraryIdentifier>"
        "</QualificationConfirmSearchInfo>";
    xml.erase(xml.find(echo), echo.size());
    xml.insert(xml.find("</MessageHeader>"), echo);
    auto encoded = encodeFromUtf8(xml, OqsCharset::ShiftJis, "test");
    ASSERT_TRUE(encoded.ok());
    auto inHeader = parse({encoded->begin(), encoded->end()});
    ASSERT_TRUE(inHeader.ok());
    EXPECT_EQ(inHeader->arbitraryIdentifier, "k1");
}

TEST(OqsResultParserTest, ReadsUtf8AndShiftJisToTheSameResult) {
    auto sjis = parse(ResultFile{}.bytes());
    auto utf8 = parse(utf8File().bytes());
    ASSERT_TRUE(sjis.ok() && utf8.ok());
    EXPECT_EQ(sjis->result.qualification, utf8->result.qualification);
    EXPECT_EQ(sjis->result.identity.name, utf8->result.identity.name);
    EXPECT_NE(sjis->result.rawResponse, utf8->result.rawResponse);
}

TEST(OqsResultParserTest, TellsCharsetByDeclarationOrIdentifierAlone) {
    ResultFile declOnly;
    declOnly.charsetId = "";
    ResultFile idOnly;
    idOnly.encoding = "";
    for (const auto& file : {declOnly, idOnly}) {
        auto parsed = parse(file.bytes());
        ASSERT_TRUE(parsed.ok()) << parsed.error().message;
        EXPECT_EQ(parsed->result.identity.name, "髙橋　試験");
    }
}

TEST(OqsResultParserTest, KeepsTheBytesReceivedUnchanged) {
    const auto bytes = ResultFile{}.bytes();
    auto parsed = parse(bytes);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->result.rawResponse, bytes);
}

struct ShareCase {
    std::string ratio;
    std::optional<int> tenths;
};

class ContributionRatioTest : public testing::TestWithParam<ShareCase> {};

TEST_P(ContributionRatioTest, ReadsThePercentageAsTenths) {
    ResultFile file;
    file.ratio = GetParam().ratio;
    auto parsed = parse(file.bytes());
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->result.qualification->shareTenths, GetParam().tenths);
}

INSTANTIATE_TEST_SUITE_P(Ratios, ContributionRatioTest,
                         testing::Values(ShareCase{"030", 3}, ShareCase{"020", 2},
                                         ShareCase{"010", 1}, ShareCase{"100", 10},
                                         ShareCase{"", std::nullopt}));

struct ErrorCase {
    std::string code;
    EligibilityOutcome outcome;
};

class TerminalErrorTest : public testing::TestWithParam<ErrorCase> {};

TEST_P(TerminalErrorTest, KeepsCodeAndMessageAndSeparatesCardProblems) {
    ResultFile file;
    file.status = "2";
    file.validity = "";
    file.withItem = false;
    file.code = GetParam().code;
    file.message = "資格確認できませんでした";
    auto parsed = parse(file.bytes());
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    EXPECT_EQ(parsed->result.outcome, GetParam().outcome);
    EXPECT_EQ(parsed->result.terminalCode, GetParam().code);
    EXPECT_EQ(parsed->result.terminalMessage, "資格確認できませんでした");
    EXPECT_FALSE(parsed->result.qualification);
}

INSTANTIATE_TEST_SUITE_P(
    Codes, TerminalErrorTest,
    testing::Values(ErrorCase{"SIM-TERMINAL-ERROR", EligibilityOutcome::TerminalError},
                    ErrorCase{"SIM-CERTIFICATE-EXPIRED", EligibilityOutcome::CardProblem},
                    ErrorCase{"SIM-CARD-UNREADABLE", EligibilityOutcome::CardProblem},
                    ErrorCase{"SIM-CERTIFICATE-REVOKED", EligibilityOutcome::CardProblem},
                    ErrorCase{"SIM-FACE-NOT-RECOGNISED",
                              EligibilityOutcome::FaceRecognitionFailed}));

TEST(OqsResultParserTest, TerminalErrorCodesAreConfigurable) {
    ResultFile file;
    file.status = "2";
    file.withItem = false;
    const TerminalErrorCodes vendor(TerminalErrorCodes::parseList(" VENDOR-41, VENDOR-42"),
                                    TerminalErrorCodes::parseList("VENDOR-FACE"));
    for (auto [code, outcome] :
         {std::pair{"VENDOR-42", EligibilityOutcome::CardProblem},
          std::pair{"VENDOR-FACE", EligibilityOutcome::FaceRecognitionFailed},
          std::pair{"SIM-CARD-UNREADABLE", EligibilityOutcome::TerminalError}}) {
        file.code = code;
        auto parsed = parseOqsResult(file.bytes(), vendor);
        ASSERT_TRUE(parsed.ok());
        EXPECT_EQ(parsed->result.outcome, outcome) << code;
    }
}

// For 70–74 the share is in the 高齢受給者証 part of the answer; 後期 answers
// carry InsuredPartialContributionRatio.
TEST(OqsResultParserTest, SeventyToSeventyFourShareComesFromTheElderlyRecipientCertificate) {
    ResultFile file;
    file.ratio = "";
    file.elderlyRatio = "020";
    auto parsed = parse(file.bytes());
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    EXPECT_EQ(parsed->result.qualification->shareTenths, 2);
    file.elderlyRatio = "0x0";
    EXPECT_FALSE(parse(file.bytes()).ok()) << "a garbled ratio is refused, not guessed";
}

// Issue 9 review: an answer with both ratios is a 70–74 patient's; the
// 高齢受給者証's ratio is theirs.
TEST(OqsResultParserTest, TheElderlyRecipientRatioWinsOverTheInsuredRatio) {
    ResultFile file;
    file.ratio = "030";
    file.elderlyRatio = "020";
    auto parsed = parse(file.bytes());
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    EXPECT_EQ(parsed->result.qualification->shareTenths, 2);
}

// Insurer numbers arrive blank-padded to 8 characters: trimmed before any rule
// or document sees them; a 6-digit 国保 number stays 6 digits.
TEST(OqsResultParserTest, PaddingAroundNumbersIsTrimmed) {
    ResultFile file;
    file.insurerNumber = "  131011";
    file.symbol = "　髙1234 ";
    auto parsed = parse(file.bytes());
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    EXPECT_EQ(parsed->result.qualification->insurerNumber, "131011");
    EXPECT_EQ(parsed->result.qualification->symbol, "髙1234");
}

// A header ErrorCode is the answer even when an (empty) body is present.
TEST(OqsResultParserTest, HeaderErrorCodeIsKeptWhateverTheBodyHolds) {
    ResultFile file;
    file.segment = "9";
    file.status = "";
    file.validity = "";
    file.withItem = false;
    file.headerErrorCode = "EHDR0001";
    auto parsed = parse(file.bytes());
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    EXPECT_EQ(parsed->result.outcome, EligibilityOutcome::TerminalError);
    EXPECT_EQ(parsed->result.terminalCode, "EHDR0001");
    EXPECT_EQ(parsed->result.terminalMessage, "端末の異常");

    // Beside a whole, valid body the header's error still decides.
    ResultFile valid;
    valid.headerErrorCode = "EHDR0001";
    auto withBody = parse(valid.bytes());
    ASSERT_TRUE(withBody.ok()) << withBody.error().message;
    EXPECT_EQ(withBody->result.outcome, EligibilityOutcome::TerminalError);
    EXPECT_EQ(withBody->result.terminalCode, "EHDR0001");
    EXPECT_FALSE(withBody->result.qualification);
}

// 喪失事由 decides whether a lost qualification can be claimed with: a loss
// to 生活保護 leaves no insurer (DOMAIN.md §3(3)).
TEST(OqsResultParserTest, ReasonOfLossIsKept) {
    struct Case {
        const char* code;
        std::optional<LossReason> expected;
    } cases[] = {{"01", LossReason::Death},          {"02", LossReason::PublicAssistance},
                 {"03", LossReason::OtherInsurance}, {"99", LossReason::Other},
                 {"42", LossReason::Other},          {"", std::nullopt}};
    for (const auto& c : cases) {
        ResultFile file;
        file.validity = "2";
        file.disqualification = "20260331";
        file.reasonOfLoss = c.code;
        auto parsed = parse(file.bytes());
        ASSERT_TRUE(parsed.ok()) << c.code;
        ASSERT_TRUE(parsed->result.qualification);
        EXPECT_EQ(parsed->result.qualification->lossReason, c.expected) << c.code;
    }
}

std::vector<std::uint8_t> asBytes(const std::string& text) {
    return {text.begin(), text.end()};
}

struct BadCase {
    std::string name;
    std::vector<std::uint8_t> bytes;
    EligibilityError::Reason reason;
};

std::vector<BadCase> badCases() {
    auto with = [](auto change) {
        ResultFile f;
        change(f);
        return f.bytes();
    };
    const auto good = ResultFile{}.bytes();
    // Bad bytes inside an element's text, where the XML itself stays well-formed.
    auto insideName = [](std::vector<std::uint8_t> bytes, std::vector<std::uint8_t> bad) {
        const std::string tag = "<Name>";
        auto at = std::search(bytes.begin(), bytes.end(), tag.begin(), tag.end());
        bytes.insert(at + static_cast<std::ptrdiff_t>(tag.size()), bad.begin(), bad.end());
        return bytes;
    };
    const auto invalidSjis = insideName(good, {0x81, 0x20});  // lead byte, no trail byte
    const auto sjisText = encodeFromUtf8(utf8File().xml(), OqsCharset::ShiftJis, "test");
    const std::vector<std::uint8_t> sjisLabelledUtf8(sjisText->begin(), sjisText->end());
    const auto mixed = insideName(asBytes(utf8File().xml()), {0xC3, 0x28});  // invalid UTF-8
    return {
        {"Empty", {}, EligibilityError::Malformed},
        {"NotXml", asBytes("this is not xml"), EligibilityError::Malformed},
        {"Truncated", {good.begin(), good.begin() + good.size() / 2}, EligibilityError::Malformed},
        {"NoHeader", asBytes("<XmlMsg><MessageBody/></XmlMsg>"), EligibilityError::Malformed},
        {"InvalidShiftJis", invalidSjis, EligibilityError::Encoding},
        {"InvalidUtf8", mixed, EligibilityError::Encoding},
        {"ShiftJisBytesLabelledUtf8", sjisLabelledUtf8, EligibilityError::Encoding},
        {"DeclarationAndIdentifierDisagree", with([](ResultFile& f) { f.encoding = "UTF-8"; }),
         EligibilityError::Encoding},
        {"UnsupportedEncoding", with([](ResultFile& f) {
             f.encoding = "EUC-JP";
             f.charsetId = "";
         }),
         EligibilityError::Encoding},
        {"UnknownCharsetIdentifier", with([](ResultFile& f) { f.charsetId = "7"; }),
         EligibilityError::UnknownCode},
        {"UnknownValidity", with([](ResultFile& f) { f.validity = "7"; }),
         EligibilityError::UnknownCode},
        {"MissingValidity", with([](ResultFile& f) { f.validity = ""; }),
         EligibilityError::Malformed},
        {"UnknownStatus", with([](ResultFile& f) { f.status = "3"; }),
         EligibilityError::UnknownCode},
        {"UnknownSegment", with([](ResultFile& f) { f.segment = "4"; }),
         EligibilityError::UnknownCode},
        {"StillProcessing", with([](ResultFile& f) { f.segment = "2"; }),
         EligibilityError::Malformed},
        {"ValidWithoutQualification", with([](ResultFile& f) { f.withItem = false; }),
         EligibilityError::Malformed},
        {"UnknownSex", with([](ResultFile& f) { f.sex = "9"; }), EligibilityError::UnknownCode},
        {"ImpossibleBirthdate", with([](ResultFile& f) { f.birthdate = "19850230"; }),
         EligibilityError::Malformed},
        {"RatioNotAPercentage", with([](ResultFile& f) { f.ratio = "035"; }),
         EligibilityError::UnknownCode},
        {"RatioNotDigits", with([](ResultFile& f) { f.ratio = "髙"; }),
         EligibilityError::UnknownCode},
    };
}

class MalformedResultTest : public testing::TestWithParam<BadCase> {};

TEST_P(MalformedResultTest, IsATypedErrorWithoutPersonalData) {
    auto parsed = parse(GetParam().bytes);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().reason, GetParam().reason) << parsed.error().message;
    for (char c : parsed.error().message) {
        EXPECT_TRUE(c >= 0x20 && c <= 0x7e) << parsed.error().message;
    }
    EXPECT_EQ(parsed.error().message.find("1985"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Inputs, MalformedResultTest, testing::ValuesIn(badCases()),
                         [](const auto& param) { return param.param.name; });

}  // namespace
}  // namespace kiosk
