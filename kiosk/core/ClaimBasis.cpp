#include "ClaimBasis.h"

#include "InsurerNumber.h"

namespace kiosk {

namespace {

bool usable(const std::optional<Qualification>& q) {
    return q.has_value() && !q->insurerNumber.empty();
}

bool isDocumentedSource(QualificationSource source) {
    switch (source) {
        case QualificationSource::Terminal:
        case QualificationSource::Mynaportal:
        case QualificationSource::ProofDocument:
        case QualificationSource::DocumentLookup:
        case QualificationSource::SystemFailureMode:
            return true;
        case QualificationSource::OralNoChange:
        case QualificationSource::PastVisitRecord:
            return false;
    }
    return false;
}

// 生活保護 ends health insurance: there is no lost insurer to claim from.
bool claimableLoss(const Qualification& q) {
    return q.lossReason != LossReason::PublicAssistance;
}

// 後期高齢者医療 (法別 39, or declared 後期): the only insurance without a 記号.
bool hasNoSymbol(const Declaration& d, const InsurerNumber& insurer) {
    return d.insuranceKind == InsuranceKind::Kouki || insurer.houbetsu == "39";
}

// The numbers typed on the 申立書, when they are enough for a claim: a valid
// 保険者番号, the 番号, and the 記号 (but for 後期). Numbers of an insurer the
// terminal shows as lost are that lost qualification, not a current one.
std::optional<Qualification> typedQualification(const Declaration& d,
                                                const std::optional<Qualification>& lost) {
    auto insurer = parseInsurerNumber(d.insurerNumber);
    if (!insurer || isUnknownInsurerPlaceholder(insurer->digits) || d.insuredNumber.empty() ||
        (d.insuredSymbol.empty() && !hasNoSymbol(d, *insurer))) {
        return std::nullopt;
    }
    if (lost && !lost->current && lost->insurerNumber == insurer->digits) return std::nullopt;
    Qualification q;
    q.source = QualificationSource::OralNoChange;
    q.insurerNumber = insurer->digits;
    q.symbol = d.insuredSymbol;
    q.number = d.insuredNumber;
    q.branch = d.insuredBranch;
    q.insurerName = d.insurerName;
    return q;
}

ClaimBasis fromQualification(ClaimBasisKind kind, const Qualification& q) {
    ClaimBasis basis;
    basis.kind = kind;
    basis.numbers = {q.insurerNumber, q.symbol, q.number};
    basis.branch = q.branch;
    return basis;
}

std::string_view insuranceKindJa(InsuranceKind kind) {
    switch (kind) {
        case InsuranceKind::Shaho:
            return "社保";
        case InsuranceKind::Kokuho:
            return "国保";
        case InsuranceKind::Kouki:
            return "後期";
        case InsuranceKind::Other:
            return "その他";
        case InsuranceKind::DontKnow:
            return "わからない";
    }
    return "";
}

std::string_view issuedWhenJa(IssuedWhen when) {
    switch (when) {
        case IssuedWhen::WithinOneMonth:
            return "1か月以内";
        case IssuedWhen::Earlier:
            return "それより前";
        case IssuedWhen::DontKnow:
            return "わからない";
    }
    return "";
}

}  // namespace

bool isSelfPayVisit(const CheckInRecord& record) {
    return record.proofPath == ProofPath::NothingAvailable && !record.confirmedQualification &&
           !record.validCardConfirmedByStaff;
}

ClaimBasis decideClaimBasis(const CheckInRecord& record, const UnknownClaimPolicy& policy) {
    // 10割 is self-pay: neither the lost insurer nor anyone else is billed.
    if (isSelfPayVisit(record)) return ClaimBasis{};
    const auto& confirmed = record.confirmedQualification;
    if (usable(confirmed) && confirmed->current) {
        return fromQualification(isDocumentedSource(confirmed->source)
                                     ? ClaimBasisKind::CurrentConfirmed
                                     : ClaimBasisKind::CurrentFromPatientOrRecords,
                                 *confirmed);
    }
    const auto& terminal = record.terminalQualification;
    if (record.outcome == EligibilityOutcome::Valid && usable(terminal) && terminal->current) {
        ClaimBasis basis = fromQualification(ClaimBasisKind::CurrentConfirmed, *terminal);
        basis.holdUntilIdentityConfirmed =
            record.identityConfirmation == IdentityConfirmation::Denied;
        return basis;
    }
    // Numbers the patient typed on the 申立書 are the current insurer's.
    if (record.declaration) {
        if (auto typed = typedQualification(*record.declaration, terminal)) {
            return fromQualification(ClaimBasisKind::CurrentFromPatientOrRecords, *typed);
        }
    }
    // §3(3): a lost qualification only where a valid card has been issued;
    // the terminal's own 資格（無効） screen is the better source than an old record.
    const bool validCardIssued =
        (record.declaration && record.declaration->hasValidInsuranceCard) ||
        record.validCardConfirmedByStaff;
    if (validCardIssued) {
        for (const auto* lost : {&terminal, &confirmed}) {
            if (usable(*lost) && !(*lost)->current && claimableLoss(**lost)) {
                return fromQualification(ClaimBasisKind::LostQualification, **lost);
            }
        }
    }
    if (record.declaration) {
        ClaimBasis basis;
        basis.kind = ClaimBasisKind::UnknownWithDeclaration;
        basis.numbers = unknownClaimNumbers(policy);
        basis.tekiyo = tekiyoForUnknownInsurer(*record.declaration);
        basis.patientShouldReportNumber = true;
        return basis;
    }
    return ClaimBasis{};
}

std::string tekiyoForUnknownInsurer(const Declaration& d) {
    std::string text = "保険者番号等不詳（被保険者資格申立書による）";
    auto item = [&text](std::string_view label, std::string_view value) {
        if (value.empty()) return;
        text += "　";
        text += label;
        text += "：";
        text += value;
    };
    item("住所", d.address);
    item("居所", d.residence);
    item("事業所名", d.employerName);
    item("連絡先", d.phone);
    item("保険者等名称", d.insurerName);
    item("保険者番号", d.insurerNumber);
    item("記号", d.insuredSymbol);
    item("番号", d.insuredNumber);
    item("枝番", d.insuredBranch);
    if (d.insuranceKind) item("保険種別", insuranceKindJa(*d.insuranceKind));
    if (d.issuedWhen) item("保険証交付時期", issuedWhenJa(*d.issuedWhen));
    return text;
}

}  // namespace kiosk
