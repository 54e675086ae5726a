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
    EligibilityResult result;
    result.rawResponse = {0x3C, 0x3F, 0x78, 0x8A, 0x4E, 0x00, 0xFF};  // any bytes, Shift_JIS or not

    auto attachment = terminalResponseAttachment(result);
    ASSERT_TRUE(attachment);
    auto saved = (*store)->createCheckIn({test::sampleRecord(1), {*attachment}, {}}, "kiosk");
    ASSERT_TRUE(saved.ok()) << saved.error().message;
    auto infos = (*store)->listAttachments(saved->recordId);
    ASSERT_TRUE(infos.ok());
    ASSERT_EQ(infos->size(), 1u);
    EXPECT_EQ((*infos)[0].kind, AttachmentKind::TerminalResponse);
    EXPECT_EQ((*infos)[0].mimeType, "application/xml");
    auto bytes = (*store)->attachmentBytes(saved->attachmentIds.at(0));
    ASSERT_TRUE(bytes.ok());
    EXPECT_EQ(*bytes, result.rawResponse);
}

TEST(TerminalResponseAttachmentTest, NothingReceivedIsNoAttachment) {
    const EligibilityResult nothing;
    EXPECT_FALSE(terminalResponseAttachment(nothing));
}

}  // namespace
}  // namespace kiosk
