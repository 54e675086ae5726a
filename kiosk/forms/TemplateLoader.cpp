#include "TemplateLoader.h"

#include <cmath>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <nlohmann/json.hpp>

#include "TemplateChecks.h"
#include "TemplateRefusal.h"

namespace kiosk {

namespace {

using nlohmann::json;
using Reason = TemplateError::Reason;
using template_detail::refuse;

constexpr long kMaxCellsPerRun = 100;

std::string jsonTypeName(const json& j) {
    return j.type_name();
}

// A JSON object read member by member, with its JSON pointer, refusing members
// the format does not define: a misspelt key would otherwise be ignored.
class JsonObject {
public:
    JsonObject(const json& j, std::string path, std::initializer_list<std::string_view> known)
        : j_(j), path_(std::move(path)) {
        if (!j.is_object())
            refuse(Reason::WrongJsonType, path_, "expected an object, found " + jsonTypeName(j));
        for (const auto& [key, value] : j.items()) {
            bool isKnown = false;
            for (auto k : known) isKnown = isKnown || k == key;
            if (!isKnown) refuse(Reason::UnknownKey, at(key), "unknown key \"" + key + "\"");
        }
    }

    const std::string& path() const { return path_; }
    std::string at(std::string_view key) const { return path_ + "/" + std::string(key); }
    bool has(std::string_view key) const { return j_.contains(key); }

    const json& member(std::string_view key, json::value_t type, const char* typeName) const {
        if (!has(key)) refuse(Reason::MissingKey, at(key), "missing \"" + std::string(key) + "\"");
        const json& v = j_.at(std::string(key));
        const bool ok = type == json::value_t::number_float ? v.is_number() : v.type() == type;
        if (!ok) {
            refuse(Reason::WrongJsonType, at(key),
                   std::string("expected ") + typeName + ", found " + jsonTypeName(v));
        }
        return v;
    }
    std::string string(std::string_view key) const {
        return member(key, json::value_t::string, "a string").get<std::string>();
    }
    std::string string(std::string_view key, std::string fallback) const {
        return has(key) ? string(key) : std::move(fallback);
    }
    double number(std::string_view key) const {
        const double v = member(key, json::value_t::number_float, "a number").get<double>();
        if (!std::isfinite(v)) refuse(Reason::BadNumber, at(key), "not a finite number");
        return v;
    }
    double positive(std::string_view key) const {
        const double v = number(key);
        if (v <= 0) refuse(Reason::BadNumber, at(key), "must be greater than 0");
        return v;
    }
    // An integer ≥ `minimum`; JSON numbers with a fraction are refused.
    long integer(std::string_view key, long minimum) const {
        const json& v = member(key, json::value_t::number_float, "an integer");
        if (!v.is_number_integer())
            refuse(Reason::WrongJsonType, at(key), "expected an integer, found a fraction");
        const long n = v.get<long>();
        if (n < minimum)
            refuse(Reason::BadNumber, at(key), "must be at least " + std::to_string(minimum));
        return n;
    }
    long integer(std::string_view key, long minimum, long fallback) const {
        return has(key) ? integer(key, minimum) : fallback;
    }
    bool boolean(std::string_view key, bool fallback) const {
        return has(key) ? member(key, json::value_t::boolean, "true or false").get<bool>()
                        : fallback;
    }
    const json& array(std::string_view key) const {
        return member(key, json::value_t::array, "an array");
    }
    // An optional array: empty when absent.
    const json& arrayOrEmpty(std::string_view key) const {
        static const json empty = json::array();
        return has(key) ? array(key) : empty;
    }

private:
    const json& j_;
    std::string path_;
};

std::string at(const std::string& path, std::size_t index) {
    return path + "/" + std::to_string(index);
}

std::string stringAt(const json& j, const std::string& path) {
    if (!j.is_string())
        refuse(Reason::WrongJsonType, path, "expected a string, found " + jsonTypeName(j));
    return j.get<std::string>();
}

// {"ja": …, "en": …}, both non-empty.
LocalizedText localized(const json& j, const std::string& path) {
    JsonObject o(j, path, {"ja", "en"});
    LocalizedText text;
    for (auto [lang, out] : {std::pair{"ja", &text.ja}, std::pair{"en", &text.en}}) {
        if (!o.has(lang)) refuse(Reason::MissingLabel, o.at(lang), std::string("missing ") + lang);
        *out = o.string(lang);
        if (out->empty()) refuse(Reason::MissingLabel, o.at(lang), std::string("empty ") + lang);
    }
    return text;
}

LocalizedText localizedMember(const JsonObject& o, std::string_view key) {
    if (!o.has(key)) refuse(Reason::MissingLabel, o.at(key), "missing " + std::string(key));
    return localized(o.member(key, json::value_t::object, "an object"), o.at(key));
}

MmRect rectFrom(const JsonObject& o) {
    return {o.number("x"), o.number("y"), o.positive("width"), o.positive("height")};
}

MmRect rect(const json& j, const std::string& path) {
    return rectFrom(JsonObject(j, path, {"x", "y", "width", "height"}));
}

PaperText paperText(const json& j, const std::string& path) {
    JsonObject o(j, path, {"x", "y", "width", "height", "font_size_pt", "text"});
    return {rectFrom(o), o.positive("font_size_pt"), localizedMember(o, "text")};
}

FormPage page(const JsonObject& o) {
    FormPage p;
    p.widthMm = o.positive("width_mm");
    p.heightMm = o.positive("height_mm");
    p.marginMm = o.number("margin_mm");
    if (p.marginMm < 0) refuse(Reason::BadNumber, o.at("margin_mm"), "must not be negative");
    const auto& marks = o.array("registration_marks");
    if (marks.size() != 4)
        refuse(Reason::BadNumber, o.at("registration_marks"), "expected 4 marks, one per corner");
    for (std::size_t i = 0; i < marks.size(); ++i)
        p.registrationMarks.push_back(rect(marks[i], at(o.at("registration_marks"), i)));
    p.qr = rect(o.member("qr", json::value_t::object, "an object"), o.at("qr"));
    const auto& texts = o.arrayOrEmpty("texts");
    for (std::size_t i = 0; i < texts.size(); ++i)
        p.texts.push_back(paperText(texts[i], at(o.at("texts"), i)));
    return p;
}

template <class E, std::size_t N>
E named(const JsonObject& o, std::string_view key, const std::pair<E, std::string_view> (&names)[N],
        E fallback) {
    if (!o.has(key)) return fallback;
    const std::string name = o.string(key);
    for (const auto& [e, n] : names) {
        if (n == name) return e;
    }
    refuse(Reason::UnknownName, o.at(key), "unknown " + std::string(key) + " \"" + name + "\"");
}

constexpr std::pair<FirstKeys, std::string_view> kFirstKeysNames[] = {
    {FirstKeys::Kana, "kana"},
    {FirstKeys::Latin, "latin"},
};

constexpr std::pair<FieldMedium, std::string_view> kMediumNames[] = {
    {FieldMedium::Both, "both"},
    {FieldMedium::ScreenOnly, "screen"},
    {FieldMedium::PaperOnly, "paper"},
};
constexpr std::pair<FilledWith, std::string_view> kFilledWithNames[] = {
    {FilledWith::Nothing, "nothing"},
    {FilledWith::VisitDate, "visit_date"},
};
constexpr std::pair<CharacterClass, std::string_view> kCharacterNames[] = {
    {CharacterClass::Any, "any"},
    {CharacterClass::Digits, "digits"},
    {CharacterClass::Katakana, "katakana"},
};
constexpr std::pair<CheckDigitRule, std::string_view> kCheckDigitNames[] = {
    {CheckDigitRule::None, "none"},
    {CheckDigitRule::InsurerNumber, "insurer_number"},
};

FieldValidation validation(const JsonObject& o) {
    FieldValidation v;
    v.minLength = static_cast<std::size_t>(o.integer("min_length", 0, 0));
    v.maxLength = static_cast<std::size_t>(o.integer("max_length", 0, 0));
    if (v.maxLength != 0 && v.minLength > v.maxLength)
        refuse(Reason::BadNumber, o.at("min_length"), "greater than max_length");
    v.characters = named(o, "characters", kCharacterNames, CharacterClass::Any);
    v.checkDigit = named(o, "check_digit", kCheckDigitNames, CheckDigitRule::None);
    if (o.has("date_range")) {
        JsonObject r(o.member("date_range", json::value_t::object, "an object"), o.at("date_range"),
                     {"max_years_back", "max_days_ahead"});
        v.dateRange = DateRange{static_cast<int>(r.integer("max_years_back", 0)),
                                static_cast<int>(r.integer("max_days_ahead", 0))};
    }
    return v;
}

// This and options() get arrays JsonObject::array has already checked.
std::vector<FieldCondition> conditions(const json& list, const std::string& path) {
    std::vector<FieldCondition> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        JsonObject o(list[i], at(path, i), {"field", "in", "rule"});
        FieldCondition c;
        if (o.has("rule")) {
            if (o.has("field") || o.has("in"))
                refuse(Reason::UnknownKey, o.path(), "a rule condition takes no field or values");
            c.rule = o.string("rule");
            if (c.rule != kRuleElderOrKouki && c.rule != kRuleNameNotLatin)
                refuse(Reason::UnknownName, o.at("rule"), "unknown rule \"" + c.rule + "\"");
        } else {
            c.field = o.string("field");
            const auto& values = o.array("in");
            if (values.empty()) refuse(Reason::MissingKey, o.at("in"), "no values");
            for (std::size_t v = 0; v < values.size(); ++v)
                c.anyOf.push_back(stringAt(values[v], at(o.at("in"), v)));
        }
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<ChoiceOption> options(const json& list, const std::string& path) {
    std::vector<ChoiceOption> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        JsonObject o(list[i], at(path, i), {"value", "label"});
        out.push_back({o.string("value"), localizedMember(o, "label")});
        if (out.back().value.empty()) refuse(Reason::MissingKey, o.at("value"), "empty value");
    }
    return out;
}

FieldPaper paper(const JsonObject& o) {
    FieldPaper p;
    p.label = rect(o.member("label", json::value_t::object, "an object"), o.at("label"));
    const auto& boxes = o.arrayOrEmpty("options");
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        JsonObject b(boxes[i], at(o.at("options"), i), {"value", "x", "y", "size"});
        const double size = b.positive("size");
        p.options.push_back({b.string("value"), {b.number("x"), b.number("y"), size, size}});
    }
    const auto& runs = o.arrayOrEmpty("cells");
    for (std::size_t i = 0; i < runs.size(); ++i) {
        JsonObject r(runs[i], at(o.at("cells"), i), {"part", "x", "y", "count", "width", "height"});
        CellGroup group{r.string("part", ""), {}};
        const MmRect first = rectFrom(r);
        const long count = r.integer("count", 1);
        // No line of a page holds more; a typo (2000) must not allocate a wall of cells.
        if (count > kMaxCellsPerRun)
            refuse(Reason::BadNumber, r.at("count"),
                   "at most " + std::to_string(kMaxCellsPerRun) + " cells in a run");
        for (long c = 0; c < count; ++c) {
            MmRect cell = first;
            cell.x += static_cast<double>(c) * first.width;
            group.cells.push_back(cell);
        }
        p.cellGroups.push_back(std::move(group));
    }
    if (o.has("box")) {
        JsonObject b(o.member("box", json::value_t::object, "an object"), o.at("box"),
                     {"x", "y", "width", "height", "lines", "max_chars"});
        p.box = TextBox{rectFrom(b), static_cast<int>(b.integer("lines", 1, 1)),
                        static_cast<std::size_t>(b.integer("max_chars", 0, 0))};
    }
    return p;
}

FormField field(const json& j, const std::string& path) {
    JsonObject o(j, path,
                 {"key", "type", "medium", "label", "screen_label", "help", "filled_with",
                  "reading_field", "first_keys", "options", "validation", "required", "shown_when",
                  "required_when", "paper"});
    FormField f;
    f.key = o.string("key");
    if (f.key.empty()) refuse(Reason::MissingKey, o.at("key"), "empty key");
    const std::string typeName = o.string("type");
    const auto type = formFieldTypeFromName(typeName);
    if (!type) refuse(Reason::UnknownFieldType, o.at("type"), "unknown type \"" + typeName + "\"");
    f.type = *type;
    f.medium = named(o, "medium", kMediumNames, FieldMedium::Both);
    f.label = localizedMember(o, "label");
    if (o.has("screen_label")) f.screenLabel = localizedMember(o, "screen_label");
    if (o.has("help")) f.help = localizedMember(o, "help");
    f.filledWith = named(o, "filled_with", kFilledWithNames, FilledWith::Nothing);
    if (o.has("reading_field")) f.readingField = o.string("reading_field");
    f.firstKeys = named(o, "first_keys", kFirstKeysNames, FirstKeys::Kana);
    if (o.has("options")) f.options = options(o.array("options"), o.at("options"));
    if (o.has("validation")) {
        f.validation = validation(JsonObject(
            o.member("validation", json::value_t::object, "an object"), o.at("validation"),
            {"min_length", "max_length", "characters", "check_digit", "date_range"}));
    }
    f.conditions.required = o.boolean("required", false);
    if (o.has("shown_when"))
        f.conditions.shownWhen = conditions(o.array("shown_when"), o.at("shown_when"));
    if (o.has("required_when"))
        f.conditions.requiredWhen = conditions(o.array("required_when"), o.at("required_when"));
    if (o.has("paper")) {
        f.paper = paper(JsonObject(o.member("paper", json::value_t::object, "an object"),
                                   o.at("paper"), {"label", "options", "cells", "box"}));
    }
    return f;
}

FormStep step(const json& j, const std::string& path) {
    JsonObject o(j, path, {"id", "title", "fields"});
    FormStep s{o.string("id"), localizedMember(o, "title"), {}};
    const auto& keys = o.array("fields");
    if (keys.empty()) refuse(Reason::MissingKey, o.at("fields"), "a step without fields");
    for (std::size_t i = 0; i < keys.size(); ++i)
        s.fields.push_back(stringAt(keys[i], at(o.at("fields"), i)));
    return s;
}

FormTemplate formTemplate(const json& j) {
    JsonObject o(j, "", {"id", "version", "title", "explanation", "page", "fields", "steps"});
    FormTemplate t;
    t.id = o.string("id");
    if (t.id.empty()) refuse(Reason::MissingKey, o.at("id"), "empty id");
    t.version = static_cast<int>(o.integer("version", 1));
    t.title = localizedMember(o, "title");
    const auto& points = o.arrayOrEmpty("explanation");
    for (std::size_t i = 0; i < points.size(); ++i)
        t.explanation.push_back(localized(points[i], at(o.at("explanation"), i)));
    t.page = page(
        JsonObject(o.member("page", json::value_t::object, "an object"), o.at("page"),
                   {"width_mm", "height_mm", "margin_mm", "registration_marks", "qr", "texts"}));
    const auto& fields = o.array("fields");
    for (std::size_t i = 0; i < fields.size(); ++i)
        t.fields.push_back(field(fields[i], at(o.at("fields"), i)));
    const auto& steps = o.array("steps");
    for (std::size_t i = 0; i < steps.size(); ++i)
        t.steps.push_back(step(steps[i], at(o.at("steps"), i)));
    return t;
}

}  // namespace

Result<FormTemplate, TemplateError> parseFormTemplate(std::string_view jsonText) {
    const json j = json::parse(jsonText, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) return fail(TemplateError{Reason::NotJson, "", "/: not valid JSON"});
    try {
        FormTemplate t = formTemplate(j);
        template_detail::checkTemplate(t);
        return t;
    } catch (const template_detail::TemplateRefused& refused) {
        return fail(refused.error);
    } catch (const json::exception& e) {
        // Only reached if a check above missed a type; still a refusal, not a crash.
        return fail(TemplateError{Reason::WrongJsonType, "", std::string("/: ") + e.what()});
    }
}

Result<FormTemplate, TemplateError> loadFormTemplate(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return fail(TemplateError{Reason::FileUnreadable, "",
                                  file.string() + ": cannot open the template file"});
    }
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    auto parsed = parseFormTemplate(text);
    if (!parsed) {
        TemplateError error = parsed.error();
        error.message = file.string() + ": " + error.message;
        return fail(std::move(error));
    }
    return parsed;
}

}  // namespace kiosk
