#pragma once
// The simple drawings patients see beside words (issue 10 item 11), drawn as
// shapes for this project, never photos of real documents: an icon for each
// outcome, and what each way of proving insurance looks like. Outlines carry
// the shape in every theme; no meaning rests on colour alone.
#include <imgui.h>

namespace kiosk::ui {

enum class OutcomeIcon {
    Done,       // a tick in a circle: checked in
    Attention,  // "!" in a triangle: the check did not succeed
    Counter,    // a person behind a desk: go to the counter
};

enum class ProofPicture {
    None,
    MyNumberCard,            // the card with its photo, for trying again
    EligibilityCertificate,  // 資格確認書: a card-sized paper with its numbers
    PhoneScreen,             // マイナポータル or スマホのマイナ保険証 on a phone
    DeclarationForm,         // a sheet and a pen: the 申立書 filled in here
    Staff,                   // a member of staff
};

// Each draws in the square box [min, max] of the current window.
void drawOutcomeIcon(OutcomeIcon icon, ImVec2 min, ImVec2 max);
void drawProofPicture(ProofPicture picture, ImVec2 min, ImVec2 max);

}  // namespace kiosk::ui
