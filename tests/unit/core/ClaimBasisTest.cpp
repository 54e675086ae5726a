#include <gtest/gtest.h>

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

TEST(ClaimBasis, LostQualificationFromTheTerminalIsCase3) {
    CheckInRecord r;
    r.outcome = EligibilityOutcome::Lost;
    r.terminalQualification = qualification(QualificationSource::Terminal, false, "06139998");
    r.declaration = declaration();
    auto basis = decideClaimBasis(r);
    EXPECT_EQ(basis.kind, ClaimBasisKind::LostQualification);
    EXPECT_EQ(basis.numbers.insurerNumber, "06139998");
}

TEST(ClaimBasis, LostQualificationFromPastVisitsIsCase3) {
    CheckInRecord r;
    r.outcome = EligibilityOutcome::NoAnswer;
    r.confirmedQualification =
        qualification(QualificationSource::PastVisitRecord, false, "06139998");
    EXPECT_EQ(decideClaimBasis(r).kind, ClaimBasisKind::LostQualification);
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

TEST(ClaimBasis, StaffMayTreatAnOralConfirmationAsTheDeclaration) {
    CheckInRecord r;
    r.outcome = EligibilityOutcome::NotRegistered;
    r.declarationDeemedByStaff = true;
    auto basis = decideClaimBasis(r);
    EXPECT_EQ(basis.kind, ClaimBasisKind::UnknownWithDeclaration);
    EXPECT_FALSE(basis.tekiyo.empty());
}

TEST(ClaimBasis, NothingAtAllMeansNoInsuranceClaim) {
    CheckInRecord r;
    r.outcome = EligibilityOutcome::NotRegistered;
    r.proofPath = ProofPath::NothingAvailable;
    auto basis = decideClaimBasis(r);
    EXPECT_EQ(basis.kind, ClaimBasisKind::NoClaim);
    EXPECT_TRUE(basis.numbers.insurerNumber.empty());
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
