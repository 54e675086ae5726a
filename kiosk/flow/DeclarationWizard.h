#pragma once
// Walks a patient through the template's wizard steps: only the steps that
// have a field to ask (conditions decide), one step at a time, and no step is
// left while it has a problem. The rules are the same ones the record is
// checked with (DeclarationValidator), so the screen never accepts what the
// front desk would then reject.
#include <set>
#include <string>
#include <vector>

#include "core/DeclarationValidator.h"
#include "forms/FieldConditions.h"
#include "forms/FormTemplate.h"
#include "forms/FormValues.h"

namespace kiosk {

// A problem with one field, for the screen to show beside it.
struct FieldProblem {
    std::string fieldKey;
    ValidationProblem problem;
    std::size_t maxLength = 0;  // for TooLong

    bool operator==(const FieldProblem&) const = default;
};

class DeclarationWizard {
public:
    DeclarationWizard(const FormTemplate& form, ConditionContext context);

    // Ages in the form's conditions are reckoned on this day (the visit),
    // which also fills the fields the kiosk fills itself (記入日).
    void setContext(ConditionContext context);

    FormValues& values() { return values_; }
    const FormValues& values() const { return values_; }
    // Keys whose values came from the card or the terminal: shown as
    // 「この内容でよろしいですか？」 rather than asked.
    const std::set<std::string>& prefilled() const { return prefilled_; }
    void prefill(const FormValues& known);
    // The pre-filled answers the patient is asked to confirm on one page
    // (issue 10 §4), in the template's order.
    std::vector<const FormField*> knownFields() const;
    // The patient said 「はい」 to that page: those answers are not asked again.
    void confirmKnown();
    // 「なおす」 on one of them: its step asks it again.
    void reopen(const std::string& fieldKey);

    const FormStep& step() const { return form_.steps[current_]; }
    // 1-based position among the steps that currently apply, and their count,
    // for the progress line "3 / 7".
    int stepNumber() const;
    int stepCount() const;
    bool atFirstStep() const;
    bool atLastStep() const;

    // The current step's fields that are asked on screen now.
    std::vector<const FormField*> fieldsToAsk() const;
    // Every field the patient is asked or was shown to confirm, answered or
    // left blank, in the order of the steps: what the review lists.
    std::vector<const FormField*> fieldsInStepOrder() const;
    // Every question on this step may be left blank (「可能な範囲で記入」).
    bool stepIsOptional() const;
    // Leaves this step's questions blank (「わからない・書かない」).
    void clearStep();
    // Problems on the current step's fields (empty: the step may be left).
    std::vector<FieldProblem> problems() const;
    // Problems anywhere: what the review page must resolve before signing.
    // The signature itself is not counted: it comes after the review.
    std::vector<FieldProblem> allProblems() const;

    // Moves to the next step that applies; false (and stays) while the
    // current step has problems or is the last.
    bool next();
    // Moves to the previous step that applies; false at the first.
    bool back();
    // From the review page's 「なおす」: the step holding `fieldKey`.
    bool goToField(const std::string& fieldKey);

    // Fields that must be answered here although the 申立書 leaves them
    // optional (the 資格確認書 look-up needs its numbers).
    void requireAnswers(std::vector<std::string> keys) { required_ = std::move(keys); }

    // Wipes every answer (idle reset, cancel).
    void clear();

private:
    bool askable(const FormField& field) const;
    bool asked(const FormField& field) const;
    bool isKnown(const FormField& field) const;
    bool isOptionalCompanionOfKnown(const FormField& field) const;
    bool stepApplies(std::size_t index) const;
    void fillFromContext();
    std::size_t firstApplyingStep() const;
    std::vector<FieldProblem> problemsIn(const std::vector<std::string>& keys) const;

    const FormTemplate& form_;
    ConditionContext context_;
    FormValues values_;
    std::set<std::string> prefilled_;
    std::set<std::string> confirmed_;  // known answers the patient confirmed
    std::vector<std::string> required_;
    std::size_t current_ = 0;
};

}  // namespace kiosk
