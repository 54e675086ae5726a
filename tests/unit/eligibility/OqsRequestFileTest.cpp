#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <utility>
#include <vector>

#include "eligibility/OqsDocument.h"
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

// Every element holding text, as (path from the root, text), in document order.
using ElementTexts = std::vector<std::pair<std::string, std::string>>;

void collectTexts(const pugi::xml_node& node, const std::string& path, ElementTexts& out) {
    for (auto child : node.children()) {
        if (child.type() != pugi::node_element) continue;
        const auto childPath = path + "/" + child.name();
        if (child.first_child().type() == pugi::node_pcdata) {
            out.emplace_back(childPath, child.text().as_string());
        } else {
            collectTexts(child, childPath, out);
        }
    }
}

ElementTexts elementTexts(std::string_view bytes) {
    auto doc = loadOqsDocument(bytes, "request");
    EXPECT_TRUE(doc.ok()) << doc.error().message;
    ElementTexts texts;
    if (doc) collectTexts((*doc)->xml, "", texts);
    return texts;
}

std::string_view firstLine(std::string_view text) {
    return text.substr(0, text.find('\n'));
}

// tests/data/oqs/insurance-card-request.sjis.xml is written by hand from the
// clients (see the comment in it), not from our output.
TEST(OqsRequestFileTest, InsuranceCardRequestIsWrittenAsTheClientsWriteIt) {
    const auto fixture =
        readText(fs::path(KIOSK_SOURCE_DIR) / "tests/data/oqs/insurance-card-request.sjis.xml");
    ASSERT_FALSE(fixture.empty());
    auto xml = oqsRequestXml(insuranceCardRequest(), {"1312345678"}, "20240501093000123_4242_0");
    ASSERT_TRUE(xml.ok()) << xml.error().message;
    EXPECT_EQ(firstLine(*xml), firstLine(fixture));
    const auto expected = elementTexts(fixture);
    const auto written = elementTexts(*xml);
    ASSERT_FALSE(expected.empty());
    for (std::size_t i = 0; i < std::max(expected.size(), written.size()); ++i) {
        const auto want = i < expected.size() ? expected[i] : std::pair<std::string, std::string>();
        const auto got = i < written.size() ? written[i] : std::pair<std::string, std::string>();
        EXPECT_EQ(got, want) << "element " << i;
    }
}

// Issue 9 review: a 6-digit 国保 number goes to the terminal as 8 digits,
// zero-padded, the way myclinic-ts sends it (onshi_query_from_hoken).
TEST(OqsRequestFileTest, ASixDigitKokuhoNumberIsSentZeroPaddedToEight) {
    auto request = insuranceCardRequest();
    request.insurerNumber = "131011";
    auto xml = oqsRequestXml(request, {"1312345678"}, "f1");
    ASSERT_TRUE(xml.ok()) << xml.error().message;
    EXPECT_NE(xml->find("<InsurerNumber>00131011</InsurerNumber>"), std::string::npos) << *xml;
    request.insurerNumber = "06139998";
    xml = oqsRequestXml(request, {"1312345678"}, "f2");
    ASSERT_TRUE(xml.ok());
    EXPECT_NE(xml->find("<InsurerNumber>06139998</InsurerNumber>"), std::string::npos);
}

TEST(OqsRequestFileTest, WithoutConsentTheFlagIsZero) {
    OqsRequestSettings settings{"1312345678"};
    settings.limitCertificateConsent = false;
    auto xml = oqsRequestXml(insuranceCardRequest(), settings, "f1");
    ASSERT_TRUE(xml.ok());
    auto parsed = parseOqsRequest(*xml);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    EXPECT_EQ(parsed->limitCertificateConsent, "0");
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
    // Answer-only elements are not sent (OqsRequestFile.cpp).
    for (const char* answerOnly : {"<CharacterCodeIdentifier>", "<ProcessExecutionTime>",
                                   "<SegmentOfResult>", "<ReferenceClassification>"}) {
        EXPECT_EQ(text.find(answerOnly), std::string::npos) << answerOnly;
    }
    EXPECT_NE(text.find("<ArbitraryFileIdentifier>r1<"), std::string::npos);
    EXPECT_EQ(text.find("髙"), std::string::npos);  // not UTF-8
    EXPECT_NE(text.find("<InsuredIdentificationNumber>56<"), std::string::npos);
}

TEST(OqsRequestFileTest, RequestReadsBackAsWritten) {
    for (auto charset : {OqsCharset::ShiftJis, OqsCharset::Utf8}) {
        auto xml = oqsRequestXml(insuranceCardRequest(), {"1312345678", charset}, "f-7");
        ASSERT_TRUE(xml.ok());
        auto parsed = parseOqsRequest(*xml);
        ASSERT_TRUE(parsed.ok()) << parsed.error().message;
        const auto& r = parsed->request;
        EXPECT_EQ(parsed->charset, charset);
        EXPECT_EQ(parsed->medicalInstitutionCode, "1312345678");
        EXPECT_EQ(parsed->fileIdentifier, "f-7");
        EXPECT_EQ(parsed->limitCertificateConsent, "1");
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

// No client requests a card check: the face reader answers by itself, and a
// stray request may make the terminal answer with an error (DOMAIN.md §7).
TEST(OqsRequestFileTest, CardCheckIsNeverWrittenAsARequest) {
    CheckRequest card;
    card.reference = CheckReference::Card;
    auto xml = oqsRequestXml(card, {"1312345678", OqsCharset::Utf8}, "f-8");
    ASSERT_FALSE(xml.ok());
    EXPECT_EQ(xml.error().reason, EligibilityError::BadInput);
}

TEST(OqsRequestFileTest, LookUpRequestCarriesNoReferenceClassification) {
    auto xml = oqsRequestXml(insuranceCardRequest(), {"1312345678", OqsCharset::Utf8}, "f-9");
    ASSERT_TRUE(xml.ok());
    EXPECT_EQ(xml->find("ReferenceClassification"), std::string::npos);
}

// The clients' own request (the fixture) reads as a 保険証情報 look-up: no
// ReferenceClassification, search info in MessageBody.
TEST(OqsRequestFileTest, ReadsARequestAsTheClientsWriteIt) {
    auto parsed = parseOqsRequest(
        readText(fs::path(KIOSK_SOURCE_DIR) / "tests/data/oqs/insurance-card-request.sjis.xml"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    EXPECT_EQ(parsed->charset, OqsCharset::ShiftJis);
    EXPECT_EQ(parsed->request.reference, CheckReference::InsuranceCard);
    EXPECT_EQ(parsed->request.symbol, "髙1234");
    EXPECT_EQ(parsed->request.birthDate, CivilDate::make(1985, 1, 2));
    EXPECT_EQ(parsed->request.arbitraryIdentifier, "kiosk-1");
    EXPECT_EQ(parsed->fileIdentifier, "20240501093000123_4242_0");
}

// The old layout (search info in MessageHeader) is not what the terminal reads.
TEST(OqsRequestFileTest, SearchInfoInTheHeaderIsNotRead) {
    const std::string old =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><XmlMsg><MessageHeader>"
        "<QualificationConfirmationDate>20240501</QualificationConfirmationDate>"
        "<QualificationConfirmSearchInfo><InsurerNumber>06139992</InsurerNumber>"
        "</QualificationConfirmSearchInfo></MessageHeader></XmlMsg>";
    auto parsed = parseOqsRequest(old);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    EXPECT_EQ(parsed->request.insurerNumber, "");
}

TEST(OqsRequestFileTest, UnwritableFolderIsAnIoError) {
    auto path = writeOqsRequest("/nonexistent/oqs", "r1", insuranceCardRequest(), {});
    ASSERT_FALSE(path.ok());
    EXPECT_EQ(path.error().reason, EligibilityError::Io);
}

}  // namespace
}  // namespace kiosk
