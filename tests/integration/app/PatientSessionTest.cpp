// The kiosk's patient session against a real terminal folder and a real
// SQLite file: when the face reader's answer arrives, whatever the screen.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>

#include "app/PatientSession.h"
#include "eligibility/OqsFolderSource.h"
#include "forms/TemplateLoader.h"
#include "integration/store/TestFiles.h"
#include "store/SqliteRecordStore.h"

namespace kiosk::app {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

const CivilDate kToday = *CivilDate::make(2026, 12, 1);

class PatientSessionTest : public testing::Test {
protected:
    PatientSessionTest() {
        fs::create_directories(oqsDir() / "face");
        OqsFolderSettings settings;
        settings.dir = oqsDir();
        settings.watch = {5s, 10ms, 300ms};
        settings.face.onWaiting = [this] { ++waits_; };
        source_ = std::make_unique<OqsFolderSource>(settings, openStore());
        store_ = openStore();
        auto form = loadFormTemplate(fs::path(KIOSK_SOURCE_DIR) /
                                     "templates/hihokensha-shikaku-moushitatesho/v2.json");
        EXPECT_TRUE(form.ok());
        form_ = std::move(form).value();
        session_ = std::make_unique<PatientSession>(
            *store_, *source_, nullptr, form_, FlowSettings{}, DisplayChoices{}, "受付1", [] {});
    }

    fs::path oqsDir() const { return fs::path(dir_.file("oqs")); }
    std::unique_ptr<SqliteRecordStore> openStore() {
        auto store = SqliteRecordStore::open(dir_.file("kiosk.db"));
        EXPECT_TRUE(store) << store.error().message;
        return std::move(store).value();
    }

    // The reader's answer for a card placed now (the public answer's shape).
    void placeCard(const std::string& name) {
        fs::copy_file(fs::path(KIOSK_SOURCE_DIR) / "tests/data/oqs/face-answer-valid.xml",
                      oqsDir() / "face" / ("OQSsiquc01res_face_" + name + ".xml"));
    }

    // Frames, as the kiosk's loop runs them, until `done` (at most ~10 s).
    template <typename Done>
    bool runUntil(Done done) {
        for (int frame = 0; frame < 1000; ++frame) {
            session_->update(kToday, FlowClock::now());
            if (done()) return true;
            std::this_thread::sleep_for(10ms);
        }
        return false;
    }

    FlowScreen screen() { return session_->flow().screen(); }
    std::size_t savedRecords() { return store_->list({}).value().size(); }

    test::TempDir dir_;
    std::atomic<int> waits_{0};
    std::unique_ptr<OqsFolderSource> source_;
    std::unique_ptr<SqliteRecordStore> store_;
    FormTemplate form_;
    std::unique_ptr<PatientSession> session_;
};

TEST_F(PatientSessionTest, CardPlacedBeforeTheScreenIsTouchedStartsTheCheckIn) {
    ASSERT_TRUE(runUntil([&] { return waits_ == 1; })) << "no wait on the welcome screen";
    EXPECT_EQ(screen(), FlowScreen::Welcome);
    placeCard("first");
    ASSERT_TRUE(runUntil([&] { return screen() == FlowScreen::ConfirmIdentity; }))
        << "still on " << enumName(screen());
    EXPECT_EQ(session_->flow().identityToConfirm().name, "見本　三和");
}

TEST_F(PatientSessionTest, CardPlacedOnTheLastPatientsFinishScreenStartsTheNextCheckIn) {
    ASSERT_TRUE(runUntil([&] { return waits_ == 1; }));
    placeCard("first");
    ASSERT_TRUE(runUntil([&] { return screen() == FlowScreen::ConfirmIdentity; }));
    session_->flow().identityAnswered(true, FlowClock::now());
    ASSERT_TRUE(runUntil([&] { return screen() == FlowScreen::Finished; }));
    ASSERT_EQ(savedRecords(), 1u);
    // The last patient's finish screen still shows when the next card comes.
    ASSERT_TRUE(runUntil([&] { return waits_ == 2; })) << "no wait on the finish screen";
    placeCard("second");
    ASSERT_TRUE(runUntil([&] { return savedRecords() == 2u; }));
    EXPECT_EQ(screen(), FlowScreen::Finished);
    EXPECT_EQ(session_->flow().savedRecordId(), 2);
}

// Issue 10 item 6: 「スタッフを呼ぶ」 reaches the store for the desk, with this
// kiosk's name, chimes once, and ends as the kiosk ended it.
TEST_F(PatientSessionTest, AStaffCallIsKeptForTheDeskAndEndedAsOnTheKiosk) {
    session_->flow().start(kToday, FlowClock::now());
    session_->flow().callStaff(FlowClock::now());
    session_->update(kToday, FlowClock::now());
    auto open = store_->staffCalls(true).value();
    ASSERT_EQ(open.size(), 1u);
    EXPECT_EQ(open[0].kioskName, "受付1");
    EXPECT_EQ(open[0].reason, StaffCallReason::PatientAsked);
    EXPECT_TRUE(session_->takeStaffCallChime());
    EXPECT_FALSE(session_->takeStaffCallChime()) << "one chime per call";
    session_->update(kToday, FlowClock::now());
    EXPECT_EQ(store_->staffCalls(false).value().size(), 1u) << "one call, not one per frame";

    session_->flow().cancelStaffCall(FlowClock::now());
    session_->update(kToday, FlowClock::now());
    EXPECT_TRUE(store_->staffCalls(true).value().empty());
    EXPECT_EQ(store_->staffCalls(false).value()[0].end, StaffCallEnd::CancelledByPatient);
}

// The patient walked away: the screen is wiped, the call stays for the desk.
TEST_F(PatientSessionTest, AStaffCallOutlivesTheResetThatWipesThePatient) {
    session_->flow().start(kToday, FlowClock::now());
    session_->flow().callStaff(FlowClock::now());
    session_->update(kToday, FlowClock::now());
    session_->flow().reset();
    session_->update(kToday, FlowClock::now());
    EXPECT_EQ(store_->staffCalls(true).value().size(), 1u);
    // The next patient's call is a new one.
    session_->flow().start(kToday, FlowClock::now());
    session_->flow().callStaff(FlowClock::now());
    session_->update(kToday, FlowClock::now());
    EXPECT_EQ(store_->staffCalls(true).value().size(), 2u);
}

// Staff closed it at the desk before tapping close on the kiosk: no error.
TEST_F(PatientSessionTest, AStaffCallClosedAtTheDeskFirstStaysClosedAsTheDeskSaid) {
    session_->flow().start(kToday, FlowClock::now());
    session_->flow().callStaff(FlowClock::now());
    session_->update(kToday, FlowClock::now());
    const auto id = store_->staffCalls(true).value()[0].id;
    ASSERT_TRUE(store_->endStaffCall(id, StaffCallEnd::StaffAtDesk, "desk"));
    session_->flow().staffDone(FlowClock::now());
    session_->update(kToday, FlowClock::now());
    EXPECT_EQ(store_->staffCalls(false).value()[0].end, StaffCallEnd::StaffAtDesk);
}

}  // namespace
}  // namespace kiosk::app
