#pragma once
// The input state behind the declaration's fields while a patient edits them
// (pad, keyboard and date buffers), kept across frames and written
// back to the form's values on every change. Holds personal data: clear()
// is called on every reset.
#include <map>
#include <optional>
#include <set>
#include <string>

#include "ScreenContext.h"
#include "forms/FormTemplate.h"
#include "forms/FormValues.h"
#include "input/DigitEntry.h"
#include "input/EraDateEntry.h"
#include "input/TextEntry.h"
#include "ui/widgets/KanjiEntry.h"

namespace kiosk::ui {

// Fields answered with a tap (choices, checks) rather than a keyboard or pad.
bool answeredByTap(const FormField& field);

class FieldEditors {
public:
    // Draws the editor for `field` and writes changes into `values`.
    void draw(const FormField& field, FormValues& values, const ScreenContext& ctx);
    // The typed value in a large box, as a tappable row: true when tapped.
    // Under a date, what is wrong with it as typed (平成32年).
    // `problem`, when given, is said inside the box after the value, in red.
    bool drawValueRow(const FormField& field, const FormValues& values, const ScreenContext& ctx,
                      bool active, std::string_view problem = {});
    // Whether the value row already says what is wrong with what is typed
    // (a date as typed): the wizard's 「…を入力してください」 would only repeat it.
    bool showsItsOwnProblem(const std::string& key) const;
    // The field shows its pre-filled value as a confirmation until 「なおす」.
    bool editing(const std::string& key) const { return editing_.count(key) != 0; }
    void startEditing(const std::string& key) { editing_[key] = true; }

    // Forgets every buffer (overwriting its text first).
    void clear();
    // Wipes one field's buffers: its answer was cleared elsewhere.
    void forget(const std::string& key);

private:
    void drawChoice(const FormField& field, FormValues& values, const ScreenContext& ctx);
    void drawCheck(const FormField& field, FormValues& values, const ScreenContext& ctx);
    void drawDigits(const FormField& field, FormValues& values, const ScreenContext& ctx);
    void drawKana(const FormField& field, FormValues& values, const ScreenContext& ctx,
                  input::KeyboardScript script);
    void drawDate(const FormField& field, FormValues& values, const ScreenContext& ctx);
    void drawText(const FormField& field, FormValues& values, const ScreenContext& ctx);
    // The kana of what is typed in `field` into its reading field, unless the
    // patient typed that field themselves.
    void fillReading(const FormField& field, const input::KanjiComposition& composition,
                     FormValues& values);

    std::map<std::string, input::DigitEntry> digits_;
    std::map<std::string, input::TextEntry> kana_;
    std::map<std::string, input::EraDateEntry> dates_;
    std::map<std::string, KanjiEntryState> kanji_;
    std::map<std::string, bool> editing_;
    std::map<std::string, bool> typedByHand_;  // kana fields the patient typed in
    std::set<std::string> full_;  // digit fields where a digit past the last was tapped
};

// How a value reads on the review page and in confirmations: option labels,
// dates in 和暦 with the Western year, a tick for checks.
std::string displayValue(const FormField& field, std::string_view value, Language lang);

}  // namespace kiosk::ui
