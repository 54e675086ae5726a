// Issue 11 item 9, bad input: an export that cannot be written whole (a full
// disk, here a file-size limit the kernel enforces like one) leaves no
// half-written file and keeps an earlier export as it was.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <csignal>
#include <filesystem>
#include <fstream>

#include "integration/store/TestFiles.h"
#include "output/export/ExportFile.h"

namespace kiosk {
namespace {

// Lets files grow to `bytes` only, while it lives; writes past it fail with EFBIG.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        ::getrlimit(RLIMIT_FSIZE, &saved_);
        previous_ = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = saved_;
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() {
        ::setrlimit(RLIMIT_FSIZE, &saved_);
        std::signal(SIGXFSZ, previous_);
    }

private:
    rlimit saved_{};
    void (*previous_)(int) = nullptr;
};

TEST(ExportFile, AWholeExportIsPrivateAndReplacesTheEarlierOne) {
    test::TempDir dir;
    const std::string path = dir.file("export.csv");
    std::ofstream(path) << "earlier";
    ASSERT_TRUE(writeExportFile(path, "a,b\r\n1,2\r\n"));
    EXPECT_EQ(test::readText(path), "a,b\r\n1,2\r\n");
    struct stat info {};
    ASSERT_EQ(::stat(path.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
}

TEST(ExportFile, ADiskThatFillsLeavesNoHalfFileAndKeepsTheEarlierExport) {
    test::TempDir dir;
    const std::string path = dir.file("export.csv");
    std::ofstream(path) << "earlier";
    const std::string big(64 * 1024, 'x');
    Status<ExportFileError> written = Done{};
    {
        FileSizeLimit limit(4096);
        written = writeExportFile(path, big);
    }
    ASSERT_FALSE(written);
    EXPECT_NE(written.error().message.find("cannot write"), std::string::npos)
        << written.error().message;
    EXPECT_EQ(test::readText(path), "earlier");
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.file("")), {}), 1)
        << "no temporary file left";
}

TEST(ExportFile, AFolderThatIsNotThereIsSaid) {
    test::TempDir dir;
    const auto written = writeExportFile(dir.file("missing/export.csv"), "x");
    ASSERT_FALSE(written);
    EXPECT_NE(written.error().message.find("cannot create a file there"), std::string::npos);
}

}  // namespace
}  // namespace kiosk
