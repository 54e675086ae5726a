#pragma once
// One visit's check-in: what the eligibility check said, what staff
// confirmed, and the declaration if one was made. This is what the record
// store keeps and the front desk works from.
#include <cstdint>
#include <optional>
#include <string>

#include "CivilDate.h"
#include "Declaration.h"
#include "IdentityCrossCheck.h"
#include "IdentityFields.h"

namespace kiosk {

// How the record came to be.
enum class RecordSource { Screen, Paper, Staff };

// What the online eligibility check (or its failure) said (DOMAIN.md §1, §7).
enum class EligibilityOutcome {
    NotChecked,             // no check attempted yet
    Valid,                  // 有効
    Lost,                   // 資格（無効）: latest qualification lost, numbers still visible
    NotRegistered,          // 資格情報なし
    MultipleMatches,        // 複数該当
    TerminalError,          // the terminal answered with an error code
    NoAnswer,               // terminal, reader or network down
    CardProblem,            // chip, soiled face, expired certificate
    FaceRecognitionFailed,  // the reader could not match the face (別添2: PIN or 目視)
    // 有効（未登録）: a medical-aid (医療扶助) recipient whose 医療券 for this
    // clinic is not yet registered; the welfare office settles it, not a 申立書.
    MedicalAidNotRegistered,
};

// Where a qualification (insurer number etc.) came from; decides the claim basis.
enum class QualificationSource {
    Terminal,        // the online check itself
    Mynaportal,      // patient showed the マイナポータル 資格情報 screen
    ProofDocument,   // 資格確認書, お知らせ + card, smartphone card, old 保険証
    DocumentLookup,  // the patient typed a 資格確認書's numbers; the terminal found it valid
    SystemFailureMode,  // looked up later in システム障害時モード
    OralNoChange,       // returning patient confirmed orally that nothing changed
    PastVisitRecord,    // taken from the clinic's own records of a past visit
};

// Why a qualification was lost (the terminal's ReasonOfLoss: 01, 02, 03, 99).
enum class LossReason { Death, PublicAssistance, OtherInsurance, Other };

struct Qualification {
    QualificationSource source = QualificationSource::Terminal;
    bool current = true;        // false: a lost (喪失済み) qualification
    std::string insurerNumber;  // 保険者番号, 8 (or 6 for 国保) digits
    std::string symbol;         // 被保険者証等記号
    std::string number;         // 被保険者証等番号
    std::string branch;         // 枝番, 2 digits (none for 後期)
    std::string insurerName;
    std::optional<int> shareTenths;  // 一部負担金 in tenths (3 = 3割) if known
    std::optional<CivilDate> qualifiedOn;
    std::optional<CivilDate> lostOn;
    // 喪失事由: a loss to 生活保護 leaves no insurer to claim from (§3(3)).
    std::optional<LossReason> lossReason;

    bool operator==(const Qualification&) const = default;
};

// A 資格確認書 the patient typed in that the terminal's look-up did not
// confirm: the desk compares the numbers with the document instead of typing
// them again, and sees what the terminal said (a rejected number is often a
// typing slip).
struct UnconfirmedDocument {
    Qualification numbers;  // as typed
    EligibilityOutcome lookup = EligibilityOutcome::NoAnswer;
    std::string terminalCode;     // the terminal's error code, when it gave one
    std::string terminalMessage;  // and its message

    bool operator==(const UnconfirmedDocument&) const = default;
};

// What the patient chose after a failed check (UX.md, notice §2).
enum class ProofPath {
    None,              // check succeeded, or nothing chosen yet
    Mynaportal,        // (a) QR hand-off to show the Mynaportal screen
    ProofDocument,     // (b) 資格確認書 / お知らせ / smartphone card
    Declaration,       // (c) 被保険者資格申立書
    NothingAvailable,  // (d) 10割 unless staff decide otherwise
};

// The 2023-07-04 check at a first visit or after a change of insurer: the
// patient is shown the terminal's name and birth date and asked
// 「ご本人の情報ですか？」. "No" suggests a mis-linked record.
enum class IdentityConfirmation { NotAsked, Confirmed, Denied };

enum class RecordStatus {
    Open,                   // staff still have to act
    AwaitingInsurerNumber,  // claimed as 不詳; the patient should report the number
    Closed,                 // claim work finished; due for deletion after retention
};

struct CheckInRecord {
    std::int64_t id = 0;  // 0 until stored
    RecordSource source = RecordSource::Screen;
    std::string templateId;  // form template the declaration was made with
    int templateVersion = 0;
    CivilDate visitDate = *CivilDate::make(2000, 1, 1);
    EligibilityOutcome outcome = EligibilityOutcome::NotChecked;
    std::string terminalCode;                             // terminal's ProcessingResultCode, if any
    std::optional<Qualification> terminalQualification;   // valid, or lost (資格（無効）)
    std::optional<IdentityFields> terminalIdentity;       // the person as the terminal shows them
    std::optional<Qualification> confirmedQualification;  // what staff confirmed
    std::optional<UnconfirmedDocument> unconfirmedDocument;
    ProofPath proofPath = ProofPath::None;
    std::optional<Declaration> declaration;
    // Staff treated an oral "nothing changed" from a returning patient as a
    // submitted 申立書 (notice §2(2)).
    // With the past visit's numbers in confirmedQualification; without them
    // it is not "nothing changed" (§2(2), §3(2)).
    bool declarationDeemedByStaff = false;
    // Staff saw that a valid insurance card has been issued: with the 申立書,
    // what allows a claim on a lost qualification (§3(3)), and what overrides
    // a 10割 self-pay visit.
    bool validCardConfirmedByStaff = false;
    IdentityConfirmation identityConfirmation = IdentityConfirmation::NotAsked;
    // The terminal's data against an independent source, item by item.
    std::optional<IdentityCrossCheck> identityCheck;
    RecordStatus status = RecordStatus::Open;
    // The day's 受付番号 the patient was given; the store allocates it when
    // the record is created (ignored in what is passed to it).
    std::optional<int> receptionNumber;

    bool operator==(const CheckInRecord&) const = default;
};

}  // namespace kiosk
