// Bad surroundings: a missing or unusable font, an unwritable output path.
// Each is a typed error naming the file, never a crash.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include "integration/output/OutputSamples.h"
#include "integration/store/TestFiles.h"
#include "output/FrontDeskSlip.h"
#include "output/PaperForm.h"
#include "output/PdfDocument.h"

namespace kiosk {
namespace {

TEST(PdfFailures, AMissingFontFileIsFontUnreadableNamingTheFile) {
    PdfSettings settings{"/nonexistent/fonts/ipaexg.ttf"};
    StoredRecord stored;
    stored.record = test::declaredRecord(test::shippedTemplate());
    auto slip = renderFrontDeskSlip(frontDeskSlipFor(stored, {}), settings);
    ASSERT_FALSE(slip);
    EXPECT_EQ(slip.error().reason, PdfError::Reason::FontUnreadable);
    EXPECT_NE(slip.error().message.find("/nonexistent/fonts/ipaexg.ttf"), std::string::npos);
    auto form = renderPaperForm(test::shippedTemplate(), {}, "S", settings);
    ASSERT_FALSE(form);
    EXPECT_EQ(form.error().reason, PdfError::Reason::FontUnreadable);
}

TEST(PdfFailures, AFileThatIsNoTrueTypeFontIsFontUnreadable) {
    test::TempDir dir;
    test::writeFile(dir.file("fake.ttf"), {'n', 'o', 't', ' ', 'a', ' ', 'f', 'o', 'n', 't'});
    auto document = PdfDocument::create(dir.file("fake.ttf"));
    ASSERT_FALSE(document);
    EXPECT_EQ(document.error().reason, PdfError::Reason::FontUnreadable);
}

TEST(PdfFailures, ATruncatedFontIsFontUnreadable) {
    test::TempDir dir;
    auto font = test::readFile(test::bundledFont().fontFile.string());
    font.resize(4096);
    test::writeFile(dir.file("cut.ttf"), font);
    auto document = PdfDocument::create(dir.file("cut.ttf"));
    ASSERT_FALSE(document);
    EXPECT_EQ(document.error().reason, PdfError::Reason::FontUnreadable);
    EXPECT_NE(document.error().message.find("cut.ttf"), std::string::npos);
}

TEST(PdfFailures, AnUnwritableOutputPathIsCannotWriteAndLeavesNothing) {
    test::TempDir dir;
    PdfBytes bytes{'%', 'P', 'D', 'F'};
    auto intoMissingDir = writePdfFile(dir.file("no/such/dir/out.pdf"), bytes);
    ASSERT_FALSE(intoMissingDir);
    EXPECT_EQ(intoMissingDir.error().reason, PdfError::Reason::CannotWrite);
    EXPECT_NE(intoMissingDir.error().message.find("out.pdf"), std::string::npos);
    std::filesystem::create_directory(dir.file("a-directory"));
    auto ontoDirectory = writePdfFile(dir.file("a-directory"), bytes);
    ASSERT_FALSE(ontoDirectory);
    EXPECT_EQ(ontoDirectory.error().reason, PdfError::Reason::CannotWrite);
    EXPECT_FALSE(std::filesystem::exists(dir.file("a-directory.part")));
}

TEST(PdfFailures, AWrittenPdfReplacesThePreviousOneWhole) {
    test::TempDir dir;
    ASSERT_TRUE(writePdfFile(dir.file("out.pdf"), PdfBytes(1000, 'x')));
    ASSERT_TRUE(writePdfFile(dir.file("out.pdf"), PdfBytes{'%', 'P', 'D', 'F'}));
    EXPECT_EQ(test::readFile(dir.file("out.pdf")).size(), 4u);
}

// Issue 11 item 11: a filled form is health data, readable by its writer
// alone whatever the umask, also where it replaces a file others could read.
TEST(PdfFailures, AWrittenPdfIsTheWritersAlone) {
    test::TempDir dir;
    const mode_t previous = ::umask(0);
    test::writeFile(dir.file("out.pdf"), {'o', 'l', 'd'});
    ASSERT_EQ(::chmod(dir.file("out.pdf").c_str(), 0644), 0);
    const auto written = writePdfFile(dir.file("out.pdf"), PdfBytes{'%', 'P', 'D', 'F'});
    ::umask(previous);
    ASSERT_TRUE(written);
    struct stat st {};
    ASSERT_EQ(::stat(dir.file("out.pdf").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0600u);
}

}  // namespace
}  // namespace kiosk
