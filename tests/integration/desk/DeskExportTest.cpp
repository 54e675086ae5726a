// Issue 11 item 9 from the desk: what the list's filter selects goes to a
// file in a private folder, each record audited under the login.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include "desk/DeskExport.h"
#include "integration/store/SampleRecords.h"
#include "integration/store/StoreFileTest.h"

namespace kiosk {
namespace {

class DeskExportTest : public test::StoreFileTest {};

TEST_F(DeskExportTest, TheFiltersRecordsGoToAPrivateFileAuditedUnderTheLogin) {
    auto store = openStore();
    const CivilDate today = *CivilDate::make(2026, 12, 3);
    std::vector<std::int64_t> ids;
    for (int day : {0, -1}) {
        auto record = test::sampleRecord(10 - day);
        record.visitDate = today.plusDays(day);
        ids.push_back(store->create(record, "kiosk:1").value());
    }
    const DeskFilter todayOnly{today, today, std::nullopt, "", std::nullopt};
    const std::string folder = dir_.file("exports");
    auto done = exportFromDesk(*store, todayOnly, ExportFormat::Csv, folder, "sato", utcNow());
    ASSERT_TRUE(done) << done.error().message;
    EXPECT_EQ(done->records, 1u);
    struct stat info {};
    ASSERT_EQ(::stat(folder.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0700u);
    ASSERT_EQ(::stat(done->file.c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    const std::string csv = test::readText(done->file.string());
    EXPECT_NE(csv.find(test::sampleRecord(10).declaration->name), std::string::npos);
    EXPECT_EQ(csv.find(test::sampleRecord(11).declaration->name), std::string::npos)
        << "yesterday's is not in today's export";
    const auto trail = store->auditTrail(ids[0]).value();
    EXPECT_EQ(trail.back().action, "view_record");
    EXPECT_EQ(trail.back().actor, "sato");
    EXPECT_EQ(trail.back().detail, "export");
}

}  // namespace
}  // namespace kiosk
