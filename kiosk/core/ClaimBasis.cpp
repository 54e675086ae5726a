#include "ClaimBasis.h"

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
        case QualificationSource::SystemFailureMode:
            return true;
        case QualificationSource::OralNoChange:
        case QualificationSource::PastVisitRecord:
            return false;
    }
    return false;
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

ClaimBasis decideClaimBasis(const CheckInRecord& record, const UnknownClaimPolicy& policy) {
    const auto& confirmed = record.confirmedQualification;
    if (usable(confirmed) && confirmed->current) {
        return fromQualification(isDocumentedSource(confirmed->source)
                                     ? ClaimBasisKind::CurrentConfirmed
                                     : ClaimBasisKind::CurrentFromPatientOrRecords,
                                 *confirmed);
    }
    const auto& terminal = record.terminalQualification;
    if (record.outcome == EligibilityOutcome::Valid && usable(terminal) && terminal->current) {
        return fromQualification(ClaimBasisKind::CurrentConfirmed, *terminal);
    }
    // §3(3): a lost qualification may be claimed with; the terminal's own
    // 資格（無効） screen is the better source than an old record.
    if (usable(terminal) && !terminal->current) {
        return fromQualification(ClaimBasisKind::LostQualification, *terminal);
    }
    if (usable(confirmed) && !confirmed->current) {
        return fromQualification(ClaimBasisKind::LostQualification, *confirmed);
    }
    if (record.declaration || record.declarationDeemedByStaff) {
        ClaimBasis basis;
        basis.kind = ClaimBasisKind::UnknownWithDeclaration;
        basis.numbers = unknownClaimNumbers(policy);
        basis.tekiyo = record.declaration
                           ? tekiyoForUnknownInsurer(*record.declaration)
                           : "被保険者資格申立書の提出があったものとして取扱い（口頭確認）";
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
    if (d.insuranceKind) item("保険種別", insuranceKindJa(*d.insuranceKind));
    if (d.issuedWhen) item("保険証交付時期", issuedWhenJa(*d.issuedWhen));
    return text;
}

}  // namespace kiosk
