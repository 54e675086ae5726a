#include "DeclarationScreens.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "Paging.h"
#include "ScreenChrome.h"
#include "core/DeclarationValidator.h"
#include "core/SecureWipe.h"
#include "input/DigitEntry.h"
#include "input/KeyGridFit.h"
#include "ui/widgets/NumericPad.h"
#include "ui/widgets/TouchTarget.h"
#include "ui/widgets/WrappedText.h"

namespace kiosk::ui {

namespace {

// What is wrong with `field`'s answer, in words; empty when nothing is, or
// when its value row already says it (「2月は28日までです」).
std::string problemText(const std::vector<FieldProblem>& problems, const FormField& field,
                        const FieldEditors& editors, const ScreenContext& ctx) {
    if (editors.showsItsOwnProblem(field.key)) return "";
    for (const auto& problem : problems) {
        if (problem.fieldKey != field.key) continue;
        // Said at the question itself, which need not be named again; a
        // question answered by a tap is not 「入力」ed: its answer is chosen.
        if (problem.problem == ValidationProblem::Required) {
            return ctx.text(answeredByTap(field) ? "validation.choose" : "validation.fill_in");
        }
        return describeProblem(field.question().in(ctx.lang), problem.problem, problem.maxLength,
                               ctx.lang);
    }
    return "";
}

void drawProblems(const std::vector<FieldProblem>& problems, const FormField& field,
                  const FieldEditors& editors, const ScreenContext& ctx) {
    if (const std::string text = problemText(problems, field, editors, ctx); !text.empty()) {
        drawError(ctx, text);
    }
}

// The height of what a tapped question's problem would say above its
// choices, kept free whether it shows or not: the choices never re-flow.
float tappedProblemHeight(const FormField& field, const ScreenContext& ctx) {
    if (!field.conditions.required && field.conditions.requiredWhen.empty()) return 0.0f;
    const std::string said = field.type == FormFieldType::Check
                                 ? describeProblem(field.question().in(ctx.lang),
                                                   ValidationProblem::MustConfirm, 0, ctx.lang)
                                 : ctx.text("validation.choose");
    const float width = std::min(ImGui::GetContentRegionAvail().x, readableMeasure());
    return wrappedTextSize("！ " + said, width).y + ImGui::GetStyle().ItemSpacing.y;
}

// A common answer for a row: a question sits beside its row only where
// such an answer shows at no less than 85 % of the body text (a name's
// フリガナ beside a half-width label shrank to two thirds). Digits up to
// eight, words of five full-width characters, a date of the longest era.
float commonAnswerWidth(const FormField& field, Language lang) {
    const std::size_t most = field.validation.maxLength;
    const auto upTo = [&](std::size_t n) { return most == 0 ? n : std::min(most, n); };
    std::string answer;
    switch (field.type) {
        case FormFieldType::Digits:
        case FormFieldType::Phone:
        case FormFieldType::PostalCode:
            answer.assign(upTo(8), '0');
            break;
        case FormFieldType::Date:
            answer = displayValue(field, "1988-12-28", lang);
            break;
        default:
            for (std::size_t i = 0; i < upTo(5); ++i) answer += "あ";
    }
    return ImGui::CalcTextSize(answer.c_str()).x;
}

// A pre-filled answer is confirmed, not typed again (UX.md): the value and
// 「なおす」 on one row. Names need the body font: only it has every kanji.
bool drawConfirmation(const FormField& field, const FormValues& values, const ScreenContext& ctx) {
    const float editWidth = ctx.touchPx * 2.5f;
    const float right = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
    drawWrappedText(displayValue(field, values.get(field.key), ctx.lang),
                    right - editWidth - ImGui::GetCursorPosX() - ImGui::GetStyle().ItemSpacing.x);
    ImGui::SameLine();
    ImGui::SetCursorPosX(right - editWidth);
    return touchButton(ctx.text("declaration.edit"), "edit:" + field.key,
                       ImVec2(editWidth, ctx.touchPx));
}

}  // namespace

void DeclarationScreenState::clear() {
    editors.clear();
    secureWipe(pin);
    showProblems = false;
    blankNotChosen = false;
    signatureMissing = false;
    shownStep.clear();
    openedEdit.clear();
    reviewPage = 0;
    knownPage = 0;
    introPage = 0;
    signature.clear();
}

void drawDeclarationIntroScreen(CheckInFlow& flow, const ScreenContext& ctx,
                                DeclarationScreenState& state) {
    beginFlowPage(flow, ctx, "declaration_intro");
    const FormTemplate& form = flow.form();
    drawHeading(ctx, form.title.in(ctx.lang));
    beginContent(ctx);
    // Whole points per page: large text on a short panel needs two.
    std::vector<std::string> points;
    std::vector<float> heights;
    const float width = std::min(ImGui::GetContentRegionAvail().x, readableMeasure());
    for (const auto& point : form.explanation) {
        points.push_back("・" + point.in(ctx.lang));
        heights.push_back(wrappedTextSize(points.back(), width).y +
                          ImGui::GetStyle().ItemSpacing.y * 2);  // drawBody's spacing
    }
    const std::vector<std::size_t> starts = pageStarts(heights, ImGui::GetContentRegionAvail().y);
    const int pages = static_cast<int>(starts.size());
    state.introPage = std::clamp(state.introPage, 0, pages - 1);
    const auto page = static_cast<std::size_t>(state.introPage);
    const std::size_t end = page + 1 < starts.size() ? starts[page + 1] : points.size();
    for (std::size_t i = starts[page]; i < end; ++i) drawBody(ctx, points[i]);
    endContent();
    if (drawPagedFooter(ctx, state.introPage, pages, "declaration.intro.start")) flow.next(ctx.now);
    endPage();
}

std::optional<std::string> drawCardPinScreen(CheckInFlow& flow, const ScreenContext& ctx,
                                             const CardPinView& card,
                                             DeclarationScreenState& state) {
    std::optional<std::string> submitted;
    // The question in the header where it fits: the pad needs the height.
    const std::string& heading = ctx.text("card_pin.heading");
    if (!beginFlowPage(flow, ctx, "card_pin", {0, 0, heading, std::nullopt})) {
        drawHeading(ctx, heading);
    }
    beginContent(ctx);
    const bool pad = (card.stage == CardPinStage::EnterPin || card.stage == CardPinStage::Failed) &&
                     card.canRetry;
    // The words on the left and the pad on the right, as on a typed step: one
    // under the other does not fit a 768-pixel panel; an upright one has the
    // height for it.
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const bool split = pad && display.x > display.y && ImGui::BeginTable("card_pin", 2);
    if (split) {
        ImGui::TableSetupColumn("words", ImGuiTableColumnFlags_WidthStretch, 0.4f);
        ImGui::TableSetupColumn("pad", ImGuiTableColumnFlags_WidthStretch, 0.6f);
        ImGui::TableNextColumn();
    }
    // What the PIN is for while the card is awaited; beside the pad only what
    // to type, or the problem and the warning (large text on a low panel has
    // no room for more).
    const bool warned = card.stage == CardPinStage::Failed || (pad && card.lastTry());
    if (!warned) drawBody(ctx, ctx.text(pad ? "card_pin.pin_prompt" : "card_pin.body"));
    switch (card.stage) {
        case CardPinStage::WaitingForCard:
            drawBody(ctx, ctx.text("card_pin.waiting"));
            break;
        case CardPinStage::Reading:
            drawBody(ctx, ctx.text("card_pin.reading"));
            break;
        case CardPinStage::Failed:
            drawError(ctx, ctx.text(card.messageKey));
            break;
        case CardPinStage::EnterPin:
            break;
    }
    if (pad) {
        // Warn before the last try, never after (DOMAIN.md §8).
        if (card.lastTry()) {
            // A warning, not an error: the mark without the word 「エラー」.
            drawBody(ctx, "！ " + ctx.text("card_pin.last_try"));
        } else if (card.triesLeft > 0) {
            drawBody(ctx, ctx.format("card_pin.tries_left",
                                     {{"count", std::to_string(card.triesLeft)}}));
        }
        // The PIN is never shown: one mark per digit typed.
        std::string masked;
        for (std::size_t i = 0; i < 4; ++i) masked += i < state.pin.size() ? "● " : "○ ";
        // Body text: the heading font holds only the catalogue's characters.
        ImGui::TextUnformatted(masked.c_str());
        if (split) ImGui::TableNextColumn();
        input::DigitEntry entry{state.pin, 4, false};
        if (drawNumericPad("pin", entry, ctx.keyPx(), ctx.lang)) state.pin = entry.text;
        secureWipe(entry.text);
    }
    if (split) ImGui::EndTable();
    endContent();
    // 「読み取る」 beside 「入力しないで進む」 once the four digits are in.
    const bool readable = pad && state.pin.size() == 4;
    const bool twoButtons = readable && ImGui::BeginTable("card_pin_footer", 2);
    if (twoButtons) ImGui::TableNextColumn();
    if (bigButton(ctx, "card_pin.skip")) flow.skipCardRead(ctx.now);
    if (twoButtons) {
        ImGui::TableNextColumn();
        if (bigButton(ctx, "card_pin.read", ButtonStyle::Primary)) {
            submitted = state.pin;
            secureWipe(state.pin);
        }
        ImGui::EndTable();
    }
    endPage();
    return submitted;
}

void drawDeclarationStepScreen(CheckInFlow& flow, const ScreenContext& ctx,
                               DeclarationScreenState& state) {
    DeclarationWizard& wizard = flow.activeWizard();
    const auto fields = wizard.fieldsToAsk();
    if (state.shownStep != wizard.step().id) {
        state.shownStep = wizard.step().id;
        state.showProblems = false;
        state.blankNotChosen = false;
        // One keyboard at a time fits the screen: the first field to type.
        state.activeField.clear();
        for (const FormField* field : fields) {
            const bool prefilled =
                wizard.prefilled().count(field->key) != 0 && wizard.values().has(field->key);
            if (!answeredByTap(*field) && !prefilled) {
                state.activeField = field->key;
                break;
            }
        }
    }
    // A 「なおす」 on the review or the known-answers page opens exactly that
    // question's editor, even on the step shown just before.
    if (!flow.fieldToEdit().empty() && state.openedEdit != flow.fieldToEdit()) {
        state.openedEdit = flow.fieldToEdit();
        state.activeField = flow.fieldToEdit();
        state.editors.startEditing(flow.fieldToEdit());
    } else if (flow.fieldToEdit().empty()) {
        state.openedEdit.clear();
    }
    const std::string title = wizard.step().title.in(ctx.lang);
    const bool titleInHeader = beginFlowPage(
        flow, ctx,
        flow.screen() == FlowScreen::DocumentNumbers ? "document_numbers" : "declaration_step",
        {wizard.stepNumber(), wizard.stepCount(), title, std::nullopt});
    beginContent(ctx);
    const auto problems = wizard.problems();
    auto confirmOnly = [&](const FormField* f) {
        return wizard.prefilled().count(f->key) != 0 && wizard.values().has(f->key) &&
               !state.editors.editing(f->key);
    };
    const bool typed = std::any_of(fields.begin(), fields.end(), [&](const FormField* f) {
        return !answeredByTap(*f) && !confirmOnly(f) && f->key == state.activeField;
    });
    // A step with typing puts the questions on the left and the one open
    // keyboard or pad on the right, so both fit the screen; an upright
    // panel has the height, not the width: the keys go full width below.
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    // No cell padding above or below: the keys are laid out to the height
    // left, and a padding under them made the region scroll by 2 px, which
    // shows a scrollbar that narrows the keys.
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(ImGui::GetStyle().CellPadding.x, 0.0f));
    const bool split = typed && display.x > display.y && ImGui::BeginTable("step", 2);
    ImGui::PopStyleVar();
    if (split) {
        // A 50音 or Latin keyboard needs ten fingertip-sized keys across; a
        // number pad leaves more to the questions and their help.
        const bool letters = std::any_of(fields.begin(), fields.end(), [&](const FormField* f) {
            return f->key == state.activeField &&
                   (f->type == FormFieldType::Kana || f->type == FormFieldType::Text);
        });
        const float tenKeys = input::KeyGridFit::ofSide(10, 1, ctx.keyPx()).width() +
                              ImGui::GetStyle().CellPadding.x * 4;
        const float questions =
            letters ? std::min(0.5f, 1.0f - tenKeys / ImGui::GetContentRegionAvail().x) : 0.42f;
        ImGui::TableSetupColumn("questions", ImGuiTableColumnFlags_WidthStretch, questions);
        ImGui::TableSetupColumn("keyboard", ImGuiTableColumnFlags_WidthStretch, 1.0f - questions);
        ImGui::TableNextColumn();
    }
    // The heading and the words above the questions stay in their column:
    // the keys take the page's height.
    if (!titleInHeader) drawHeading(ctx, title);
    if (std::any_of(fields.begin(), fields.end(), confirmOnly)) {
        drawBody(ctx, ctx.text("declaration.confirm_prefilled"));
    }
    const FormField* keyboardField = nullptr;
    bool tapped = false;  // a choice or tick changed this frame
    // A short question beside its answer row: a step of three numbers
    // (記号・番号・枝番) then fits a 768-pixel panel. One label column for the
    // step, as wide as its longest question needs up to 60 %, so the rows
    // align and the answers keep the rest.
    const float column = ImGui::GetContentRegionAvail().x;
    float labelWidth = 0.0f;
    for (const FormField* field : fields) {
        const float needed = ImGui::CalcTextSize(field->question().in(ctx.lang).c_str()).x;
        if (needed <= column * 0.6f) labelWidth = std::max(labelWidth, needed);
    }
    const bool nothingGiven = std::none_of(fields.begin(), fields.end(), [&](const FormField* f) {
        return !wizard.values().get(f->key).empty();
    });
    if (!nothingGiven) state.blankNotChosen = false;
    const auto firstWithAProblem =
        std::find_if(fields.begin(), fields.end(), [&](const FormField* f) {
            return std::any_of(problems.begin(), problems.end(),
                               [&](const auto& p) { return p.fieldKey == f->key; });
        });
    for (const FormField* field : fields) {
        ImGui::PushID(field->key.c_str());
        const std::string question = field->question().in(ctx.lang);
        const bool typedRow = !answeredByTap(*field) && !confirmOnly(field);
        // Help is for the answer being given: a typed question's only while
        // its keyboard is open. One problem at a time, the first question's
        // (「次へ」 opens its keyboard), in the place of the help, which is
        // kept as high as either, so that nothing on the screen moves when it
        // shows: a tapped question's place is there, help or not (its
        // choices would re-flow under the finger). While a problem shows, no
        // other help (large text has no room for both).
        const bool tapRow = answeredByTap(*field);
        const bool hasProblem =
            state.showProblems && firstWithAProblem != fields.end() && field == *firstWithAProblem;
        // A date's own problem (「2月は28日までです」) shows under its row instead.
        const bool problemHere = hasProblem && !state.editors.showsItsOwnProblem(field->key);
        const bool problemShown =
            (state.showProblems && firstWithAProblem != fields.end()) || state.blankNotChosen;
        const bool blankWordHere = state.blankNotChosen && field == fields.front();
        const std::string& help = field->help.in(ctx.lang);
        const bool helpApplies = !help.empty() && (!typedRow || state.activeField == field->key);
        const float besideRoom = column - labelWidth - ImGui::GetStyle().ItemSpacing.x;
        const bool inline_ = typedRow && !helpApplies &&
                             ImGui::CalcTextSize(question.c_str()).x <= labelWidth &&
                             commonAnswerWidth(*field, ctx.lang) * 0.85f <= labelRoom(besideRoom);
        const bool problemInSlot = problemHere && !inline_;
        const bool showHelp = helpApplies && (!problemShown || (hasProblem && !problemInSlot));
        if (inline_) {
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(question.c_str());
            ImGui::SameLine(labelWidth + ImGui::GetStyle().ItemSpacing.x);
        } else if (fields.size() > 1 || question != title) {
            // Its help or problem straight under it: one thing to read. A
            // lone question the step's title already asks is not asked twice.
            drawWrappedText(question);
        }
        const float width = std::min(ImGui::GetContentRegionAvail().x, readableMeasure());
        // A typed answer left empty on a step that may be left blank says
        // 「入力してください。」 inside its box (below), beside 「わからない・
        // 書かない」; a tapped one keeps room for the longer words.
        const bool firstOfOptional = tapRow && field == fields.front() && wizard.stepIsOptional();
        const float lineSpacing = ImGui::GetStyle().ItemSpacing.y;
        const float slot =
            inline_
                ? 0.0f
                : std::max({helpApplies ? wrappedTextSize(help, width).y + lineSpacing : 0.0f,
                            tapRow ? tappedProblemHeight(*field, ctx) : 0.0f,
                            firstOfOptional
                                ? wrappedTextSize(
                                      "！ " + ctx.text("declaration.type_or_leave_blank"), width)
                                          .y +
                                      lineSpacing
                                : 0.0f});
        const float top = ImGui::GetCursorPosY();
        if (inline_) {
            // Said inside the row's box (below): a line under a row beside its
            // question pushed the rows below off a 768-pixel panel.
        } else if (problemInSlot) {
            drawProblems(problems, *field, state.editors, ctx);
        } else if (blankWordHere && tapRow) {
            drawError(ctx, ctx.text("declaration.type_or_leave_blank"));
        } else if (showHelp && !(blankWordHere && typedRow)) {
            drawWrappedTextDimmed(help);
        }
        // The row or the choices are drawn next: the cursor may simply move down.
        ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), std::floor(top + slot)));
        if (confirmOnly(field)) {
            if (drawConfirmation(*field, wizard.values(), ctx)) {
                state.editors.startEditing(field->key);
                state.activeField = field->key;
            }
        } else if (tapRow) {
            const std::string before(wizard.values().get(field->key));
            state.editors.draw(*field, wizard.values(), ctx);
            tapped = tapped || wizard.values().get(field->key) != before;
        } else {
            const bool active = state.activeField == field->key;
            const std::string inBox = blankWordHere ? ctx.text("validation.fill_in")
                                      : inline_ && problemHere
                                          ? problemText(problems, *field, state.editors, ctx)
                                          : "";
            if (state.editors.drawValueRow(*field, wizard.values(), ctx, active, inBox) &&
                !active) {
                // Another answer taken up: the problem shown was for this one
                // no longer; 「次へ」 shows what is still missing.
                state.activeField = field->key;
                state.showProblems = false;
            }
            if (active) keyboardField = field;
        }
        ImGui::Spacing();
        ImGui::PopID();
    }
    if (split) ImGui::TableNextColumn();
    if (keyboardField != nullptr) {
        ImGui::PushID(keyboardField->key.c_str());
        state.editors.draw(*keyboardField, wizard.values(), ctx);
        ImGui::PopID();
    }
    if (split) ImGui::EndTable();
    endContent();
    // 「可能な範囲で記入」: a step with nothing required says so with its own answer.
    const bool twoButtons = wizard.stepIsOptional() && ImGui::BeginTable("footer", 2);
    if (twoButtons) {
        ImGui::TableNextColumn();
        if (bigButton(ctx, "declaration.leave_blank")) {
            for (const FormField* field : fields) state.editors.forget(field->key);
            state.showProblems = false;
            flow.leaveStepBlank(ctx.now);
        }
        ImGui::TableNextColumn();
    }
    if (bigButton(ctx, "common.next", ButtonStyle::Primary)) {
        state.blankNotChosen = wizard.stepIsOptional() && nothingGiven;
        state.showProblems = !state.blankNotChosen && !problems.empty();
        // The keyboard of the first answer with a problem opens with it.
        if (state.showProblems && firstWithAProblem != fields.end() &&
            !answeredByTap(**firstWithAProblem) && !confirmOnly(*firstWithAProblem)) {
            state.activeField = (*firstWithAProblem)->key;
        }
        if (!state.blankNotChosen) flow.next(ctx.now);
    }
    if (twoButtons) ImGui::EndTable();
    endPage();
    if (tapped) flow.answeredByTap(ctx.now);
}

}  // namespace kiosk::ui
