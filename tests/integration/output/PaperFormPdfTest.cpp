// The printable form for machine reading, rendered at 150 dpi and measured:
// marks, cells and option boxes where `kioskctl form layout` says, the QR
// decodes to template, version and serial, prefilled values in their cells.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "forms/FormLayout.h"
#include "integration/output/OutputSamples.h"
#include "integration/output/PdfTools.h"
#include "integration/store/TestFiles.h"
#include "output/FormSerial.h"
#include "output/PaperForm.h"
#include "output/PdfDocument.h"

namespace kiosk {
namespace {

constexpr const char* kSerial = "0123456789ABCDEF";

MmRect rectOf(const nlohmann::json& j) {
    return {j.at("x").get<double>(), j.at("y").get<double>(), j.at("width").get<double>(),
            j.at("height").get<double>()};
}

class PaperFormPdf : public ::testing::Test {
protected:
    // Renders the form with `prefill` to form.pdf and page 1 to form.pgm.
    RenderedForm render(const FormValues& prefill = {}) {
        auto rendered = renderPaperForm(form, prefill, kSerial, test::bundledFont());
        EXPECT_TRUE(rendered) << rendered.error().message;
        if (!rendered) return {};
        EXPECT_TRUE(writePdfFile(pdf(), rendered->pdf));
        page = test::renderPage(pdf(), dir.file("form"));
        return std::move(rendered).value();
    }
    std::string pdf() const { return dir.file("form.pdf"); }
    const nlohmann::json& field(const std::string& key) const {
        for (const auto& f : layout.at("fields")) {
            if (f.at("key") == key) return f;
        }
        ADD_FAILURE() << "no field " << key << " in the layout";
        return layout;
    }

    const FormTemplate& form = test::shippedTemplate();
    // What `kioskctl form layout` prints for the template.
    nlohmann::json layout = formLayoutJson(form);
    test::TempDir dir;
    test::Raster page;
};

TEST_F(PaperFormPdf, RegistrationMarksAreSolidExactlyWhereTheLayoutSays) {
    render();
    ASSERT_EQ(layout.at("registration_marks").size(), 4u);
    for (const auto& mark : layout.at("registration_marks")) {
        MmRect r = rectOf(mark);
        EXPECT_GT(page.darkShareInside(r, 0.3), 0.98) << mark.dump();
        // Paper just outside each edge: the mark ends where the layout says.
        EXPECT_LT(page.darkShare(page.px(r.x - 1.5), page.px(r.y), page.px(r.x - 0.5),
                                 page.px(r.bottom())),
                  0.02)
            << mark.dump();
        EXPECT_LT(page.darkShare(page.px(r.x), page.px(r.bottom() + 0.5), page.px(r.right()),
                                 page.px(r.bottom() + 1.5)),
                  0.02)
            << mark.dump();
    }
}

TEST_F(PaperFormPdf, CellsAndOptionBoxesHaveTheirBorderOnTheLayoutAndAreEmptyInside) {
    render();
    std::vector<std::pair<std::string, MmRect>> boxes;
    for (const char* key : {"phone", "insurer_number", "name_kana", "birth_date"}) {
        for (const auto& cell : field(key).at("cells")) boxes.push_back({key, rectOf(cell)});
    }
    for (const char* key : {"insurance_kind", "sex", "has_valid_insurance_card"}) {
        for (const auto& option : field(key).at("options")) boxes.push_back({key, rectOf(option)});
    }
    boxes.push_back({"address", rectOf(field("address").at("box"))});
    ASSERT_GT(boxes.size(), 50u);
    for (const auto& [key, r] : boxes) {
        EXPECT_GT(page.borderCoverage(r, 0.35), 0.99) << key << " at " << r.x << "," << r.y;
        EXPECT_LT(page.darkShareInside(r, 0.8), 0.005) << key << " at " << r.x << "," << r.y;
    }
}

TEST_F(PaperFormPdf, QrCodeDecodesToTemplateVersionAndSerial) {
    render();
    EXPECT_EQ(test::decodeQr(dir.file("form.pgm")),
              "KIOSKFORM:hihokensha-shikaku-moushitatesho:" +
                  std::to_string(test::shippedTemplate().version) + ":" + std::string(kSerial));
    // Inside the layout's QR square.
    EXPECT_GT(page.darkShareInside(rectOf(layout.at("qr")), 1.5), 0.2);
}

TEST_F(PaperFormPdf, PrintsTheLabelsAndTheSerialInTheFooter) {
    render();
    auto text = test::pdfText(pdf());
    for (const char* label : {"被保険者資格申立書", "保険者等名称", "フリガナ", "連絡先電話番号",
                              "わからない", "令和"}) {
        EXPECT_NE(text.find(label), std::string::npos) << label << "\n" << text;
    }
    EXPECT_NE(text.find(std::string("用紙番号 ") + kSerial), std::string::npos) << text;
    EXPECT_TRUE(test::fontEmbedded(test::pdfFonts(pdf()), "IPAexGothic"));
}

TEST_F(PaperFormPdf, PrefillPutsKnownValuesInTheirCellsAndTicksTheirOptions) {
    FormValues prefill;
    prefill.set("name_kana", "ヤマダ");
    prefill.set("sex", "female");
    prefill.set("phone", "03-1234-5678");
    auto rendered = render(prefill);
    EXPECT_TRUE(rendered.warnings.empty());
    const auto& kana = field("name_kana").at("cells");
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_GT(page.darkShareInside(rectOf(kana[i]), 0.8), 0.03) << "kana cell " << i;
    }
    EXPECT_LT(page.darkShareInside(rectOf(kana[3]), 0.8), 0.005);
    const auto& sex = field("sex").at("options");
    EXPECT_LT(page.darkShareInside(rectOf(sex[0]), 0.8), 0.005);  // male: untouched
    EXPECT_GT(page.darkShareInside(rectOf(sex[1]), 0.8), 0.03);   // female: ticked
    const auto& phone = field("phone").at("cells");
    for (std::size_t i = 0; i < 10; ++i) {
        EXPECT_GT(page.darkShareInside(rectOf(phone[i]), 0.8), 0.02) << "phone cell " << i;
    }
    EXPECT_LT(page.darkShareInside(rectOf(phone[10]), 0.8), 0.005);
    auto text = test::pdfText(pdf());
    EXPECT_NE(text.find("ヤ"), std::string::npos) << text;
}

TEST_F(PaperFormPdf, APrefillThatDoesNotFitIsFlaggedAndLeftEmpty) {
    FormValues prefill;
    prefill.set("insurer_number", "1234567890");  // 10 digits for 8 cells
    auto rendered = render(prefill);
    ASSERT_EQ(rendered.warnings.size(), 1u);
    EXPECT_EQ(rendered.warnings[0].field, "insurer_number");
    EXPECT_EQ(rendered.warnings[0].reason, FormWarning::Reason::TooLongForCells);
    EXPECT_EQ(rendered.warnings[0].message.find("1234567890"), std::string::npos);
    for (const auto& cell : field("insurer_number").at("cells")) {
        EXPECT_LT(page.darkShareInside(rectOf(cell), 0.8), 0.005);
    }
}

TEST_F(PaperFormPdf, EverySheetGetsItsOwnSerial) {
    EXPECT_NE(newFormSerial(), newFormSerial());
    EXPECT_EQ(formQrPayload(form, "X"),
              "KIOSKFORM:" + form.id + ":" + std::to_string(form.version) + ":X");
}

}  // namespace
}  // namespace kiosk
