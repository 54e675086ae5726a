// The front-desk slip rendered to a real PDF and read back with poppler-utils.
#include <gtest/gtest.h>

#include "integration/output/OutputSamples.h"
#include "integration/output/PdfTools.h"
#include "integration/store/TestFiles.h"
#include "output/FrontDeskSlip.h"
#include "output/PdfDocument.h"

namespace kiosk {
namespace {

using test::declaredRecord;

class FrontDeskSlipPdf : public ::testing::Test {
protected:
    // Renders `record` to slip.pdf and returns its path.
    std::string render(const CheckInRecord& record, std::vector<FollowUp> followUps = {}) {
        StoredRecord stored;
        stored.record = record;
        auto pdf = renderFrontDeskSlip(frontDeskSlipFor(stored, std::move(followUps)),
                                       test::bundledFont());
        EXPECT_TRUE(pdf) << pdf.error().message;
        std::string path = dir.file("slip.pdf");
        if (pdf) {
            EXPECT_TRUE(writePdfFile(path, *pdf));
        }
        return path;
    }
    const FormTemplate& form = test::shippedTemplate();
    test::TempDir dir;
};

TEST_F(FrontDeskSlipPdf, UnknownInsurerShows7FilledNumbersAndTheTekiyoText) {
    auto record = declaredRecord(form);
    record.receptionNumber = 17;
    auto text = test::pdfText(render(record));
    EXPECT_NE(text.find("髙橋 花子"), std::string::npos) << text;
    // pdftotext -layout turns the ideographic space into ASCII ones.
    EXPECT_NE(text.find("タカハシ"), std::string::npos) << text;
    EXPECT_NE(text.find("ハナコ"), std::string::npos) << text;
    EXPECT_NE(text.find("昭和28年2月28日（1953-02-28）"), std::string::npos) << text;
    EXPECT_NE(text.find("資格情報なし"), std::string::npos) << text;
    // Case 4: 77777777 for the insurer number, 記号 and 番号 filled with 7s.
    EXPECT_NE(text.find("4 申立書により保険者番号等「不詳」で請求"), std::string::npos) << text;
    for (const char* label : {"保険者番号", "記号", "番号"}) {
        auto at = text.find("\n" + std::string(label) + " ");
        ASSERT_NE(at, std::string::npos) << label << "\n" << text;
        ++at;
        auto line = text.substr(at, text.find('\n', at) - at);
        EXPECT_NE(line.find("77777777"), std::string::npos) << line;
    }
    EXPECT_NE(text.find("保険者番号等不詳（被保険者資格申立書による）"), std::string::npos) << text;
    EXPECT_NE(text.find("千代田区"), std::string::npos) << text;
    // 73 at the visit: the share she declared, 2割.
    EXPECT_NE(text.find("2割"), std::string::npos) << text;
    EXPECT_NE(text.find("申立書で申告された割合"), std::string::npos) << text;
    // The patient's 受付番号 and, apart from it, the record's own id.
    EXPECT_NE(text.find("受付番号 17"), std::string::npos) << text;
    EXPECT_NE(text.find("記録番号 42"), std::string::npos) << text;
    EXPECT_NE(text.find(form.id + " 第" + std::to_string(form.version) + "版"), std::string::npos)
        << text;
}

TEST_F(FrontDeskSlipPdf, ConfirmedQualificationShowsTheNumbersToEnter) {
    auto record = declaredRecord(form);
    record.outcome = EligibilityOutcome::Valid;
    record.declaration.reset();
    Qualification q;
    q.insurerNumber = "06139990";
    q.symbol = "あいう";
    q.number = "1234567";
    q.branch = "01";
    q.shareTenths = 3;
    record.terminalQualification = q;
    auto text = test::pdfText(render(record));
    EXPECT_NE(text.find("1 現在の資格を確認済み"), std::string::npos) << text;
    for (const char* value : {"06139990", "あいう", "1234567", "01"}) {
        EXPECT_NE(text.find(value), std::string::npos) << value << "\n" << text;
    }
    EXPECT_EQ(text.find("77777777"), std::string::npos) << text;
}

// A 資格確認書 the terminal could not confirm: the desk compares the typed
// numbers with the document, and claims on nothing until it has.
TEST_F(FrontDeskSlipPdf, UnconfirmedDocumentNumbersAreShownToCompare) {
    auto record = declaredRecord(form);
    record.declaration.reset();
    record.outcome = EligibilityOutcome::NoAnswer;
    record.proofPath = ProofPath::ProofDocument;
    UnconfirmedDocument typed;
    typed.numbers.source = QualificationSource::ProofDocument;
    typed.numbers.insurerNumber = "01130012";
    typed.numbers.symbol = "12-34";
    typed.numbers.number = "345";
    typed.numbers.branch = "01";
    typed.lookup = EligibilityOutcome::TerminalError;
    typed.terminalCode = "EOQS5001";
    typed.terminalMessage = "被保険者番号等の指定に誤りがあります";
    record.unconfirmedDocument = typed;
    auto text = test::pdfText(render(record));
    // Japanese lines wrap anywhere: read the text as one run.
    std::string joined = text;
    std::erase_if(joined, [](char c) { return c == '\n' || c == ' '; });
    EXPECT_NE(joined.find("資格確認書の番号"), std::string::npos) << text;
    EXPECT_NE(joined.find("患者入力・未確認"), std::string::npos) << text;
    for (const char* value : {"01130012", "12-34", "345", "原本と照合", "EOQS5001",
                              "被保険者番号等の指定に誤りがあります"}) {
        EXPECT_NE(joined.find(value), std::string::npos) << value << "\n" << text;
    }
    EXPECT_EQ(text.find("1 現在の資格を確認済み"), std::string::npos) << text;
}

// Issue 9 review: 有効（未登録）. What the patient pays is on the 医療券, not
// 「不明」; the claim goes to 公費 on the 医療券, not 「請求の根拠なし」.
TEST_F(FrontDeskSlipPdf, MedicalAidPointsToTheTicketAndAPublicExpenseClaim) {
    auto record = declaredRecord(form);
    record.declaration.reset();
    record.outcome = EligibilityOutcome::MedicalAidNotRegistered;
    record.proofPath = ProofPath::None;
    auto text = test::pdfText(render(record));
    EXPECT_NE(text.find("医療扶助"), std::string::npos) << text;
    EXPECT_NE(text.find("公費（生活保護）で請求"), std::string::npos) << text;
    EXPECT_EQ(text.find("請求の根拠なし"), std::string::npos) << text;
    const auto from = text.find("一部負担金の割合");
    const auto copayment = text.substr(from, text.find("請求の根拠") - from);
    EXPECT_NE(copayment.find("本人支払額は医療券による"), std::string::npos) << copayment;
    EXPECT_EQ(copayment.find("（不明）"), std::string::npos) << copayment;
}

TEST_F(FrontDeskSlipPdf, NoClaimBasisShowsTenTenthsAndWhy) {
    auto record = declaredRecord(form);
    record.declaration.reset();
    record.outcome = EligibilityOutcome::NoAnswer;
    record.proofPath = ProofPath::NothingAvailable;
    auto text = test::pdfText(render(record));
    EXPECT_NE(text.find("10割"), std::string::npos) << text;
    EXPECT_NE(text.find("請求の根拠がないため10割"), std::string::npos) << text;
    EXPECT_NE(text.find("請求の根拠なし"), std::string::npos) << text;
}

TEST_F(FrontDeskSlipPdf, ListsTheOpenFollowUpsWithDueDateAndNote) {
    FollowUp report;
    report.kind = FollowUpKind::ReportInsurerNumber;
    report.due = *CivilDate::make(2026, 6, 30);
    FollowUp lookUp;
    lookUp.kind = FollowUpKind::SystemFailureModeLookup;
    lookUp.due = *CivilDate::make(2026, 6, 16);
    lookUp.note = "氏名で照会";
    FollowUp done;
    done.kind = FollowUpKind::ConfirmProof;
    done.done = true;
    auto text = test::pdfText(render(declaredRecord(form), {report, lookUp, done}));
    EXPECT_NE(text.find("患者から保険者番号の連絡を受けて記録する（期限 2026-06-30）"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("システム障害時モードで資格を照会する（期限 2026-06-16）"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("氏名で照会"), std::string::npos) << text;
    EXPECT_EQ(text.find("資格確認書などを確認する"), std::string::npos) << text;
}

TEST_F(FrontDeskSlipPdf, SaysSoWhenNothingIsLeftToDo) {
    auto text = test::pdfText(render(declaredRecord(form)));
    auto section = text.find("対応すること");
    ASSERT_NE(section, std::string::npos) << text;
    EXPECT_NE(text.find("なし", section), std::string::npos) << text;
}

TEST_F(FrontDeskSlipPdf, EmbedsTheBundledFontAndRenders) {
    auto path = render(declaredRecord(form));
    EXPECT_TRUE(test::fontEmbedded(test::pdfFonts(path), "IPAexGothic")) << test::pdfFonts(path);
    auto page = test::renderPage(path, dir.file("slip"));
    EXPECT_NEAR(page.width, page.px(210), 1);
    EXPECT_NEAR(page.height, page.px(297), 1);
    // Something was drawn: the title block is not blank paper.
    EXPECT_GT(page.darkShare(page.px(20), page.px(20), page.px(120), page.px(30)), 0.02);
}

TEST_F(FrontDeskSlipPdf, EnglishSlipTakesItsLabelsFromTheCatalogue) {
    StoredRecord stored;
    stored.record = declaredRecord(form);
    auto settings = test::bundledFont();
    settings.language = Language::English;
    auto pdf = renderFrontDeskSlip(frontDeskSlipFor(stored, {}), settings);
    ASSERT_TRUE(pdf) << pdf.error().message;
    ASSERT_TRUE(writePdfFile(dir.file("en.pdf"), *pdf));
    auto text = test::pdfText(dir.file("en.pdf"));
    EXPECT_NE(text.find("Front-desk slip"), std::string::npos) << text;
    EXPECT_NE(text.find("Insurer unknown"), std::string::npos) << text;
}

}  // namespace
}  // namespace kiosk
