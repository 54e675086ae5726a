// Issue 11 item 11: health data is not world-readable. A new records file,
// its -wal and -shm, and the folder made for it are this system user's
// alone; an existing file others can open is reported with the fix.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>

#include "SampleRecords.h"
#include "TestFiles.h"
#include "store/PrivateFiles.h"
#include "store/SqliteRecordStore.h"

using kiosk::SqliteRecordStore;
using kiosk::test::TempDir;

namespace {

mode_t modeOf(const std::string& path) {
    struct stat st {};
    EXPECT_EQ(::stat(path.c_str(), &st), 0) << path;
    return st.st_mode & 07777;
}

// Even under the loosest umask: the modes come from the store, not the shell.
class PrivateFilesTest : public ::testing::Test {
protected:
    PrivateFilesTest() : previousMask_(::umask(0)) {}
    ~PrivateFilesTest() override { ::umask(previousMask_); }

    TempDir dir_;

private:
    mode_t previousMask_;
};

TEST_F(PrivateFilesTest, ANewRecordsFileItsJournalsAndItsFolderAreTheUsersAlone) {
    const std::string folder = dir_.file("clinic/records");
    const std::string path = folder + "/kiosk.db";
    ASSERT_TRUE(kiosk::createPrivateFolder(folder));  // as the kiosk does at start
    {
        auto store = SqliteRecordStore::open(path);
        ASSERT_TRUE(store) << store.error().message;
        ASSERT_TRUE((*store)->create(kiosk::test::sampleRecord(1), "test"));
        // The WAL and its index exist while the connection is open.
        EXPECT_EQ(modeOf(path + "-wal"), 0600u);
        EXPECT_EQ(modeOf(path + "-shm"), 0600u);
    }
    EXPECT_EQ(modeOf(path), 0600u);
    EXPECT_EQ(modeOf(folder), 0700u);
    EXPECT_EQ(modeOf(dir_.file("clinic")), 0700u);
    EXPECT_FALSE(kiosk::exposedRecordFile(path).has_value());
}

TEST_F(PrivateFilesTest, AnExistingFileOthersCanReadIsReportedWithTheCommandThatClosesIt) {
    const std::string path = dir_.file("kiosk.db");
    {
        auto store = SqliteRecordStore::open(path);
        ASSERT_TRUE(store) << store.error().message;
    }
    ASSERT_EQ(::chmod(path.c_str(), 0644), 0);
    const auto exposed = kiosk::exposedRecordFile(path);
    ASSERT_TRUE(exposed.has_value());
    EXPECT_NE(exposed->find(path), std::string::npos) << *exposed;
    // The command it gives closes the file, and then nothing is reported.
    const std::string fix = exposed->substr(exposed->find("chmod"));
    ASSERT_EQ(std::system(fix.c_str()), 0) << fix;
    EXPECT_EQ(modeOf(path) & 0007u, 0u);
    EXPECT_FALSE(kiosk::exposedRecordFile(path).has_value());
}

TEST_F(PrivateFilesTest, AFileTheClinicAlreadyHasKeepsItsMode) {
    // A staff group may be given read access on purpose: not undone.
    const std::string path = dir_.file("kiosk.db");
    { ASSERT_TRUE(SqliteRecordStore::open(path)); }
    ASSERT_EQ(::chmod(path.c_str(), 0640), 0);
    { ASSERT_TRUE(SqliteRecordStore::open(path)); }
    EXPECT_EQ(modeOf(path), 0640u);
    EXPECT_FALSE(kiosk::exposedRecordFile(path).has_value());
}

TEST_F(PrivateFilesTest, AFolderThatCannotBeMadeIsACannotOpenErrorNamingIt) {
    const std::string blocker = dir_.file("file");
    ASSERT_TRUE(kiosk::createPrivateFile(blocker));
    const auto made = kiosk::createPrivateFolder(blocker + "/sub");
    ASSERT_FALSE(made);
    EXPECT_EQ(made.error().kind, kiosk::StoreError::CannotOpen);
    EXPECT_NE(made.error().message.find(blocker), std::string::npos) << made.error().message;
}

}  // namespace
