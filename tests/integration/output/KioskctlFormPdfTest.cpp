// `kioskctl form pdf` run for real: the sheet's serial on stdout is the one
// in its QR code, prefilled values are printed, bad input exits non-zero.
#include <gtest/gtest.h>

#include <fstream>

#include "integration/output/PdfTools.h"
#include "integration/store/TestFiles.h"
#include "unit/forms/ShippedTemplate.h"

namespace kiosk {
namespace {

test::CommandRun kioskctl(const std::string& args, bool stderrToo = true) {
    return test::runCommand(std::string(KIOSK_BIN_DIR) + "/kioskctl " + args, stderrToo);
}

std::string serialFrom(const std::string& out) {
    auto at = out.find("serial ");
    return at == std::string::npos ? "" : out.substr(at + 7, out.find('\n', at) - at - 7);
}

TEST(KioskctlFormPdf, WritesTheFormWithPrefillAndPrintsTheSerialItsQrCarries) {
    test::TempDir dir;
    std::ofstream(dir.file("prefill.json")) << R"({"name_kana": "ヤマダ", "sex": "female"})";
    auto run = kioskctl("form pdf --template " + test::kShippedTemplateFile + " --prefill " +
                            dir.file("prefill.json") + " --out " + dir.file("form.pdf"),
                        false);
    ASSERT_EQ(run.exitCode, 0) << run.out;
    auto serial = serialFrom(run.out);
    ASSERT_EQ(serial.size(), 16u) << run.out;
    test::renderPage(dir.file("form.pdf"), dir.file("form"));
    EXPECT_EQ(test::decodeQr(dir.file("form.pgm")),
              "KIOSKFORM:hihokensha-shikaku-moushitatesho:" +
                  std::to_string(test::shippedTemplate().version) + ":" + serial);
    auto text = test::pdfText(dir.file("form.pdf"));
    EXPECT_NE(text.find("ヤ"), std::string::npos) << text;
    EXPECT_NE(text.find(serial), std::string::npos) << text;
}

TEST(KioskctlFormPdf, EachPrintedSheetHasANewSerial) {
    test::TempDir dir;
    auto args = "form pdf --template " + test::kShippedTemplateFile + " --out " + dir.file("a.pdf");
    auto first = kioskctl(args, false);
    auto second = kioskctl(args, false);
    ASSERT_EQ(first.exitCode, 0) << first.out;
    ASSERT_EQ(second.exitCode, 0) << second.out;
    EXPECT_NE(serialFrom(first.out), serialFrom(second.out));
}

TEST(KioskctlFormPdf, ABadPrefillOrOutputPathExitsNonZeroWithAReason) {
    test::TempDir dir;
    std::ofstream(dir.file("list.json")) << "[1, 2]";
    auto badPrefill = kioskctl("form pdf --template " + test::kShippedTemplateFile + " --prefill " +
                               dir.file("list.json") + " --out " + dir.file("x.pdf"));
    EXPECT_EQ(badPrefill.exitCode, 2);
    EXPECT_NE(badPrefill.out.find("not a JSON object"), std::string::npos) << badPrefill.out;
    EXPECT_FALSE(std::filesystem::exists(dir.file("x.pdf")));
    auto badOut = kioskctl("form pdf --template " + test::kShippedTemplateFile + " --out " +
                           dir.file("missing/x.pdf"));
    EXPECT_EQ(badOut.exitCode, 1);
    EXPECT_NE(badOut.out.find("cannot write"), std::string::npos) << badOut.out;
}

TEST(KioskctlFormPdf, APrefillThatDoesNotFitIsWarnedAboutWithoutItsValue) {
    test::TempDir dir;
    std::ofstream(dir.file("long.json")) << R"({"insurer_number": "1234567890"})";
    auto run = kioskctl("form pdf --template " + test::kShippedTemplateFile + " --prefill " +
                        dir.file("long.json") + " --out " + dir.file("f.pdf"));
    EXPECT_EQ(run.exitCode, 0) << run.out;
    EXPECT_NE(run.out.find("warning: insurer_number"), std::string::npos) << run.out;
    EXPECT_EQ(run.out.find("1234567890"), std::string::npos) << run.out;
}

}  // namespace
}  // namespace kiosk
