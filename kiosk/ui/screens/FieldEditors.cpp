#include "FieldEditors.h"

#include <imgui.h>

#include <algorithm>
#include <limits>

#include "ScreenChrome.h"
#include "core/KanaText.h"
#include "core/SecureWipe.h"
#include "core/Wareki.h"
#include "ui/widgets/EraDatePad.h"
#include "ui/widgets/NumericPad.h"
#include "ui/widgets/TextKeyboard.h"
#include "ui/widgets/TouchTarget.h"
#include "ui/widgets/WrappedText.h"

namespace kiosk::ui {

namespace {
// A mark and its words, not colour alone, tell the answer chosen; a no-break
// space keeps the mark on the line of its first word (「○」 alone above
// 「Employee」 in large text).
constexpr const char* kChosenMark = "●\u00A0";
constexpr const char* kNotChosenMark = "○\u00A0";
constexpr const char* kTickedMark = "■\u00A0";
constexpr const char* kNotTickedMark = "□\u00A0";
}  // namespace

namespace {

std::vector<Era> erasOf(const FormField& field) {
    std::vector<Era> eras;
    for (const auto& option : field.options) {
        if (auto era = eraFromName(option.value)) eras.push_back(*era);
    }
    return eras;
}

}  // namespace

std::string displayValue(const FormField& field, std::string_view value, Language lang) {
    if (value.empty()) return "";
    switch (field.type) {
        case FormFieldType::Choice:
        case FormFieldType::Check:
            for (const auto& option : field.options) {
                if (option.value == value) {
                    return (field.type == FormFieldType::Check ? kTickedMark : "") +
                           option.label.in(lang);
                }
            }
            return std::string(value);
        case FormFieldType::Date: {
            auto date = CivilDate::parse(value);
            if (!date) return std::string(value);
            // A reader of English reads the Western date, as on a residence card.
            if (lang == Language::English) {
                static constexpr const char* kMonths[] = {
                    "January", "February", "March",     "April",   "May",      "June",
                    "July",    "August",   "September", "October", "November", "December"};
                return std::to_string(date->day()) + " " + kMonths[date->month() - 1] + " " +
                       std::to_string(date->year());
            }
            auto wareki = toWareki(*date);
            return wareki ? formatWarekiJa(*wareki) + "（" + std::to_string(date->year()) + "）"
                          : date->iso();
        }
        case FormFieldType::Signature:
        case FormFieldType::Digits:
        case FormFieldType::Kana:
        case FormFieldType::Text:
        case FormFieldType::Phone:
        case FormFieldType::PostalCode:
            break;
    }
    return std::string(value);
}

bool answeredByTap(const FormField& field) {
    return field.type == FormFieldType::Choice || field.type == FormFieldType::Check;
}

bool FieldEditors::drawValueRow(const FormField& field, const FormValues& values,
                                const ScreenContext& ctx, bool active, std::string_view problem) {
    // The value being typed lives in the editor's buffer until it changes.
    std::string shown(values.get(field.key));
    if (auto it = kana_.find(field.key); it != kana_.end()) shown = it->second.text;
    if (auto it = digits_.find(field.key); it != digits_.end()) shown = it->second.text;
    if (auto it = kanji_.find(field.key); it != kanji_.end()) {
        shown = it->second.composition.text() + it->second.composition.pendingReading();
    }
    const auto date = dates_.find(field.key);
    if (field.type == FormFieldType::Date) {
        shown = date == dates_.end() || date->second.date() ? displayValue(field, shown, ctx.lang)
                                                            : typedDateText(date->second, ctx.lang);
    }
    // The body font: only it holds every kanji a name may use.
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, active ? 4.0f : 1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign, ImVec2(0.0f, 0.5f));
    if (!problem.empty()) {
        shown += (shown.empty() ? "！ " : "  ！ ") + std::string(problem);
        ImGui::PushStyleColor(ImGuiCol_Text, warningTextColour(ctx));
    }
    const bool tapped = touchButton(shown.empty() ? " " : shown, "field:" + field.key,
                                    ImVec2(ImGui::GetContentRegionAvail().x, ctx.touchPx));
    if (!problem.empty()) ImGui::PopStyleColor();
    ImGui::PopStyleVar(2);
    if (date != dates_.end()) {
        if (const auto dateProblem = date->second.problem()) {
            drawError(ctx, describeDateProblem(*dateProblem, ctx.lang));
        }
    }
    return tapped;
}

bool FieldEditors::showsItsOwnProblem(const std::string& key) const {
    const auto date = dates_.find(key);
    return date != dates_.end() && date->second.problem().has_value();
}

void FieldEditors::draw(const FormField& field, FormValues& values, const ScreenContext& ctx) {
    ImGui::PushID(field.key.c_str());
    switch (field.type) {
        case FormFieldType::Choice:
            drawChoice(field, values, ctx);
            break;
        case FormFieldType::Check:
            drawCheck(field, values, ctx);
            break;
        case FormFieldType::Digits:
        case FormFieldType::Phone:
        case FormFieldType::PostalCode:
            drawDigits(field, values, ctx);
            break;
        case FormFieldType::Kana:
            drawKana(field, values, ctx, input::KeyboardScript::Katakana);
            break;
        case FormFieldType::Text:
            drawText(field, values, ctx);
            break;
        case FormFieldType::Date:
            drawDate(field, values, ctx);
            break;
        case FormFieldType::Signature:
            break;  // on its own screen, after the review
    }
    ImGui::PopID();
}

void FieldEditors::drawChoice(const FormField& field, FormValues& values,
                              const ScreenContext& ctx) {
    const std::string current(values.get(field.key));
    // Up to three answers one under another; more in two columns, or more
    // columns where the rows would fall below the fold (1366×768).
    std::vector<GridButton> buttons;
    for (const auto& option : field.options) {
        // A filled circle and the word, not colour alone, mark the answer.
        const bool chosen = option.value == current;
        buttons.push_back(
            {std::string(chosen ? kChosenMark : kNotChosenMark) + option.label.in(ctx.lang),
             option.value});
    }
    const int columns = field.options.size() > 3 ? 2 : 1;
    // The step's spacing under each question stays on the page.
    const float below = ImGui::GetStyle().ItemSpacing.y * 2;
    if (auto tapped = drawButtonGrid(ctx, buttons, false, columns, 5, below)) {
        values.set(field.key, field.options[*tapped].value);
    }
}

void FieldEditors::drawCheck(const FormField& field, FormValues& values, const ScreenContext& ctx) {
    const bool ticked = values.get(field.key) == "true";
    const std::string label = field.options.empty() ? field.question().in(ctx.lang)
                                                    : field.options.front().label.in(ctx.lang);
    if (touchButton(std::string(ticked ? kTickedMark : kNotTickedMark) + label, "check",
                    ImVec2(ImGui::GetContentRegionAvail().x, ctx.touchPx * 1.25f))) {
        values.set(field.key, ticked ? "" : "true");
    }
}

void FieldEditors::drawDigits(const FormField& field, FormValues& values,
                              const ScreenContext& ctx) {
    auto [it, created] = digits_.try_emplace(field.key);
    input::DigitEntry& entry = it->second;
    if (created) {
        entry.text = std::string(values.get(field.key));
        entry.maxLength = field.validation.maxLength;
    }
    // Above the keys, where the finger is: the questions' column has no room.
    if (full_.count(field.key) != 0) {
        drawWrappedTextDimmed(
            ctx.format("input.full", {{"count", std::to_string(entry.maxLength)}}));
    }
    const auto key = drawNumericKeys("pad", entry.allowHyphen, ctx.keyPx(), ctx.lang);
    if (!key) return;
    if (input::applyDigitKey(entry, *key)) {
        values.set(field.key, entry.text);
        full_.erase(field.key);
    } else if (key->kind == input::DigitKey::Digit && entry.maxLength > 0 &&
               entry.text.size() >= entry.maxLength) {
        full_.insert(field.key);  // a digit past the last one: say why nothing happened
    }
}

void FieldEditors::drawKana(const FormField& field, FormValues& values, const ScreenContext& ctx,
                            input::KeyboardScript script) {
    auto [it, created] = kana_.try_emplace(field.key);
    input::TextEntry& entry = it->second;
    if (created) {
        entry.text = std::string(values.get(field.key));
        entry.maxChars = field.validation.maxLength;
        entry.script = script;
    }
    if (drawTextKeyboard("keys", entry, ctx.keyPx(), ctx.lang)) {
        values.set(field.key, entry.text);
        typedByHand_[field.key] = true;
    }
}

void FieldEditors::fillReading(const FormField& field, const input::KanjiComposition& composition,
                               FormValues& values) {
    if (field.readingField.empty() || typedByHand_.count(field.readingField) != 0) return;
    // Unknown: a pre-filled name being corrected keeps what is there; a name
    // typed here whose reading the edits lost (a converted part cut short,
    // Latin letters among kana) leaves the フリガナ empty for the patient to
    // type, never stale.
    const auto reading = composition.readingOfText();
    if (!reading) {
        if (composition.typedHere()) {
            values.set(field.readingField, "");
            if (auto it = kana_.find(field.readingField); it != kana_.end())
                it->second.text.clear();
        }
        return;
    }
    // In the stored フリガナ form: katakana, one U+3000 between the parts.
    // Its length is the wizard's to judge, on 「次へ」.
    auto furigana = validateFurigana(*reading + composition.pendingReading(),
                                     std::numeric_limits<std::size_t>::max());
    const std::string kana = furigana ? *furigana : "";
    values.set(field.readingField, kana);
    if (auto it = kana_.find(field.readingField); it != kana_.end()) it->second.text = kana;
}

void FieldEditors::drawText(const FormField& field, FormValues& values, const ScreenContext& ctx) {
    auto it = kanji_.find(field.key);
    if (it == kanji_.end()) {
        // Someone reading English types in Latin letters first, and so does
        // everyone a 記号 (the template's first_keys).
        // A field with a フリガナ of its own is a person's name.
        KanjiEntryState state{
            input::KanjiComposition(field.validation.maxLength, std::string(values.get(field.key))),
            0, ctx.lang == Language::English || field.firstKeys == FirstKeys::Latin,
            !field.readingField.empty()};
        it = kanji_.emplace(field.key, std::move(state)).first;
    }
    const auto& composition = it->second.composition;
    if (drawKanjiEntry("kanji", it->second, ctx.converter, ctx.keyPx(), ctx.lang)) {
        // A reading not yet converted counts as typed: nothing is lost on
        // 「次へ」 or on moving to another question mid-conversion.
        values.set(field.key, composition.text() + composition.pendingReading());
        fillReading(field, composition, values);
    }
}

void FieldEditors::drawDate(const FormField& field, FormValues& values, const ScreenContext& ctx) {
    auto it = dates_.find(field.key);
    if (it == dates_.end()) {
        const auto range = field.validation.dateRange.value_or(DateRange{});
        const CivilDate latest = ctx.today.plusDays(range.maxDaysAhead);
        const CivilDate earliest =
            CivilDate::make(ctx.today.year() - range.maxYearsBack, 1, 1).value_or(ctx.today);
        auto entry = input::EraDateEntry::make(erasOf(field), earliest, latest,
                                               CivilDate::parse(values.get(field.key)));
        if (!entry) return;
        // Someone reading English knows the year as 1949, not 昭和24.
        if (ctx.lang == Language::English && !values.has(field.key)) entry->chooseWestern();
        it = dates_.emplace(field.key, std::move(*entry)).first;
    }
    if (drawEraDatePad("date", it->second, ctx.fonts.heading, ctx.keyPx(), ctx.lang)) {
        // Only a whole, possible date is an answer: anything else leaves the
        // question unanswered, and 「次へ」 says so.
        const auto date = it->second.date();
        values.set(field.key, date ? date->iso() : "");
    }
}

void FieldEditors::forget(const std::string& key) {
    if (auto it = digits_.find(key); it != digits_.end()) secureWipe(it->second.text);
    if (auto it = kana_.find(key); it != kana_.end()) secureWipe(it->second.text);
    if (auto it = kanji_.find(key); it != kanji_.end()) it->second.composition.wipe();
    if (auto it = dates_.find(key); it != dates_.end()) it->second.wipe();
    full_.erase(key);
    digits_.erase(key);
    kana_.erase(key);
    kanji_.erase(key);
    dates_.erase(key);
    editing_.erase(key);
    typedByHand_.erase(key);
}

void FieldEditors::clear() {
    for (auto& [key, entry] : digits_) secureWipe(entry.text);
    for (auto& [key, entry] : kana_) secureWipe(entry.text);
    for (auto& [key, entry] : kanji_) entry.composition.wipe();
    for (auto& [key, entry] : dates_) entry.wipe();
    digits_.clear();
    kana_.clear();
    kanji_.clear();
    dates_.clear();
    editing_.clear();
    typedByHand_.clear();
    full_.clear();
}

}  // namespace kiosk::ui
