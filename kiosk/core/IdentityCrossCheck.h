#pragma once
// The 2023-07-04 cross-check as kept with a record: the terminal's data
// against a source that does not come from the terminal (DOMAIN.md §5), item
// by item, for the desk to see. Never a verdict on identity.
#include <vector>

#include "EnumNames.h"
#include "IdentityMatcher.h"

namespace kiosk {

// What the terminal's data was compared with.
enum class CrossCheckSource {
    CardFace,       // the card's 券面事項入力補助AP, read with the PIN
    Declaration,    // what the patient confirmed or typed on the 申立書
    ClinicRecords,  // the clinic's own record of an earlier visit
    // What the patient typed from a 資格確認書 (its birth date) for a look-up;
    // the name was confirmed on screen.
    TypedFromDocument,
    // The 申立書 as pre-filled from the terminal's own answer and confirmed by
    // the patient: not independent (DOMAIN.md §5), so staff still check.
    TerminalPrefill,
};

template <>
struct EnumNames<CrossCheckSource> {
    static constexpr std::pair<CrossCheckSource, std::string_view> table[] = {
        {CrossCheckSource::CardFace, "card_face"},
        {CrossCheckSource::Declaration, "declaration"},
        {CrossCheckSource::ClinicRecords, "clinic_records"},
        {CrossCheckSource::TypedFromDocument, "typed_from_document"},
        {CrossCheckSource::TerminalPrefill, "terminal_prefill"},
    };
};

struct IdentityCrossCheck {
    CrossCheckSource against = CrossCheckSource::Declaration;
    std::vector<FieldComparison> items;  // every item, in IdentityField order

    // Items the desk must look at: different, or differing only in kana spelling.
    std::vector<FieldComparison> itemsToShowStaff() const;
    bool operator==(const IdentityCrossCheck&) const = default;
};

// nullopt when the terminal showed nobody (no answer, 資格情報なし).
std::optional<IdentityCrossCheck> crossCheckIdentity(const IdentityFields& terminal,
                                                     const IdentityFields& other,
                                                     CrossCheckSource against);

}  // namespace kiosk
