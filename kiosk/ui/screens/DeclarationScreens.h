#pragma once
// The 被保険者資格申立書 on screen (UX.md "The form on screen"): the 説明書,
// the optional card read, and one wizard step at a time with pre-filled
// values shown as confirmations (review and signature have their own files).
#include <optional>
#include <string>

#include "CardPinView.h"
#include "FieldEditors.h"
#include "ScreenContext.h"
#include "flow/CheckInFlow.h"
#include "input/SignatureStrokes.h"

namespace kiosk::ui {

// Screen state that outlives a frame; wiped with the patient's session.
struct DeclarationScreenState {
    FieldEditors editors;
    std::string pin;            // the PIN being typed, wiped after use
    bool showProblems = false;  // after 「次へ」 was tapped on a step with problems
    // 「次へ」 on a step that may be left blank, with nothing given: not a
    // silent skip (a habitual tap after a choice moved on by itself), but a
    // word to type something or choose 「わからない・書かない」.
    bool blankNotChosen = false;
    bool signatureMissing = false;  // 「送信」 tapped before signing
    std::string shownStep;          // problems are hidden again on a new step
    std::string activeField;        // the one field whose keyboard or pad is open
    std::string openedEdit;         // the 「なおす」 already opened (flow.fieldToEdit())
    int reviewPage = 0;             // the review's page shown (a 「なおす」 comes back to it)
    int knownPage = 0;              // the same for the known answers' page
    int introPage = 0;              // the 説明書's page, where large text needs more than one
    input::SignatureStrokes signature{600.0f, 200.0f};
    void clear();
};

void drawDeclarationIntroScreen(CheckInFlow& flow, const ScreenContext& ctx,
                                DeclarationScreenState& state);
// Returns the PIN when the patient asks to read the card with it.
std::optional<std::string> drawCardPinScreen(CheckInFlow& flow, const ScreenContext& ctx,
                                             const CardPinView& card,
                                             DeclarationScreenState& state);
void drawDeclarationStepScreen(CheckInFlow& flow, const ScreenContext& ctx,
                               DeclarationScreenState& state);

}  // namespace kiosk::ui
