// A records file the store cannot use must be refused and left exactly as it
// was, so that nothing a clinic kept is ever overwritten by a new database.
#include <gtest/gtest.h>

#include <filesystem>

#include "RawSqlite.h"
#include "SampleRecords.h"
#include "TestFiles.h"
#include "store/SqliteRecordStore.h"
#include "store/SqliteSchema.h"

using kiosk::SqliteRecordStore;
using kiosk::StoreError;
using kiosk::test::RawSqlite;
using kiosk::test::readFile;
using kiosk::test::writeFile;

namespace {

class SqliteFileSafetyTest : public ::testing::Test {
protected:
    // A real kiosk database with enough records to span many pages.
    void makeDatabase(int records) {
        auto store = SqliteRecordStore::open(path_);
        ASSERT_TRUE(store) << store.error().message;
        for (int i = 0; i < records; ++i) {
            ASSERT_TRUE((*store)->create(kiosk::test::sampleRecord(i), "setup"));
        }
    }

    // Opening must fail with `kind`, name the file, and leave it unchanged.
    void expectRefusedUntouched(StoreError::Kind kind) {
        auto before = readFile(path_);
        auto store = SqliteRecordStore::open(path_);
        ASSERT_FALSE(store);
        EXPECT_EQ(store.error().kind, kind) << store.error().message;
        EXPECT_NE(store.error().message.find(path_), std::string::npos) << store.error().message;
        EXPECT_EQ(readFile(path_), before);
        EXPECT_FALSE(std::filesystem::exists(path_ + "-wal") &&
                     std::filesystem::file_size(path_ + "-wal") > 0);
    }

    kiosk::test::TempDir dir_;
    std::string path_ = dir_.file("records.sqlite");
};

}  // namespace

TEST_F(SqliteFileSafetyTest, NewDatabaseUsesWalAndOurSchema) {
    makeDatabase(1);
    RawSqlite raw(path_);
    EXPECT_EQ(raw.text("PRAGMA journal_mode"), "wal");
    EXPECT_EQ(raw.text("PRAGMA user_version"), std::to_string(kiosk::kSqliteSchemaVersion));
    EXPECT_EQ(raw.text("PRAGMA application_id"), std::to_string(0x4b494f53));
    EXPECT_EQ(raw.text("SELECT count(*) FROM records"), "1");
}

TEST_F(SqliteFileSafetyTest, ZeroByteFileBecomesANewDatabase) {
    writeFile(path_, {});
    auto store = SqliteRecordStore::open(path_);
    ASSERT_TRUE(store) << store.error().message;
    EXPECT_TRUE((*store)->create(kiosk::test::sampleRecord(1), "kiosk"));
}

TEST_F(SqliteFileSafetyTest, NewerSchemaIsRefusedAndLeftUntouched) {
    makeDatabase(3);
    ASSERT_EQ(RawSqlite(path_).exec("PRAGMA user_version = 99"), SQLITE_OK);
    expectRefusedUntouched(StoreError::SchemaTooNew);
}

TEST_F(SqliteFileSafetyTest, GarbageFileIsRefusedAndLeftUntouched) {
    std::vector<char> garbage(10000);
    for (std::size_t i = 0; i < garbage.size(); ++i) garbage[i] = static_cast<char>(i * 7 + 3);
    writeFile(path_, garbage);
    expectRefusedUntouched(StoreError::NotADatabase);
}

TEST_F(SqliteFileSafetyTest, ShortTextFileIsRefusedAndLeftUntouched) {
    writeFile(path_, {'h', 'i', '\n'});
    expectRefusedUntouched(StoreError::NotADatabase);
}

TEST_F(SqliteFileSafetyTest, TruncatedDatabaseIsRefusedAndLeftUntouched) {
    makeDatabase(200);
    auto whole = readFile(path_);
    ASSERT_GT(whole.size(), 8u * 4096);
    for (std::size_t size : {whole.size() / 2, std::size_t{4096}, std::size_t{60}}) {
        writeFile(path_, std::vector<char>(whole.begin(), whole.begin() + size));
        SCOPED_TRACE(size);
        expectRefusedUntouched(StoreError::NotADatabase);
    }
}

TEST_F(SqliteFileSafetyTest, DamagedFirstPageIsRefusedAndLeftUntouched) {
    makeDatabase(20);
    auto bytes = readFile(path_);
    std::fill(bytes.begin() + 100, bytes.begin() + 4096, '\xa5');  // the schema table's page
    writeFile(path_, bytes);
    expectRefusedUntouched(StoreError::NotADatabase);
}

TEST_F(SqliteFileSafetyTest, AnotherProgramsDatabaseIsRefusedAndLeftUntouched) {
    ASSERT_EQ(RawSqlite(path_).exec("CREATE TABLE patients (name TEXT); "
                                    "INSERT INTO patients VALUES ('x')"),
              SQLITE_OK);
    expectRefusedUntouched(StoreError::NotADatabase);
}

TEST_F(SqliteFileSafetyTest, DirectoryIsRefused) {
    std::filesystem::create_directory(path_);
    auto store = SqliteRecordStore::open(path_);
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().kind, StoreError::NotADatabase);
}

TEST_F(SqliteFileSafetyTest, MissingDirectoryCannotBeOpened) {
    auto store = SqliteRecordStore::open(dir_.file("no/such/dir/records.sqlite"));
    ASSERT_FALSE(store);
    EXPECT_EQ(store.error().kind, StoreError::CannotOpen);
}

// A second connection in one process (the kiosk's face-answer memory beside
// its records) must not drop the first one's POSIX locks: closing any
// descriptor of the file drops them all (sqlite.org/howtocorrupt.html §2.2),
// and another process (kioskctl, a backup) that then thinks itself alone
// removes the WAL the kiosk still writes into: its later commits are lost.
TEST_F(SqliteFileSafetyTest, SecondConnectionInOneProcessKeepsTheFirstOnesCommitsSafe) {
    auto first = SqliteRecordStore::open(path_);
    ASSERT_TRUE(first) << first.error().message;
    auto second = SqliteRecordStore::open(path_);
    ASSERT_TRUE(second) << second.error().message;
    ASSERT_TRUE((*first)->create(kiosk::test::sampleRecord(1), "kiosk"));
    const std::string otherProcess = "sqlite3 " + path_ + " 'SELECT count(*) FROM records'";
    ASSERT_EQ(std::system((otherProcess + " > /dev/null").c_str()), 0);
    ASSERT_TRUE((*first)->create(kiosk::test::sampleRecord(2), "kiosk"));
    ASSERT_TRUE((*second)->create(kiosk::test::sampleRecord(3), "kiosk"));
    EXPECT_EQ(RawSqlite(path_).text("SELECT count(*) FROM records"), "3");
    FILE* seen = popen(otherProcess.c_str(), "r");
    ASSERT_NE(seen, nullptr);
    char count[16] = {};
    ASSERT_NE(fgets(count, sizeof count, seen), nullptr);
    pclose(seen);
    EXPECT_STREQ(count, "3\n") << "another process must see every commit";
}
