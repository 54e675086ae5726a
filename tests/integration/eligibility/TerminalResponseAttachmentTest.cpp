// The terminal's answer kept with the record, in a real SQLite file.
#include <gtest/gtest.h>

#include "eligibility/TerminalResponseAttachment.h"
#include "integration/store/SampleRecords.h"
#include "integration/store/TestFiles.h"
#include "store/SqliteRecordStore.h"

namespace kiosk {
namespace {

TEST(TerminalResponseAttachmentTest, KeepsTheBytesUnchangedAsTerminalResponse) {
    test::TempDir dir;
    auto store = SqliteRecordStore::open(dir.file("kiosk.db"));
    ASSERT_TRUE(store.ok()) << store.error().message;
    auto recordId = (*store)->create(test::sampleRecord(1), "test");
    ASSERT_TRUE(recordId.ok());
    EligibilityResult result;
    result.rawResponse = {0x3C, 0x3F, 0x78, 0x8A, 0x4E, 0x00, 0xFF};  // any bytes, Shift_JIS or not

    auto attachment = keepTerminalResponse(**store, *recordId, result, "kiosk");
    ASSERT_TRUE(attachment.ok()) << attachment.error().message;
    auto infos = (*store)->listAttachments(*recordId);
    ASSERT_TRUE(infos.ok());
    ASSERT_EQ(infos->size(), 1u);
    EXPECT_EQ((*infos)[0].kind, AttachmentKind::TerminalResponse);
    EXPECT_EQ((*infos)[0].mimeType, "application/xml");
    auto bytes = (*store)->attachmentBytes(*attachment);
    ASSERT_TRUE(bytes.ok());
    EXPECT_EQ(*bytes, result.rawResponse);
}

TEST(TerminalResponseAttachmentTest, NothingReceivedStoresNothing) {
    test::TempDir dir;
    auto store = SqliteRecordStore::open(dir.file("kiosk.db"));
    ASSERT_TRUE(store.ok());
    auto recordId = (*store)->create(test::sampleRecord(2), "test");
    ASSERT_TRUE(recordId.ok());
    auto attachment = keepTerminalResponse(**store, *recordId, EligibilityResult{}, "kiosk");
    ASSERT_FALSE(attachment.ok());
    EXPECT_EQ(attachment.error().kind, StoreError::Invalid);
    EXPECT_TRUE((*store)->listAttachments(*recordId)->empty());
}

}  // namespace
}  // namespace kiosk
