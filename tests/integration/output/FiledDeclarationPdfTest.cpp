// The 申立書 as filed: every value in its place, the signature image in the
// signature box, warnings for what could not be shown; read back with
// poppler-utils and measured on the rendered page.
#include <gtest/gtest.h>

#include <algorithm>

#include "integration/output/OutputSamples.h"
#include "integration/output/PdfTools.h"
#include "integration/store/TestFiles.h"
#include "output/FiledDeclaration.h"
#include "output/PdfDocument.h"
#include "unit/output/PngSamples.h"

namespace kiosk {
namespace {

using test::declaredRecord;

class FiledDeclarationPdf : public ::testing::Test {
protected:
    RenderedForm render(const CheckInRecord& record, const std::vector<std::uint8_t>& png) {
        auto rendered = renderFiledDeclaration(record, form, png, test::bundledFont());
        EXPECT_TRUE(rendered) << rendered.error().message;
        if (!rendered) return {};
        EXPECT_TRUE(writePdfFile(pdf(), rendered->pdf));
        page = test::renderPage(pdf(), dir.file("filed"));
        return std::move(rendered).value();
    }
    std::string pdf() const { return dir.file("filed.pdf"); }
    std::string textWithoutSpaces() const {
        auto text = test::pdfText(pdf());
        std::erase_if(text, [](char c) { return c == ' ' || c == '\n'; });
        return text;
    }
    MmRect signatureBox() const { return form.field("signature")->paper->box->area; }

    const FormTemplate& form = test::shippedTemplate();
    test::TempDir dir;
    test::Raster page;
};

TEST_F(FiledDeclarationPdf, ShowsEveryValueAndTheTemplateVersion) {
    auto rendered = render(declaredRecord(form), test::signaturePng(300, 80, true));
    EXPECT_TRUE(rendered.warnings.empty()) << rendered.warnings.front().message;
    auto text = textWithoutSpaces();
    // Boxes and cells: names, address, the kana one per cell, the phone digits.
    for (const char* value :
         {"髙橋花子", "千代田区", "東京都千代田区一番町1", "大阪府大阪市北区梅田1-1", "娘",
          "タカハシ", "ハナコ", "0312345678"}) {
        EXPECT_NE(text.find(value), std::string::npos) << value << "\n" << text;
    }
    // 記入日 令和8年6月15日 and 生年月日 昭和28年2月28日 in their cells.
    EXPECT_NE(text.find("08年06月15日"), std::string::npos) << text;
    EXPECT_NE(text.find("28年02月28日"), std::string::npos) << text;
    EXPECT_NE(text.find("様式hihokensha-shikaku-moushitatesho第" +
                        std::to_string(test::shippedTemplate().version) + "版記録番号42"),
              std::string::npos)
        << text;
    EXPECT_TRUE(test::fontEmbedded(test::pdfFonts(pdf()), "IPAexGothic"));
}

TEST_F(FiledDeclarationPdf, TicksTheDeclaredOptions) {
    render(declaredRecord(form), {});
    auto inside = [&](const std::string& key, const std::string& value) {
        for (const auto& option : form.field(key)->paper->options) {
            if (option.value == value) return page.darkShareInside(option.box, 0.8);
        }
        ADD_FAILURE() << key << " has no option " << value;
        return 0.0;
    };
    EXPECT_GT(inside("insurance_kind", "kokuho"), 0.03);
    EXPECT_LT(inside("insurance_kind", "shaho"), 0.005);
    EXPECT_GT(inside("declared_share", "two_tenths"), 0.03);
    EXPECT_GT(inside("sex", "female"), 0.03);
    EXPECT_GT(inside("birth_date", "showa"), 0.03);
    EXPECT_LT(inside("birth_date", "heisei"), 0.005);
}

TEST_F(FiledDeclarationPdf, PutsTheSignatureImageInTheSignatureBox) {
    render(declaredRecord(form), test::signaturePng(300, 80, true));
    EXPECT_GT(page.darkShareInside(signatureBox(), 1.0), 0.05);
}

TEST_F(FiledDeclarationPdf, ACorruptSignatureIsAWarningAndTheRestIsStillFiled) {
    auto png = test::signaturePng(300, 80);
    png.resize(png.size() / 2);  // a truncated upload
    auto rendered = render(declaredRecord(form), png);
    ASSERT_FALSE(rendered.pdf.empty());
    auto unreadable = std::find_if(
        rendered.warnings.begin(), rendered.warnings.end(),
        [](const FormWarning& w) { return w.reason == FormWarning::Reason::SignatureUnreadable; });
    ASSERT_NE(unreadable, rendered.warnings.end());
    EXPECT_EQ(unreadable->field, "signature");
    EXPECT_LT(page.darkShareInside(signatureBox(), 1.0), 0.005);
    EXPECT_NE(textWithoutSpaces().find("髙橋花子"), std::string::npos);
}

TEST_F(FiledDeclarationPdf, SignedWithoutAnImageIsFlagged) {
    auto rendered = render(declaredRecord(form), {});
    ASSERT_EQ(rendered.warnings.size(), 1u);
    EXPECT_EQ(rendered.warnings[0].reason, FormWarning::Reason::SignatureMissing);
}

TEST_F(FiledDeclarationPdf, AValueTooLongForItsBoxIsFlaggedNeverCut) {
    auto record = declaredRecord(form);
    record.declaration->address = std::string(60 * 3, '\0');
    record.declaration->address.clear();
    for (int i = 0; i < 60; ++i) record.declaration->address += "長";
    auto rendered = render(record, test::signaturePng(300, 80));
    ASSERT_EQ(rendered.warnings.size(), 1u);
    EXPECT_EQ(rendered.warnings[0].field, "address");
    EXPECT_EQ(rendered.warnings[0].reason, FormWarning::Reason::TooLongForBox);
    // Left empty for staff to copy by hand rather than printed cut short.
    EXPECT_EQ(textWithoutSpaces().find("長長長"), std::string::npos);
    EXPECT_LT(page.darkShareInside(form.field("address")->paper->box->area, 1.0), 0.005);
}

TEST_F(FiledDeclarationPdf, RefusesATemplateVersionOtherThanTheRecords) {
    auto record = declaredRecord(form);
    record.templateVersion = form.version + 1;
    auto rendered = renderFiledDeclaration(record, form, {}, test::bundledFont());
    ASSERT_FALSE(rendered);
    EXPECT_EQ(rendered.error().reason, PdfError::Reason::TemplateUnusable);
}

TEST_F(FiledDeclarationPdf, RefusesARecordWithoutDeclaration) {
    auto record = declaredRecord(form);
    record.declaration.reset();
    auto rendered = renderFiledDeclaration(record, form, {}, test::bundledFont());
    ASSERT_FALSE(rendered);
    EXPECT_EQ(rendered.error().reason, PdfError::Reason::TemplateUnusable);
}

}  // namespace
}  // namespace kiosk
