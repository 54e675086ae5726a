#include "FollowUpPlan.h"

#include "core/ClaimBasis.h"
#include "core/CounterShare.h"

namespace kiosk {

namespace {

// Claims for a month go out early the next month: what is still unknown should
// be settled by the month's last day.
CivilDate endOfMonth(const CivilDate& day) {
    return *CivilDate::make(day.year(), day.month(), daysInMonth(day.year(), day.month()));
}

bool checkCouldNotRun(EligibilityOutcome outcome) {
    return outcome == EligibilityOutcome::NoAnswer || outcome == EligibilityOutcome::TerminalError;
}

}  // namespace

std::vector<NewFollowUp> planFollowUps(const CheckInRecord& record) {
    std::vector<NewFollowUp> plan;
    const CivilDate today = record.visitDate;
    switch (record.proofPath) {
        case ProofPath::Mynaportal:
            plan.push_back({FollowUpKind::ConfirmProof, today,
                            "マイナポータルの資格情報画面を確認し、資格情報を入力する"});
            break;
        case ProofPath::ProofDocument:
            // Checked at the terminal from the numbers typed: nothing left to see.
            if (record.confirmedQualification) break;
            plan.push_back(
                {FollowUpKind::ConfirmProof, today, "資格確認書等を確認し、資格情報を入力する"});
            break;
        case ProofPath::NothingAvailable:
            plan.push_back(
                {FollowUpKind::Other, today,
                 "資格確認できるものなし：10割請求か、再診等で柔軟な対応をするか判断する"});
            break;
        case ProofPath::Declaration:
        case ProofPath::None:
            break;
    }
    if (decideClaimBasis(record).kind == ClaimBasisKind::UnknownWithDeclaration) {
        plan.push_back({FollowUpKind::ReportInsurerNumber, endOfMonth(today),
                        "患者からの保険者番号等の連絡を確認し、なければ患者に確認する（3(4)）"});
    }
    // When the terminal could not be reached, the qualification can still be
    // looked up afterwards in システム障害時モード (別添2).
    // A document the terminal confirmed needs no later look-up.
    if (checkCouldNotRun(record.outcome) && record.proofPath != ProofPath::None &&
        !record.confirmedQualification) {
        plan.push_back({FollowUpKind::SystemFailureModeLookup, today.plusDays(1),
                        "システム障害時モード：コールセンター（0800-080-4583、平日9〜17時）に連絡し"
                        "て利用を開始する（約30分）。照会キーは生年月日・性別・資格確認日、氏名また"
                        "はカナ氏名（完全一致）、住所または保険者名。利用後に利用報告を提出する"});
    }
    if (record.outcome == EligibilityOutcome::MedicalAidNotRegistered) {
        plan.push_back({FollowUpKind::Other, today,
                        "医療扶助（有効・未登録）：医療券・調剤券を確認するか、福祉事務所に連絡して"
                        "当院あての医療券の発行・登録を確認する。負担額は医療券による"});
    }
    if (record.outcome == EligibilityOutcome::FaceRecognitionFailed) {
        plan.push_back(
            {FollowUpKind::Other, today,
             "顔認証に失敗：カードリーダーで暗証番号を入力してもらうか、リーダーを目視確"
             "認モードにして券面の写真と本人を照合し「目視で本人確認完了」を押す（別添2）"});
    }
    if (auto share = decideCounterShare(record);
        share && share->reason == ShareReason::KoukiTickBelow65) {
        plan.push_back({FollowUpKind::Other, today,
                        "65歳未満で保険種別「後期」に印：後期高齢者医療ではありえないため、保険種別"
                        "と負担割合を患者に確認する"});
    }
    if (record.identityConfirmation == IdentityConfirmation::Denied) {
        plan.push_back({FollowUpKind::ConfirmIdentity, today,
                        "患者が端末表示の氏名・生年月日を本人のものではないと回答：誤った紐付けの可"
                        "能性。口頭で本人確認し、保険者に連絡する（2023年7月4日事務連絡）"});
    }
    if (record.identityCheck &&
        record.identityCheck->against == CrossCheckSource::TerminalPrefill) {
        plan.push_back({FollowUpKind::ConfirmIdentity, today,
                        "申立書の氏名・生年月日等は資格確認端末の表示を患者が確かめたもので、照合に"
                        "ならない：券面か身分証で本人確認する（2023年7月4日事務連絡）"});
    } else if (record.identityCheck && !record.identityCheck->itemsToShowStaff().empty()) {
        plan.push_back({FollowUpKind::ConfirmIdentity, today,
                        "端末の資格情報と申立書の内容に違いあり：口頭で本人確認する"});
    }
    return plan;
}

}  // namespace kiosk
