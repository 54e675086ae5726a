#include "SlipContent.h"

#include "core/CounterShare.h"
#include "core/DeclarationValidator.h"
#include "core/MessageCatalog.h"
#include "core/RecordEnumNames.h"
#include "core/VisitHistory.h"
#include "core/Wareki.h"

namespace kiosk {

namespace {

std::string claimCatalogueKey(ClaimBasisKind kind) {
    return "slip.claim." + std::string(enumName(kind));
}

std::string_view shareReasonKey(ShareReason reason) {
    switch (reason) {
        case ShareReason::KnownFromQualification:
            return "known_from_qualification";
        case ShareReason::Preschool:
            return "preschool";
        case ShareReason::WorkingAge:
            return "working_age";
        case ShareReason::DeclaredByPatient:
            return "declared_by_patient";
        case ShareReason::ElderShareUnknown:
            return "elder_share_unknown";
        case ShareReason::KoukiTickBelow65:
            return "kouki_below_65";
        case ShareReason::SelfPay:
            return "no_claim";
    }
    return "";
}

// Appends sections and lines in the catalogue's words.
class SlipBuilder {
public:
    explicit SlipBuilder(Language language)
        : language_(language), catalog_(MessageCatalog::builtIn()) {}

    std::string text(std::string_view key) const { return catalog_.text(language_, key); }
    std::string format(std::string_view key,
                       const std::vector<std::pair<std::string, std::string>>& values) const {
        return catalog_.format(language_, key, values);
    }

    void section(std::string_view key) { content.sections.push_back({text(key), {}}); }
    void line(std::string label, std::string value, SlipEmphasis emphasis = SlipEmphasis::Normal,
              bool copyable = false) {
        content.sections.back().lines.push_back(
            {std::move(label), std::move(value), emphasis, copyable});
    }

    SlipContent content;

private:
    Language language_;
    const MessageCatalog& catalog_;
};

std::string birthDateText(const std::optional<CivilDate>& birth, const SlipBuilder& b) {
    if (!birth) return b.text("slip.unknown");
    auto wareki = toWareki(*birth);
    std::string western = birth->iso();
    return wareki ? formatWarekiJa(*wareki) + "（" + western + "）" : western;
}

std::string orUnknown(const std::string& value, const SlipBuilder& b) {
    return value.empty() ? b.text("slip.unknown") : value;
}

void addPatient(SlipBuilder& b, const CheckInRecord& record) {
    b.section("slip.section.patient");
    const IdentityFields who = patientIdentityOf(record);
    b.line(b.text("field.name"), orUnknown(who.name, b), SlipEmphasis::Name);
    b.line(b.text("field.name_kana"), orUnknown(who.nameKana, b));
    b.line(b.text("field.birth_date"), birthDateText(who.birthDate, b));
}

// The 2023-07-04 cross-check: what the desk must confirm with the patient.
void addIdentityCheck(SlipBuilder& b, const CheckInRecord& record) {
    const auto shown = record.identityCheck ? record.identityCheck->itemsToShowStaff()
                                            : std::vector<FieldComparison>{};
    if (shown.empty() && record.identityConfirmation != IdentityConfirmation::Denied) return;
    b.section("slip.section.identity");
    if (record.identityConfirmation == IdentityConfirmation::Denied) {
        b.line("!", b.text("slip.identity.denied"));
    }
    for (const auto& item : shown) {
        b.line(b.text("slip.identity.field." + std::string(enumName(item.field))),
               b.format("slip.identity.differs." + std::string(enumName(item.match)),
                        {{"terminal", item.left}, {"other", item.right}}));
    }
}

// Items the patient left blank (「可能な範囲で記入」): the desk may ask for them.
void addUnanswered(SlipBuilder& b, const CheckInRecord& record) {
    if (!record.declaration) return;
    std::string list;
    for (DeclarationField field : unansweredItems(*record.declaration)) {
        if (!list.empty()) list += "、";
        list += b.text("field." + std::string(declarationFieldKey(field)));
    }
    if (!list.empty()) b.line(b.text("slip.unanswered"), list);
}

void addOutcome(SlipBuilder& b, const CheckInRecord& record) {
    b.section("slip.section.outcome");
    b.line(b.text("slip.outcome"), b.text("slip.outcome." + std::string(enumName(record.outcome))));
    b.line(b.text("slip.proof_path"),
           b.text("slip.proof_path." + std::string(enumName(record.proofPath))));
    std::string declaration = record.declaration                ? "slip.declaration.on_file"
                              : record.declarationDeemedByStaff ? "slip.declaration.deemed"
                                                                : "slip.declaration.none";
    b.line(b.text("slip.declaration"), b.text(declaration));
    if (const auto& document = record.unconfirmedDocument) {
        const Qualification& typed = document->numbers;
        b.line(b.text("slip.unconfirmed_document"),
               b.format("slip.unconfirmed_document.numbers", {{"insurer", typed.insurerNumber},
                                                              {"symbol", typed.symbol},
                                                              {"number", typed.number},
                                                              {"branch", typed.branch}}));
        // What the terminal said: a rejected number is often a typing slip.
        std::string said = b.text("slip.outcome." + std::string(enumName(document->lookup)));
        for (const std::string* part : {&document->terminalCode, &document->terminalMessage}) {
            if (!part->empty()) said += "　" + *part;
        }
        b.line(b.text("slip.unconfirmed_document.lookup"), said);
    }
}

void addCopayment(SlipBuilder& b, const FrontDeskSlip& slip) {
    b.section("slip.section.copayment");
    if (!slip.copayment) {
        const auto& record = slip.stored.record;
        const bool awaitingProof = record.proofPath == ProofPath::Mynaportal ||
                                   record.proofPath == ProofPath::ProofDocument;
        // 医療扶助: no share is charged; the welfare office settles it, so
        // the share is known, not 「不明」.
        const bool medicalAid = record.outcome == EligibilityOutcome::MedicalAidNotRegistered;
        const char* reason = medicalAid      ? "slip.copayment.reason.medical_aid"
                             : awaitingProof ? "slip.copayment.reason.awaiting_proof"
                                             : "slip.copayment.reason.no_birth_date";
        b.line(medicalAid ? "" : b.text("slip.unknown"), b.text(reason));
        return;
    }
    std::string reason =
        b.text("slip.copayment.reason." + std::string(shareReasonKey(slip.copayment->reason)));
    if (slip.copayment->staffShouldConfirm)
        reason += "（" + b.text("slip.copayment.staff_confirm") + "）";
    b.line("",
           b.format("slip.copayment.share", {{"tenths", std::to_string(slip.copayment->tenths)}}),
           SlipEmphasis::Figure);
    b.line("", reason);
}

void addClaim(SlipBuilder& b, const ClaimBasis& claim, const CheckInRecord& record) {
    b.section("slip.section.claim");
    // 医療扶助 has no insurer to claim from, but is claimed: as 公費, on the 医療券.
    const bool medicalAid = claim.kind == ClaimBasisKind::NoClaim &&
                            record.outcome == EligibilityOutcome::MedicalAidNotRegistered;
    b.line("", b.text(medicalAid ? "slip.claim.medical_aid" : claimCatalogueKey(claim.kind)));
    if (claim.kind == ClaimBasisKind::NoClaim) return;
    if (claim.holdUntilIdentityConfirmed) b.line("!", b.text("slip.claim.hold_identity"));
    // The numbers are typed into the receipt computer: large, one per line.
    const auto number = [&](const char* key, const std::string& value) {
        b.line(b.text(key), value, SlipEmphasis::Figure, /*copyable=*/true);
    };
    number("slip.claim.insurer_number", claim.numbers.insurerNumber);
    number("slip.claim.symbol", claim.numbers.symbol);
    number("slip.claim.number", claim.numbers.number);
    if (!claim.branch.empty()) number("slip.claim.branch", claim.branch);
    if (!claim.tekiyo.empty()) {
        b.line(b.text("slip.claim.tekiyo"), claim.tekiyo, SlipEmphasis::Normal, true);
    }
}

void addFollowUps(SlipBuilder& b, const std::vector<FollowUp>& followUps) {
    b.section("slip.section.followups");
    bool any = false;
    for (const auto& f : followUps) {
        if (f.done) continue;
        any = true;
        std::string line = b.text("slip.followup." + std::string(enumName(f.kind)));
        line += "（" + b.format("slip.followup.due", {{"date", f.due.iso()}}) + "）";
        if (!f.note.empty()) line += "　" + f.note;
        b.line("□", line);
    }
    if (!any) b.line("", b.text("slip.followups.none"));
}

}  // namespace

SlipContent slipContentFor(const FrontDeskSlip& slip, Language language) {
    SlipBuilder b(language);
    const auto& record = slip.stored.record;
    b.content.title = b.text("slip.title");
    // The 受付番号 the patient holds first: the desk calls them by it.
    if (record.receptionNumber) {
        b.content.subtitle =
            b.text("slip.reception_number") + " " + std::to_string(*record.receptionNumber) + "　";
    }
    b.content.subtitle += b.text("slip.record") + " " + std::to_string(record.id) + "　" +
                          b.text("slip.visit_date") + " " + record.visitDate.iso();
    addPatient(b, record);
    addIdentityCheck(b, record);
    addOutcome(b, record);
    addUnanswered(b, record);
    addCopayment(b, slip);
    addClaim(b, slip.claim, record);
    addFollowUps(b, slip.followUps);
    b.content.footer =
        b.format("pdf.slip.footer", {{"record", std::to_string(record.id)},
                                     {"template", orUnknown(record.templateId, b)},
                                     {"version", std::to_string(record.templateVersion)}});
    return std::move(b.content);
}

}  // namespace kiosk
