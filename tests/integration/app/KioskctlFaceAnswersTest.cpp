// kioskctl face-answers: the face-reader answers no kiosk could attribute,
// listed for staff from a real SQLite file (there is no desk screen yet).
#include <gtest/gtest.h>

#include "integration/store/TestFiles.h"
#include "store/SqliteRecordStore.h"
#include "support/CommandRun.h"

namespace {

using kiosk::FaceAnswerDisposition;

class KioskctlFaceAnswers : public ::testing::Test {
protected:
    void SetUp() override {
        auto store = kiosk::SqliteRecordStore::open(db());
        ASSERT_TRUE(store) << store.error().message;
        const std::string hash(64, 'c');
        ASSERT_TRUE((*store)->noteFaceAnswer({"OQSsiquc01res_face_1.xml", 1, hash},
                                             FaceAnswerDisposition::Unattributed,
                                             "no reader identifier in the answer", "kiosk"));
        ASSERT_TRUE((*store)->noteFaceAnswer({"OQSsiquc01res_face_2.xml", 2, hash},
                                             FaceAnswerDisposition::Taken, "", "kiosk"));
    }
    std::string db() const { return dir.file("kiosk.db"); }
    kiosk::test::TempDir dir;
};

}  // namespace

TEST_F(KioskctlFaceAnswers, ListsTheUnattributedAnswersForStaff) {
    auto run = kiosk::test::runKioskctl("--db " + db() + " face-answers");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    EXPECT_NE(run.out.find("\tOQSsiquc01res_face_1.xml\tunattributed\tno reader identifier in the "
                           "answer\n"),
              std::string::npos)
        << run.out;
    EXPECT_EQ(run.out.find("face_2"), std::string::npos) << "taken answers are not for staff";
}

TEST_F(KioskctlFaceAnswers, ListsTheTakenAnswersWhenAsked) {
    auto run = kiosk::test::runKioskctl("--db " + db() + " face-answers --taken");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    EXPECT_NE(run.out.find("\tOQSsiquc01res_face_2.xml\ttaken\t"), std::string::npos) << run.out;
    EXPECT_EQ(run.out.find("face_1"), std::string::npos);
}

// The terminal's common face folder may hold every reader's answers: a
// card check on it without the reader's identifier could take another
// reader's patient, so it is refused with the reason, and nothing waits.
TEST_F(KioskctlFaceAnswers, CardCheckOnTheCommonFaceFolderNeedsTheReaderOrItsFolder) {
    auto refused = kiosk::test::runKioskctl("--db " + db() + " card-check --oqs-dir " +
                                            dir.file("oqs") + " --timeout-ms 10");
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_NE(refused.out.find("--reader-id"), std::string::npos) << refused.out;
    EXPECT_EQ(refused.out.find("waiting"), std::string::npos) << refused.out;

    // Naming the terminal's face folder as the reader's own is the same mistake.
    std::filesystem::create_directories(dir.file("oqs/face"));
    auto common =
        kiosk::test::runKioskctl("--db " + db() + " card-check --oqs-dir " + dir.file("oqs") +
                                 " --face-dir " + dir.file("oqs/face") + " --timeout-ms 10");
    EXPECT_EQ(common.exitCode, 2) << common.out;

    std::filesystem::create_directories(dir.file("reader-a"));
    const std::vector<std::string> named = {" --reader-id R1",
                                            " --face-dir " + dir.file("reader-a")};
    for (const std::string& setting : named) {
        auto run = kiosk::test::runKioskctl("--db " + db() + " card-check --oqs-dir " +
                                            dir.file("oqs") + setting + " --timeout-ms 10");
        EXPECT_EQ(run.exitCode, 0) << setting << ": " << run.out;
        EXPECT_NE(run.out.find("none timed_out"), std::string::npos) << setting << ": " << run.out;
    }
}
