#pragma once
// One form described once (ARCHITECTURE.md "template"): the on-screen wizard,
// the printed paper form and the recognition zones all read this model.
// Loaded from templates/<id>/v<N>.json by TemplateLoader, which refuses a
// template that is not internally consistent, so code reading a FormTemplate
// may rely on: unique field keys, conditions and steps naming real fields and
// options, every field in exactly one step, geometry inside the page margins
// and nothing overlapping.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/Language.h"

namespace kiosk {

// A text in both catalogue languages; templates carry their own labels.
struct LocalizedText {
    std::string ja;
    std::string en;

    const std::string& in(Language lang) const { return lang == Language::English ? en : ja; }
    bool operator==(const LocalizedText&) const = default;
};

// A rectangle on the paper in millimetres, origin at the page's top-left
// corner, y growing downwards (as a scanned image's rows do).
struct MmRect {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;

    double right() const { return x + width; }
    double bottom() const { return y + height; }
    // Shared edges are not an overlap: a row of cells touches its neighbours.
    bool overlaps(const MmRect& other) const {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }
    bool operator==(const MmRect&) const = default;
};

enum class FormFieldType {
    Check,       // one box; value "true" / "false"; its one option "true" is the box's label
    Choice,      // one of `options`; value = option value
    Digits,      // digits, one per cell
    Kana,        // katakana, one per cell
    Text,        // free text (kanji) in a box
    Date,        // era boxes + 年 月 日 cells on paper; value ISO YYYY-MM-DD
    Phone,       // digits, one per cell
    PostalCode,  // 7 digits, one per cell
    Signature,   // a box to sign in; value "true" once signed
};

// Where a field appears: some questions only make sense on screen (a
// follow-up the paper form folds into one box), some only on paper.
enum class FieldMedium { Both, ScreenOnly, PaperOnly };

// What characters a value may hold (checked on screen and after recognition).
enum class CharacterClass { Any, Digits, Katakana };

// A check digit the value must carry.
enum class CheckDigitRule { None, InsurerNumber };

// Allowed dates relative to the day the form is filled in.
struct DateRange {
    int maxYearsBack = 130;  // earliest: today minus this many years
    int maxDaysAhead = 0;    // latest: today plus this many days
    bool operator==(const DateRange&) const = default;
};

struct FieldValidation {
    std::size_t minLength = 0;  // code points; 0 = no minimum
    std::size_t maxLength = 0;  // code points; 0 = no maximum
    CharacterClass characters = CharacterClass::Any;
    CheckDigitRule checkDigit = CheckDigitRule::None;
    std::optional<DateRange> dateRange;  // date fields only
    bool operator==(const FieldValidation&) const = default;
};

// A condition holds when `field` (shown, and answered) has one of `anyOf`,
// or, when `rule` is set, when the named rule holds. Rules are for what a
// template cannot say by values alone (an age on the visit date).
struct FieldCondition {
    std::string field;
    std::vector<std::string> anyOf;
    std::string rule;  // "elder_or_kouki"; empty for a value condition
    bool operator==(const FieldCondition&) const = default;
};

// The named rules a condition may use, and the fields each one reads.
inline constexpr std::string_view kRuleElderOrKouki = "elder_or_kouki";
// The name is not in Latin letters: a foreign resident's name as on the
// residence card has no katakana the patient can be asked to know.
inline constexpr std::string_view kRuleNameNotLatin = "name_not_latin";

struct FieldConditions {
    std::vector<FieldCondition> shownWhen;     // any of them; empty = always shown
    bool required = false;                     // required whenever shown
    std::vector<FieldCondition> requiredWhen;  // any of them makes it required
    bool operator==(const FieldConditions&) const = default;
};

struct ChoiceOption {
    std::string value;  // stable, stored in records ("shaho"); date eras: "meiji"…
    LocalizedText label;
    bool operator==(const ChoiceOption&) const = default;
};

// An option's square on paper; its label is printed to the right of it.
struct OptionBox {
    std::string value;  // a ChoiceOption value; "true" for a check field
    MmRect box;
    bool operator==(const OptionBox&) const = default;
};

// Consecutive one-character cells. `part` names what they hold within the
// value: "" for the whole value, "year" / "month" / "day" for a date.
struct CellGroup {
    std::string part;
    std::vector<MmRect> cells;
    bool operator==(const CellGroup&) const = default;
};

// A box for free handwriting (kanji) or a signature.
struct TextBox {
    MmRect area;
    int lines = 1;
    std::size_t maxChars = 0;  // what fits when written legibly; 0 for a signature
    bool operator==(const TextBox&) const = default;
};

struct FieldPaper {
    MmRect label;  // where the field's label is printed
    std::vector<OptionBox> options;
    std::vector<CellGroup> cellGroups;
    std::optional<TextBox> box;
    bool operator==(const FieldPaper&) const = default;
};

// A value the kiosk fills in itself, so the patient is never asked it.
enum class FilledWith { Nothing, VisitDate };

// The keys a text field opens with: a 記号 is mostly digits, which a low
// panel's 50音 keys have no room for (the 「ABC 123」 keys have).
enum class FirstKeys { Kana, Latin };

struct FormField {
    std::string key;  // DeclarationField key where the field is a 申立書 item
    FormFieldType type = FormFieldType::Text;
    FieldMedium medium = FieldMedium::Both;
    LocalizedText label;  // printed on paper, with the paper's ※ marks
    // The question on screen, where it differs from the paper's label (no
    // ※ marks: the footnotes they point to are not on screen).
    std::optional<LocalizedText> screenLabel;
    LocalizedText help;  // screen only; may be empty in both languages
    FilledWith filledWith = FilledWith::Nothing;
    // text only: the kana field that takes this field's reading as it is
    // typed on screen (氏名 → フリガナ: a name is typed once, issue 10 item 2).
    std::string readingField;
    FirstKeys firstKeys = FirstKeys::Kana;  // text only; English always opens Latin keys
    // choice: the answers; date: the eras offered; check: the single option
    // "true", whose label is printed beside the box.
    std::vector<ChoiceOption> options;
    FieldValidation validation;
    FieldConditions conditions;
    std::optional<FieldPaper> paper;  // absent for screen-only fields
    bool operator==(const FormField&) const = default;

    const LocalizedText& question() const { return screenLabel ? *screenLabel : label; }
};

// One wizard screen: its fields in the order they are asked.
struct FormStep {
    std::string id;
    LocalizedText title;
    std::vector<std::string> fields;
    bool operator==(const FormStep&) const = default;
};

// Printed text that belongs to no field: the title, the statement, section
// headings and the ※ notes.
struct PaperText {
    MmRect area;
    double fontSizePt = 10;
    LocalizedText text;
    bool operator==(const PaperText&) const = default;
};

struct FormPage {
    double widthMm = 210;
    double heightMm = 297;
    double marginMm = 10;  // nothing is printed closer to the edge
    // Targets the scanner registers the page by: four corners.
    std::vector<MmRect> registrationMarks;
    MmRect qr;  // template id, version and form serial
    std::vector<PaperText> texts;
    bool operator==(const FormPage&) const = default;
};

struct FormTemplate {
    std::string id;
    int version = 1;
    LocalizedText title;
    // The 説明書 shown before the first question, a few short points.
    std::vector<LocalizedText> explanation;
    FormPage page;
    std::vector<FormField> fields;  // in the form's order
    std::vector<FormStep> steps;    // in the wizard's order

    // nullptr when no field has `key`.
    const FormField* field(std::string_view key) const {
        for (const auto& f : fields) {
            if (f.key == key) return &f;
        }
        return nullptr;
    }
    bool operator==(const FormTemplate&) const = default;
};

// Every text the form shows on screen (title, 説明書, questions, help,
// answers, step titles), in both languages, run together: the characters the
// kiosk's fonts must draw.
std::string screenTexts(const FormTemplate& form);

// Stable names used in template JSON and layout output.
std::string_view formFieldTypeName(FormFieldType type);
std::optional<FormFieldType> formFieldTypeFromName(std::string_view name);

}  // namespace kiosk
