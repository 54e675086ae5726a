#include "FrontDeskSlip.h"

#include <algorithm>
#include <string>

#include "PdfDocument.h"
#include "PreparedDocuments.h"
#include "TextLayout.h"
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

// Writes the slip top to bottom: a cursor and the catalogue.
class SlipWriter {
public:
    SlipWriter(PdfPage& page, Language language)
        : page_(page), language_(language), catalog_(MessageCatalog::builtIn()) {}

    std::string text(std::string_view key) const { return catalog_.text(language_, key); }
    std::string format(std::string_view key,
                       const std::vector<std::pair<std::string, std::string>>& values) const {
        return catalog_.format(language_, key, values);
    }

    void title(const std::string& heading, const std::string& right) {
        page_.textInBox({kLeft, y_, kRight - kLeft, 10}, 16, heading);
        page_.textInBox({kLeft, y_, kRight - kLeft, 10}, 10, right, TextAlign::Right);
        y_ += 14;
    }

    void section(std::string_view key) {
        y_ += 3;
        page_.textInBox({kLeft, y_, kRight - kLeft, 6}, 12, text(key));
        y_ += 6.5;
        page_.line(kLeft, y_, kRight, y_, 0.3);
        y_ += 2;
    }

    // A label and its value; the value wraps within its column.
    void row(const std::string& label, const std::string& value, double sizePt = 10.5) {
        double height = std::max(lineHeightMm(sizePt), lineHeightMm(9.0));
        MmRect valueBox{kValueX, y_, kRight - kValueX, height};
        auto lines = wrapText(page_, sizePt, value, valueBox.width);
        page_.text(kLeft, y_ + baselineOffset(sizePt), 9, label);
        drawWrapped(page_, valueBox, sizePt, value);
        y_ += height * static_cast<double>(lines.size()) + 1.5;
    }

private:
    static constexpr double kLeft = 20;
    static constexpr double kRight = 190;
    static constexpr double kValueX = 62;
    // Matches drawWrapped's first baseline so label and value share a line.
    static double baselineOffset(double sizePt) { return sizePt / kPointsPerMm * 0.88; }

    PdfPage& page_;
    Language language_;
    const MessageCatalog& catalog_;
    double y_ = 20;
};

std::string birthDateText(const std::optional<CivilDate>& birth, const SlipWriter& w) {
    if (!birth) return w.text("slip.unknown");
    auto wareki = toWareki(*birth);
    std::string western = birth->iso();
    return wareki ? formatWarekiJa(*wareki) + "（" + western + "）" : western;
}

std::string orUnknown(const std::string& value, const SlipWriter& w) {
    return value.empty() ? w.text("slip.unknown") : value;
}

void writePatient(SlipWriter& w, const CheckInRecord& record) {
    w.section("slip.section.patient");
    const IdentityFields who = patientIdentityOf(record);
    w.row(w.text("field.name"), orUnknown(who.name, w), 13);
    w.row(w.text("field.name_kana"), orUnknown(who.nameKana, w));
    w.row(w.text("field.birth_date"), birthDateText(who.birthDate, w));
}

// The 2023-07-04 cross-check: what the desk must confirm with the patient.
void writeIdentityCheck(SlipWriter& w, const CheckInRecord& record) {
    const auto shown = record.identityCheck ? record.identityCheck->itemsToShowStaff()
                                            : std::vector<FieldComparison>{};
    if (shown.empty() && record.identityConfirmation != IdentityConfirmation::Denied) return;
    w.section("slip.section.identity");
    if (record.identityConfirmation == IdentityConfirmation::Denied) {
        w.row("!", w.text("slip.identity.denied"));
    }
    for (const auto& item : shown) {
        w.row(w.text("slip.identity.field." + std::string(enumName(item.field))),
              w.format("slip.identity.differs." + std::string(enumName(item.match)),
                       {{"terminal", item.left}, {"other", item.right}}));
    }
}

// Items the patient left blank (「可能な範囲で記入」): the desk may ask for them.
void writeUnanswered(SlipWriter& w, const CheckInRecord& record) {
    if (!record.declaration) return;
    std::string list;
    for (DeclarationField field : unansweredItems(*record.declaration)) {
        if (!list.empty()) list += "、";
        list += w.text("field." + std::string(declarationFieldKey(field)));
    }
    if (!list.empty()) w.row(w.text("slip.unanswered"), list);
}

void writeOutcome(SlipWriter& w, const CheckInRecord& record) {
    w.section("slip.section.outcome");
    w.row(w.text("slip.outcome"), w.text("slip.outcome." + std::string(enumName(record.outcome))));
    w.row(w.text("slip.proof_path"),
          w.text("slip.proof_path." + std::string(enumName(record.proofPath))));
    std::string declaration = record.declaration                ? "slip.declaration.on_file"
                              : record.declarationDeemedByStaff ? "slip.declaration.deemed"
                                                                : "slip.declaration.none";
    w.row(w.text("slip.declaration"), w.text(declaration));
    if (const auto& document = record.unconfirmedDocument) {
        const Qualification& typed = document->numbers;
        w.row(w.text("slip.unconfirmed_document"),
              w.format("slip.unconfirmed_document.numbers", {{"insurer", typed.insurerNumber},
                                                             {"symbol", typed.symbol},
                                                             {"number", typed.number},
                                                             {"branch", typed.branch}}));
        // What the terminal said: a rejected number is often a typing slip.
        std::string said = w.text("slip.outcome." + std::string(enumName(document->lookup)));
        for (const std::string* part : {&document->terminalCode, &document->terminalMessage}) {
            if (!part->empty()) said += "　" + *part;
        }
        w.row(w.text("slip.unconfirmed_document.lookup"), said);
    }
}

void writeCopayment(SlipWriter& w, const FrontDeskSlip& slip) {
    constexpr double kShareSizePt = 15;  // what the desk charges: read at a glance
    w.section("slip.section.copayment");
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
        w.row(medicalAid ? "" : w.text("slip.unknown"), w.text(reason));
        return;
    }
    std::string reason =
        w.text("slip.copayment.reason." + std::string(shareReasonKey(slip.copayment->reason)));
    if (slip.copayment->staffShouldConfirm)
        reason += "（" + w.text("slip.copayment.staff_confirm") + "）";
    w.row("",
          w.format("slip.copayment.share", {{"tenths", std::to_string(slip.copayment->tenths)}}),
          kShareSizePt);
    w.row("", reason);
}

void writeClaim(SlipWriter& w, const ClaimBasis& claim, const CheckInRecord& record) {
    w.section("slip.section.claim");
    // 医療扶助 has no insurer to claim from, but is claimed: as 公費, on the 医療券.
    const bool medicalAid = claim.kind == ClaimBasisKind::NoClaim &&
                            record.outcome == EligibilityOutcome::MedicalAidNotRegistered;
    w.row("", w.text(medicalAid ? "slip.claim.medical_aid" : claimCatalogueKey(claim.kind)));
    if (claim.kind == ClaimBasisKind::NoClaim) return;
    if (claim.holdUntilIdentityConfirmed) w.row("!", w.text("slip.claim.hold_identity"));
    // The numbers are typed into the receipt computer: large, one per line.
    constexpr double kNumberPt = 15;
    w.row(w.text("slip.claim.insurer_number"), claim.numbers.insurerNumber, kNumberPt);
    w.row(w.text("slip.claim.symbol"), claim.numbers.symbol, kNumberPt);
    w.row(w.text("slip.claim.number"), claim.numbers.number, kNumberPt);
    if (!claim.branch.empty()) w.row(w.text("slip.claim.branch"), claim.branch, kNumberPt);
    if (!claim.tekiyo.empty()) w.row(w.text("slip.claim.tekiyo"), claim.tekiyo);
}

void writeFollowUps(SlipWriter& w, const std::vector<FollowUp>& followUps) {
    w.section("slip.section.followups");
    bool any = false;
    for (const auto& f : followUps) {
        if (f.done) continue;
        any = true;
        std::string line = w.text("slip.followup." + std::string(enumName(f.kind)));
        line += "（" + w.format("slip.followup.due", {{"date", f.due.iso()}}) + "）";
        if (!f.note.empty()) line += "　" + f.note;
        w.row("□", line);
    }
    if (!any) w.row("", w.text("slip.followups.none"));
}

}  // namespace

FrontDeskSlip frontDeskSlipFor(const StoredRecord& stored, std::vector<FollowUp> followUps,
                               const UnknownClaimPolicy& claimPolicy,
                               const CopaymentPolicy& copaymentPolicy) {
    const auto& record = stored.record;
    FrontDeskSlip slip{stored, decideClaimBasis(record, claimPolicy), std::nullopt,
                       std::move(followUps)};
    slip.copayment = decideCounterShare(record, copaymentPolicy);
    return slip;
}

PdfResult<PdfBytes> renderFrontDeskSlip(const FrontDeskSlip& slip, const PdfSettings& settings) {
    auto document = newDocument(settings);
    if (!document) return fail(document.error());
    auto page = document->addPage();
    SlipWriter w(page, settings.language);
    const auto& record = slip.stored.record;
    w.title(w.text("slip.title"), w.text("slip.record") + " " + std::to_string(record.id) + "　" +
                                      w.text("slip.visit_date") + " " + record.visitDate.iso());
    writePatient(w, record);
    writeIdentityCheck(w, record);
    writeOutcome(w, record);
    writeUnanswered(w, record);
    writeCopayment(w, slip);
    writeClaim(w, slip.claim, record);
    writeFollowUps(w, slip.followUps);
    page.textInBox(
        {20, 280, 170, 5}, 8,
        w.format("pdf.slip.footer", {{"record", std::to_string(record.id)},
                                     {"template", orUnknown(record.templateId, w)},
                                     {"version", std::to_string(record.templateVersion)}}),
        TextAlign::Center);
    return document->finish();
}

}  // namespace kiosk
