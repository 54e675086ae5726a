#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "eligibility/OqsRequestFile.h"
#include "integration/store/TestFiles.h"

namespace kiosk {
namespace {

namespace fs = std::filesystem;

CheckRequest insuranceCardRequest() {
    CheckRequest r;
    r.reference = CheckReference::InsuranceCard;
    r.confirmationDate = *CivilDate::make(2024, 5, 1);
    r.insurerNumber = "06139992";
    r.symbol = "髙1234";
    r.number = "56";
    r.branch = "01";
    r.birthDate = CivilDate::make(1985, 1, 2);
    r.arbitraryIdentifier = "kiosk-1";
    return r;
}

std::string readText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(OqsRequestFileTest, NamesResultAfterRequestWithReqReplacedByRes) {
    EXPECT_EQ(oqsRequestFileName("20240501_7"), "OQSsiquc01req_20240501_7.xml");
    EXPECT_EQ(oqsResultFileName("OQSsiquc01req_20240501_7.xml"), "OQSsiquc01res_20240501_7.xml");
    EXPECT_TRUE(isOqsRequestFileName("OQSsiquc01req_x.xml"));
    EXPECT_FALSE(isOqsRequestFileName(".OQSsiquc01req_x.xml.tmp"));
}

TEST(OqsRequestFileTest, WritesShiftJisRequestIntoReqWithNoTemporaryLeftBehind) {
    test::TempDir dir;
    fs::create_directories(dir.file("req"));
    auto path = writeOqsRequest(dir.file(""), "r1", insuranceCardRequest(),
                                {"1312345678", OqsCharset::ShiftJis});
    ASSERT_TRUE(path.ok()) << path.error().message;
    EXPECT_EQ(*path, fs::path(dir.file("req")) / "OQSsiquc01req_r1.xml");
    EXPECT_EQ(std::distance(fs::directory_iterator(dir.file("req")), fs::directory_iterator()), 1);
    const auto text = readText(*path);
    EXPECT_NE(text.find("encoding=\"Shift_JIS\""), std::string::npos);
    EXPECT_NE(text.find("<CharacterCodeIdentifier>1</CharacterCodeIdentifier>"), std::string::npos);
    EXPECT_EQ(text.find("髙"), std::string::npos);  // not UTF-8
    EXPECT_NE(text.find("<InsuredIdentificationNumber>56<"), std::string::npos);
}

TEST(OqsRequestFileTest, RequestReadsBackAsWritten) {
    for (auto charset : {OqsCharset::ShiftJis, OqsCharset::Utf8}) {
        auto xml = oqsRequestXml(insuranceCardRequest(), {"1312345678", charset}, "20240501093000");
        ASSERT_TRUE(xml.ok());
        auto parsed = parseOqsRequest(*xml);
        ASSERT_TRUE(parsed.ok()) << parsed.error().message;
        const auto& r = parsed->request;
        EXPECT_EQ(parsed->charset, charset);
        EXPECT_EQ(parsed->medicalInstitutionCode, "1312345678");
        EXPECT_EQ(r.reference, CheckReference::InsuranceCard);
        EXPECT_EQ(r.confirmationDate, *CivilDate::make(2024, 5, 1));
        EXPECT_EQ(r.insurerNumber, "06139992");
        EXPECT_EQ(r.symbol, "髙1234");
        EXPECT_EQ(r.number, "56");
        EXPECT_EQ(r.branch, "01");
        EXPECT_EQ(r.birthDate, CivilDate::make(1985, 1, 2));
        EXPECT_EQ(r.arbitraryIdentifier, "kiosk-1");
    }
}

TEST(OqsRequestFileTest, CardRequestCarriesOnlyTheArbitraryIdentifier) {
    CheckRequest card;
    card.arbitraryIdentifier = "valid-sjis";
    auto xml = oqsRequestXml(card, {"1312345678", OqsCharset::Utf8}, "20240501093000");
    ASSERT_TRUE(xml.ok());
    EXPECT_NE(xml->find("<ReferenceClassification>1</ReferenceClassification>"), std::string::npos);
    EXPECT_EQ(xml->find("<InsurerNumber>"), std::string::npos);
    auto parsed = parseOqsRequest(*xml);
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(parsed->request.reference, CheckReference::Card);
    EXPECT_EQ(parsed->request.arbitraryIdentifier, "valid-sjis");
}

TEST(OqsRequestFileTest, UnwritableFolderIsAnIoError) {
    auto path = writeOqsRequest("/nonexistent/oqs", "r1", insuranceCardRequest(), {});
    ASSERT_FALSE(path.ok());
    EXPECT_EQ(path.error().reason, EligibilityError::Io);
}

}  // namespace
}  // namespace kiosk
