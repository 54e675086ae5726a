#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "core/ClaimBasis.h"

using namespace kiosk;

namespace {

Qualification qualification(QualificationSource source, bool current, std::string insurer) {
    Qualification q;
    q.source = source;
    q.current = current;
    q.insurerNumber = std::move(insurer);
    q.symbol = "1234";
    q.number = "56";
    q.branch = "01";
    return q;
}

Declaration declaration() {
    Declaration d;
    d.hasValidInsuranceCard = true;
    d.insuranceKind = InsuranceKind::Shaho;
    d.insurerName = "サンプル健康保険組合";
    d.employerName = "株式会社サンプル";
    d.issuedWhen = IssuedWhen::WithinOneMonth;
    d.name = "山田太郎";
    d.address = "東京都千代田区霞が関1-2-2";
    d.phone = "09012345678";
    return d;
}

}  // namespace

TEST(ClaimBasis, ValidTerminalAnswerIsCase1WithItsNumbers) {
    CheckInRecord r;
    r.outcome = EligibilityOutcome::Valid;
    r.terminalQualification = qualification(QualificationSource::Terminal, true, "06139998");
    auto basis = decideClaimBasis(r);
    EXPECT_EQ(basis.kind, ClaimBasisKind::CurrentConfirmed);
    EXPECT_EQ(basis.numbers, (ClaimNumbers{"06139998", "1234", "56"}));
    EXPECT_EQ(basis.branch, "01");
    EXPECT_FALSE(basis.patientShouldReportNumber);
}

// 2023-07-04: a patient who says the terminal's data is not theirs may hold a
// card linked to another person: the numbers are held until staff confirm.
TEST(ClaimBasis, ValidCheckDeniedByThePatientIsHeldForIdentity) {
    CheckInRecord r;
    r.outcome = EligibilityOutcome::Valid;
    r.terminalQualification = qualification(QualificationSource::Terminal, true, "06139998");
    EXPECT_FALSE(decideClaimBasis(r).holdUntilIdentityConfirmed);
    r.identityConfirmation = IdentityConfirmation::Confirmed;
    EXPECT_FALSE(decideClaimBasis(r).holdUntilIdentityConfirmed);
    r.identityConfirmation = IdentityConfirmation::Denied;
    EXPECT_TRUE(decideClaimBasis(r).holdUntilIdentityConfirmed);
}

TEST(ClaimBasis, StaffConfirmationDecidesBetweenCase1And2BySource) {
    struct Case {
        QualificationSource source;
        ClaimBasisKind kind;
    } cases[] = {
        {QualificationSource::Mynaportal, ClaimBasisKind::CurrentConfirmed},
        {QualificationSource::ProofDocument, ClaimBasisKind::CurrentConfirmed},
        {QualificationSource::SystemFailureMode, ClaimBasisKind::CurrentConfirmed},
        {QualificationSource::OralNoChange, ClaimBasisKind::CurrentFromPatientOrRecords},
        {QualificationSource::PastVisitRecord, ClaimBasisKind::CurrentFromPatientOrRecords},
    };
    for (const auto& c : cases) {
        CheckInRecord r;
        r.outcome = EligibilityOutcome::NotRegistered;
        r.declaration = declaration();  // a confirmed qualification beats the 申立書
        r.confirmedQualification = qualification(c.source, true, "01130012");
        auto basis = decideClaimBasis(r);
        EXPECT_EQ(basis.kind, c.kind) << static_cast<int>(c.source);
        EXPECT_EQ(basis.numbers.insurerNumber, "01130012");
    }
}

TEST(ClaimBasis, LostQualificationFromTheTerminalWithADeclaredCardIsCase3) {
    CheckInRecord r;
    r.outcome = EligibilityOutcome::Lost;
    r.terminalQualification = qualification(QualificationSource::Terminal, false, "06139998");
    r.declaration = declaration();
    auto basis = decideClaimBasis(r);
    EXPECT_EQ(basis.kind, ClaimBasisKind::LostQualification);
    EXPECT_EQ(basis.numbers.insurerNumber, "06139998");
}

TEST(ClaimBasis, DeclarationOnlyIsCase4WithPlaceholderNumbersAndTekiyo) {
    CheckInRecord r;
    r.outcome = EligibilityOutcome::NotRegistered;
    r.declaration = declaration();
    auto basis = decideClaimBasis(r);
    EXPECT_EQ(basis.kind, ClaimBasisKind::UnknownWithDeclaration);
    EXPECT_EQ(basis.numbers.insurerNumber, "77777777");
    EXPECT_EQ(basis.numbers.number, std::string(8, '7'));
    EXPECT_TRUE(basis.patientShouldReportNumber);
    EXPECT_NE(basis.tekiyo.find("住所：東京都千代田区霞が関1-2-2"), std::string::npos);
    EXPECT_NE(basis.tekiyo.find("事業所名：株式会社サンプル"), std::string::npos);
    EXPECT_NE(basis.tekiyo.find("連絡先：09012345678"), std::string::npos);
    EXPECT_NE(basis.tekiyo.find("保険者等名称：サンプル健康保険組合"), std::string::npos);
    EXPECT_NE(basis.tekiyo.find("保険種別：社保"), std::string::npos);
    // The patient's name is on the claim already; the 摘要欄 does not repeat it.
    EXPECT_EQ(basis.tekiyo.find("山田"), std::string::npos);

    UnknownClaimPolicy rejects;
    rejects.receiptComputerRejects77777777 = true;
    EXPECT_EQ(decideClaimBasis(r, rejects).numbers.insurerNumber, "77777779");
}

TEST(ClaimBasis, TekiyoLeavesOutWhatWasNotAnswered) {
    Declaration d;
    d.address = "大阪市北区1-1";
    EXPECT_EQ(tekiyoForUnknownInsurer(d),
              "保険者番号等不詳（被保険者資格申立書による）　住所：大阪市北区1-1");
}

TEST(ClaimBasis, AQualificationWithoutInsurerNumberIsNotABasis) {
    CheckInRecord r;
    r.outcome = EligibilityOutcome::Valid;
    r.terminalQualification = qualification(QualificationSource::Terminal, true, "");
    r.declaration = declaration();
    EXPECT_EQ(decideClaimBasis(r).kind, ClaimBasisKind::UnknownWithDeclaration);
}

TEST(ClaimBasis, NeverUsesTheDisasterNumber) {
    CheckInRecord r;
    r.declaration = declaration();
    for (bool rejects : {false, true}) {
        UnknownClaimPolicy p;
        p.receiptComputerRejects77777777 = rejects;
        EXPECT_NE(decideClaimBasis(r, p).numbers.insurerNumber, "99999999");
    }
}

// §3(3): a lost qualification is claimed with only where a valid card has been
// issued (the 申立書 says so, or staff confirmed it); never for a 10割
// self-pay visit; never when it was lost to 生活保護.
struct LostCase {
    const char* label;
    bool lostOnTerminal;  // else known from a past visit (staff entered it)
    ProofPath path;
    bool declaration;
    bool declaresValidCard;
    bool staffConfirmedValidCard;
    std::optional<LossReason> reason;
    ClaimBasisKind expected;
};

TEST(ClaimBasis, LostQualificationOnlyWithAValidCardAndNeverForSelfPay) {
    using K = ClaimBasisKind;
    const LostCase cases[] = {
        {"無効, 申立書 declaring a card", true, ProofPath::Declaration, true, true, false,
         std::nullopt, K::LostQualification},
        {"無効, 申立書 without the card tick", true, ProofPath::Declaration, true, false, false,
         std::nullopt, K::UnknownWithDeclaration},
        {"無効, then どれもない (10割)", true, ProofPath::NothingAvailable, false, false, false,
         std::nullopt, K::NoClaim},
        {"無効, どれもない, staff confirmed a card", true, ProofPath::NothingAvailable, false,
         false, true, std::nullopt, K::LostQualification},
        {"無効, proof promised, not yet seen", true, ProofPath::ProofDocument, false, false, false,
         std::nullopt, K::NoClaim},
        {"無効, lost to 生活保護", true, ProofPath::Declaration, true, true, false,
         LossReason::PublicAssistance, K::UnknownWithDeclaration},
        {"無効, lost to another insurer", true, ProofPath::Declaration, true, true, false,
         LossReason::OtherInsurance, K::LostQualification},
        {"past visit's lost numbers, nothing declared", false, ProofPath::ProofDocument, false,
         false, false, std::nullopt, K::NoClaim},
        {"past visit's lost numbers, staff confirmed a card", false, ProofPath::ProofDocument,
         false, false, true, std::nullopt, K::LostQualification},
        {"past visit's lost numbers, 生活保護", false, ProofPath::ProofDocument, false, false, true,
         LossReason::PublicAssistance, K::NoClaim},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.label);
        CheckInRecord r;
        Qualification lost = qualification(
            c.lostOnTerminal ? QualificationSource::Terminal : QualificationSource::PastVisitRecord,
            false, "06139998");
        lost.lossReason = c.reason;
        if (c.lostOnTerminal) {
            r.outcome = EligibilityOutcome::Lost;
            r.terminalQualification = lost;
        } else {
            r.outcome = EligibilityOutcome::NoAnswer;
            r.confirmedQualification = lost;
        }
        r.proofPath = c.path;
        if (c.declaration) {
            r.declaration = declaration();
            r.declaration->hasValidInsuranceCard = c.declaresValidCard;
        }
        r.validCardConfirmedByStaff = c.staffConfirmedValidCard;
        const auto basis = decideClaimBasis(r);
        EXPECT_EQ(basis.kind, c.expected);
        if (c.expected == K::NoClaim) {
            EXPECT_TRUE(basis.numbers.insurerNumber.empty());
        }
        if (c.expected == K::LostQualification) {
            EXPECT_EQ(basis.numbers, (ClaimNumbers{"06139998", "1234", "56"}));
        }
    }
}

// §2(3): 「どれもない」 is self-pay: no claim, the old insurer not billed, until
// staff override it; then the override's basis applies.
TEST(ClaimBasis, NothingAvailableIsSelfPayUntilStaffOverride) {
    CheckInRecord r;
    r.outcome = EligibilityOutcome::Lost;
    r.terminalQualification = qualification(QualificationSource::Terminal, false, "06139998");
    r.proofPath = ProofPath::NothingAvailable;
    EXPECT_TRUE(isSelfPayVisit(r));
    EXPECT_EQ(decideClaimBasis(r).kind, ClaimBasisKind::NoClaim);

    r.confirmedQualification = qualification(QualificationSource::ProofDocument, true, "01130012");
    EXPECT_FALSE(isSelfPayVisit(r));
    const auto basis = decideClaimBasis(r);
    EXPECT_EQ(basis.kind, ClaimBasisKind::CurrentConfirmed);
    EXPECT_EQ(basis.numbers.insurerNumber, "01130012");

    r.confirmedQualification = qualification(QualificationSource::OralNoChange, true, "01130012");
    r.declarationDeemedByStaff = true;
    EXPECT_EQ(decideClaimBasis(r).kind, ClaimBasisKind::CurrentFromPatientOrRecords);
}

// §2(2) and §3(2): "nothing changed" is a case-2 claim with the past visit's
// numbers, never 「不詳」; without past numbers it is not "nothing changed".
TEST(ClaimBasis, NothingChangedIsCase2WithThePastVisitsNumbers) {
    for (auto path : {ProofPath::None, ProofPath::ProofDocument, ProofPath::Declaration,
                      ProofPath::NothingAvailable}) {
        SCOPED_TRACE(static_cast<int>(path));
        CheckInRecord r;
        r.outcome = EligibilityOutcome::NotRegistered;
        r.proofPath = path;
        r.declarationDeemedByStaff = true;
        r.confirmedQualification =
            qualification(QualificationSource::PastVisitRecord, true, "01130012");
        const auto basis = decideClaimBasis(r);
        EXPECT_EQ(basis.kind, ClaimBasisKind::CurrentFromPatientOrRecords);
        EXPECT_EQ(basis.numbers, (ClaimNumbers{"01130012", "1234", "56"}));
        EXPECT_FALSE(basis.patientShouldReportNumber);
        EXPECT_TRUE(basis.tekiyo.empty());
    }
    CheckInRecord noNumbers;
    noNumbers.outcome = EligibilityOutcome::NotRegistered;
    noNumbers.declarationDeemedByStaff = true;
    const auto basis = decideClaimBasis(noNumbers);
    EXPECT_EQ(basis.kind, ClaimBasisKind::NoClaim);
    EXPECT_NE(basis.numbers.insurerNumber, "77777777");
}

// A patient who knows their numbers (from a 資格情報のお知らせ) gives a case-2
// claim with them; numbers that are not enough leave it 「不詳」 with what
// they tell in the 摘要欄.
struct TypedCase {
    const char* label;
    const char* insurer;
    const char* symbol;
    const char* number;
    const char* branch;
    ClaimBasisKind expected;
};

TEST(ClaimBasis, TypedNumbersOnTheDeclarationAreKept) {
    using K = ClaimBasisKind;
    const TypedCase cases[] = {
        {"all numbers", "06139992", "1234", "567", "01", K::CurrentFromPatientOrRecords},
        {"国保, 6 digits", "131011", "千代12", "9876", "", K::CurrentFromPatientOrRecords},
        {"後期: no 記号", "39131016", "", "12345678", "", K::CurrentFromPatientOrRecords},
        {"社保 without its 記号", "06139992", "", "567", "01", K::UnknownWithDeclaration},
        {"full-width digits", "０６１３９９９２", "1234", "567", "",
         K::CurrentFromPatientOrRecords},
        {"wrong check digit", "06139998", "1234", "567", "", K::UnknownWithDeclaration},
        {"insurer number only", "06139992", "", "", "", K::UnknownWithDeclaration},
        {"番号 only", "", "1234", "567", "", K::UnknownWithDeclaration},
        {"the 不詳 placeholder typed", "77777777", "7777", "7777", "", K::UnknownWithDeclaration},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.label);
        CheckInRecord r;
        r.outcome = EligibilityOutcome::NotRegistered;
        r.proofPath = ProofPath::Declaration;
        r.declaration = declaration();
        r.declaration->insurerNumber = c.insurer;
        r.declaration->insuredSymbol = c.symbol;
        r.declaration->insuredNumber = c.number;
        r.declaration->insuredBranch = c.branch;
        const auto basis = decideClaimBasis(r);
        EXPECT_EQ(basis.kind, c.expected);
        if (c.expected == K::CurrentFromPatientOrRecords) {
            EXPECT_EQ(basis.numbers.symbol, c.symbol);
            EXPECT_EQ(basis.numbers.number, c.number);
            EXPECT_EQ(basis.branch, c.branch);
            EXPECT_EQ(basis.numbers.insurerNumber.size(),
                      std::string_view(c.insurer).size() == 6 ? 6u : 8u);
            EXPECT_FALSE(basis.patientShouldReportNumber);
        } else {
            EXPECT_EQ(basis.numbers.insurerNumber, "77777777");
            EXPECT_TRUE(basis.patientShouldReportNumber);
            if (*c.insurer) {
                EXPECT_NE(basis.tekiyo.find(std::string("保険者番号：") + c.insurer),
                          std::string::npos);
            }
        }
    }
}

// A typed current insurer beats the lost one the terminal still shows; the
// lost insurer's own numbers typed again are that lost qualification (case 3
// with a declared card), never a current one.
TEST(ClaimBasis, TypedNumbersBeatTheLostQualificationUnlessTheyAreIt) {
    CheckInRecord r;
    r.outcome = EligibilityOutcome::Lost;
    r.terminalQualification = qualification(QualificationSource::Terminal, false, "06139992");
    r.proofPath = ProofPath::Declaration;
    r.declaration = declaration();
    r.declaration->insurerNumber = "01130012";
    r.declaration->insuredSymbol = "7";
    r.declaration->insuredNumber = "42";
    auto basis = decideClaimBasis(r);
    EXPECT_EQ(basis.kind, ClaimBasisKind::CurrentFromPatientOrRecords);
    EXPECT_EQ(basis.numbers.insurerNumber, "01130012");

    r.declaration->insurerNumber = "06139992";  // the insurer the terminal shows as lost
    basis = decideClaimBasis(r);
    EXPECT_EQ(basis.kind, ClaimBasisKind::LostQualification);
    EXPECT_EQ(basis.numbers, (ClaimNumbers{"06139992", "1234", "56"}));
}

// Everything on the 申立書 that helps find the insurer goes into the 摘要欄.
TEST(ClaimBasis, TekiyoCarriesEverythingThatIdentifiesTheInsurer) {
    Declaration d = declaration();
    d.residence = "大阪市北区1-1";
    d.insurerNumber = "0613";
    d.insuredSymbol = "記号A";
    const std::string tekiyo = tekiyoForUnknownInsurer(d);
    for (const char* expected :
         {"住所：東京都千代田区霞が関1-2-2", "居所：大阪市北区1-1", "事業所名：株式会社サンプル",
          "連絡先：09012345678", "保険者等名称：サンプル健康保険組合", "保険者番号：0613",
          "記号：記号A", "保険種別：社保", "保険証交付時期：1か月以内"}) {
        EXPECT_NE(tekiyo.find(expected), std::string::npos) << expected;
    }
}
