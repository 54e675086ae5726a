#include "TemplateChecks.h"

#include <algorithm>
#include <map>
#include <set>

#include "FieldConditions.h"
#include "TemplateRefusal.h"
#include "core/Wareki.h"

namespace kiosk::template_detail {

namespace {

using Reason = TemplateError::Reason;

// Handwriting needs room: smaller cells and boxes are misread by people and scanners.
constexpr double kMinWritingMm = 5.0;

std::string fieldPath(std::size_t i) {
    return "/fields/" + std::to_string(i);
}
std::string at(const std::string& path, std::size_t index) {
    return path + "/" + std::to_string(index);
}

bool isCellType(FormFieldType type) {
    return type == FormFieldType::Digits || type == FormFieldType::Kana ||
           type == FormFieldType::Phone || type == FormFieldType::PostalCode;
}
bool isOptionType(FormFieldType type) {
    return type == FormFieldType::Check || type == FormFieldType::Choice ||
           type == FormFieldType::Date;
}

// The values a condition may test a field for.
std::vector<std::string> testableValues(const FormField& f) {
    if (f.type == FormFieldType::Check || f.type == FormFieldType::Signature)
        return {"true", "false"};
    std::vector<std::string> values;
    for (const auto& o : f.options) values.push_back(o.value);
    return values;
}

void checkOptions(const FormField& f, const std::string& path) {
    std::set<std::string> seen;
    for (std::size_t k = 0; k < f.options.size(); ++k) {
        const std::string p = at(path + "/options", k) + "/value";
        if (!seen.insert(f.options[k].value).second)
            refuse(Reason::DuplicateKey, p, "option \"" + f.options[k].value + "\" twice");
        if (f.type == FormFieldType::Date && !eraFromName(f.options[k].value))
            refuse(Reason::UnknownName, p, "not an era: \"" + f.options[k].value + "\"");
        if (f.type == FormFieldType::Check && f.options[k].value != "true")
            refuse(Reason::UnknownOption, p, "a check field's one option is \"true\"");
    }
    if (!isOptionType(f.type) && !f.options.empty())
        refuse(Reason::UnknownKey, path + "/options", "only check, choice and date have options");
    if (f.type == FormFieldType::Check && f.options.size() != 1)
        refuse(Reason::MissingKey, path + "/options", "a check field has one option \"true\"");
    if (f.type == FormFieldType::Choice && f.options.size() < 2)
        refuse(Reason::MissingKey, path + "/options", "a choice needs at least two options");
    if (f.type == FormFieldType::Date && f.options.empty())
        refuse(Reason::MissingKey, path + "/options", "a date needs the eras it offers");
    if (f.validation.dateRange && f.type != FormFieldType::Date)
        refuse(Reason::UnknownKey, path + "/validation/date_range", "only dates have a range");
}

// One option box per option, and nothing else.
void checkOptionBoxes(const FormField& f, const FieldPaper& p, const std::string& path) {
    std::set<std::string> boxed;
    for (std::size_t k = 0; k < p.options.size(); ++k) {
        const auto& box = p.options[k];
        const std::string bp = at(path + "/options", k);
        const bool known = std::any_of(f.options.begin(), f.options.end(),
                                       [&](const ChoiceOption& o) { return o.value == box.value; });
        if (!known) refuse(Reason::UnknownOption, bp + "/value", "no option \"" + box.value + "\"");
        if (!boxed.insert(box.value).second)
            refuse(Reason::DuplicateKey, bp + "/value", "option \"" + box.value + "\" boxed twice");
        if (box.box.width < kMinWritingMm)
            refuse(Reason::TooSmall, bp + "/size", "option boxes are at least 5 mm");
    }
    if (boxed.size() != f.options.size())
        refuse(Reason::PaperMismatch, path + "/options", "every option needs its box");
}

void checkCells(const FormField& f, const FieldPaper& p, const std::string& path) {
    std::size_t total = 0;
    std::multiset<std::string> parts;
    for (std::size_t g = 0; g < p.cellGroups.size(); ++g) {
        const auto& group = p.cellGroups[g];
        const MmRect& first = group.cells.front();
        if (first.width < kMinWritingMm || first.height < kMinWritingMm)
            refuse(Reason::TooSmall, at(path + "/cells", g), "cells are at least 5 mm");
        total += group.cells.size();
        parts.insert(group.part);
    }
    if (f.type == FormFieldType::Date) {
        for (const char* part : {"year", "month", "day"}) {
            if (parts.count(part) != 1)
                refuse(Reason::PaperMismatch, path + "/cells",
                       std::string("a date needs one \"") + part + "\" run of cells");
        }
        if (parts.size() != 3)
            refuse(Reason::PaperMismatch, path + "/cells", "a date has year, month, day only");
        return;
    }
    if (std::any_of(parts.begin(), parts.end(), [](const std::string& s) { return !s.empty(); }))
        refuse(Reason::PaperMismatch, path + "/cells", "only dates name parts of their cells");
    if (f.type == FormFieldType::PostalCode && total != 7)
        refuse(Reason::PaperMismatch, path + "/cells", "a postal code has 7 cells");
    if (f.type == FormFieldType::Phone && total != 11)
        refuse(Reason::PaperMismatch, path + "/cells", "a phone number has 11 cells");
}

void checkPaper(const FormField& f, const std::string& fp) {
    if (f.medium == FieldMedium::ScreenOnly) {
        if (f.paper) refuse(Reason::PaperMismatch, fp + "/paper", "a screen-only field on paper");
        return;
    }
    if (!f.paper) refuse(Reason::MissingKey, fp + "/paper", "missing \"paper\"");
    const FieldPaper& p = *f.paper;
    const std::string path = fp + "/paper";
    const bool wantsCells = isCellType(f.type) || f.type == FormFieldType::Date;
    const bool wantsBox = f.type == FormFieldType::Text || f.type == FormFieldType::Signature;
    if (isOptionType(f.type)) {
        checkOptionBoxes(f, p, path);
    } else if (!p.options.empty()) {
        refuse(Reason::PaperMismatch, path + "/options", "this type has no option boxes");
    }
    if (wantsCells != !p.cellGroups.empty())
        refuse(Reason::PaperMismatch, path + "/cells",
               wantsCells ? "this type is written in cells" : "this type has no cells");
    if (wantsCells) checkCells(f, p, path);
    if (wantsBox != p.box.has_value())
        refuse(Reason::PaperMismatch, path + "/box",
               wantsBox ? "this type is written in a box" : "this type has no box");
    if (f.type == FormFieldType::Text && p.box->maxChars == 0)
        refuse(Reason::BadNumber, path + "/box/max_chars", "a text box needs max_chars");
}

void checkCondition(const FormTemplate& form, const FormField& owner, const FieldCondition& c,
                    const std::string& path) {
    if (!c.rule.empty()) {
        for (auto key : fieldsReadByRule(c.rule)) {
            if (!form.field(key))
                refuse(Reason::UnknownField, path + "/rule",
                       "rule \"" + c.rule + "\" reads field \"" + std::string(key) + "\"");
        }
        return;
    }
    const FormField* target = form.field(c.field);
    if (!target) refuse(Reason::UnknownField, path + "/field", "no field \"" + c.field + "\"");
    if (target == &owner)
        refuse(Reason::ConditionCycle, path + "/field", "a field conditioned on itself");
    if (target->type != FormFieldType::Check && target->type != FormFieldType::Choice) return;
    const auto allowed = testableValues(*target);
    for (std::size_t v = 0; v < c.anyOf.size(); ++v) {
        if (std::find(allowed.begin(), allowed.end(), c.anyOf[v]) == allowed.end())
            refuse(Reason::UnknownOption, at(path + "/in", v),
                   "field \"" + c.field + "\" has no value \"" + c.anyOf[v] + "\"");
    }
}

// The fields a list of conditions reads.
void appendInputs(const std::vector<FieldCondition>& conditions, std::vector<std::string>& keys) {
    for (const auto& c : conditions) {
        if (c.rule.empty()) {
            keys.push_back(c.field);
        } else {
            for (auto k : fieldsReadByRule(c.rule)) keys.emplace_back(k);
        }
    }
}

// The fields whose visibility `f`'s visibility depends on.
std::vector<std::string> shownDependencies(const FormField& f) {
    std::vector<std::string> keys;
    appendInputs(f.conditions.shownWhen, keys);
    return keys;
}

// isShown follows shown_when from field to field: refuse a loop.
void checkNoCycles(const FormTemplate& form) {
    enum class Mark { None, Visiting, Done };
    std::map<std::string, Mark> marks;
    auto visit = [&](auto& self, std::size_t i) -> void {
        const FormField& f = form.fields[i];
        Mark& mark = marks[f.key];
        if (mark == Mark::Done) return;
        if (mark == Mark::Visiting)
            refuse(Reason::ConditionCycle, fieldPath(i) + "/shown_when",
                   "\"" + f.key + "\" is shown depending on itself");
        mark = Mark::Visiting;
        for (const auto& key : shownDependencies(f)) {
            for (std::size_t j = 0; j < form.fields.size(); ++j) {
                if (form.fields[j].key == key) self(self, j);
            }
        }
        marks[f.key] = Mark::Done;
    };
    for (std::size_t i = 0; i < form.fields.size(); ++i) visit(visit, i);
}

// The ※ notes are printed on paper only: a mark on screen points nowhere.
void checkScreenText(const LocalizedText& text, const std::string& path) {
    for (const std::string* s : {&text.ja, &text.en}) {
        if (s->find("※") != std::string::npos)
            refuse(Reason::PaperNoteOnScreen, path, "a ※ mark in a text shown on screen");
    }
}

void checkScreenTexts(const FormField& f, const std::string& fp) {
    if (f.medium == FieldMedium::PaperOnly) return;
    checkScreenText(f.question(), fp + (f.screenLabel ? "/screen_label" : "/label"));
    checkScreenText(f.help, fp + "/help");
    for (std::size_t i = 0; i < f.options.size(); ++i)
        checkScreenText(f.options[i].label, at(fp + "/options", i) + "/label");
}

// A reading goes from a text field into a kana field of the same template.
void checkReadingField(const FormTemplate& form, const FormField& f, const std::string& fp) {
    if (f.readingField.empty()) return;
    const FormField* target = form.field(f.readingField);
    if (!target)
        refuse(Reason::UnknownField, fp + "/reading_field", "no field \"" + f.readingField + "\"");
    if (f.type != FormFieldType::Text || target->type != FormFieldType::Kana)
        refuse(Reason::FilledWithMismatch, fp + "/reading_field",
               "a text field's reading goes into a kana field");
}

// Only a text field has keys to choose between.
void checkFirstKeys(const FormField& f, const std::string& fp) {
    if (f.firstKeys != FirstKeys::Kana && f.type != FormFieldType::Text)
        refuse(Reason::FilledWithMismatch, fp + "/first_keys", "only a text field opens keys");
}

void checkFields(const FormTemplate& form) {
    std::set<std::string> keys;
    for (std::size_t i = 0; i < form.fields.size(); ++i) {
        const FormField& f = form.fields[i];
        const std::string fp = fieldPath(i);
        if (!keys.insert(f.key).second)
            refuse(Reason::DuplicateKey, fp + "/key", "field \"" + f.key + "\" twice");
        checkOptions(f, fp);
        checkPaper(f, fp);
        checkScreenTexts(f, fp);
        checkFirstKeys(f, fp);
        if (f.filledWith == FilledWith::VisitDate && f.type != FormFieldType::Date)
            refuse(Reason::FilledWithMismatch, fp + "/filled_with", "visit_date fills dates only");
        checkReadingField(form, f, fp);
        const auto& cs = f.conditions;
        for (std::size_t c = 0; c < cs.shownWhen.size(); ++c)
            checkCondition(form, f, cs.shownWhen[c], at(fp + "/shown_when", c));
        for (std::size_t c = 0; c < cs.requiredWhen.size(); ++c)
            checkCondition(form, f, cs.requiredWhen[c], at(fp + "/required_when", c));
    }
    checkNoCycles(form);
}

// The fields a field's conditions read.
std::vector<std::string> conditionInputs(const FormField& f) {
    std::vector<std::string> keys = shownDependencies(f);
    appendInputs(f.conditions.requiredWhen, keys);
    return keys;
}

// The wizard decides what to ask next from answers already given: a
// condition may only read fields asked before it (or earlier on its screen).
void checkConditionOrder(const FormTemplate& form) {
    std::map<std::string, std::pair<std::size_t, std::size_t>> askedAt;  // key → (step, position)
    for (std::size_t s = 0; s < form.steps.size(); ++s) {
        for (std::size_t k = 0; k < form.steps[s].fields.size(); ++k)
            askedAt[form.steps[s].fields[k]] = {s, k};
    }
    for (std::size_t i = 0; i < form.fields.size(); ++i) {
        const FormField& f = form.fields[i];
        if (!askedAt.count(f.key)) continue;
        for (const auto& input : conditionInputs(f)) {
            if (askedAt.count(input) && askedAt[input] >= askedAt[f.key])
                refuse(Reason::ConditionOrder, fieldPath(i),
                       "\"" + f.key + "\" depends on \"" + input + "\", which is asked later");
        }
    }
}

void checkSteps(const FormTemplate& form) {
    std::set<std::string> ids;
    std::map<std::string, std::string> stepOf;  // field key → path where it is asked
    for (std::size_t s = 0; s < form.steps.size(); ++s) {
        const FormStep& step = form.steps[s];
        const std::string sp = at("/steps", s);
        if (!ids.insert(step.id).second)
            refuse(Reason::DuplicateKey, sp + "/id", "step \"" + step.id + "\" twice");
        checkScreenText(step.title, sp + "/title");
        for (std::size_t k = 0; k < step.fields.size(); ++k) {
            const std::string kp = at(sp + "/fields", k);
            const FormField* f = form.field(step.fields[k]);
            if (!f) refuse(Reason::UnknownField, kp, "no field \"" + step.fields[k] + "\"");
            if (f->medium == FieldMedium::PaperOnly)
                refuse(Reason::NotOnScreen, kp, "\"" + f->key + "\" is paper-only");
            if (!stepOf.emplace(f->key, kp).second)
                refuse(Reason::FieldInTwoSteps, kp,
                       "\"" + f->key + "\" is already asked at " + stepOf[f->key]);
        }
    }
    for (std::size_t i = 0; i < form.fields.size(); ++i) {
        const FormField& f = form.fields[i];
        if (f.medium != FieldMedium::PaperOnly && !stepOf.count(f.key))
            refuse(Reason::FieldInNoStep, fieldPath(i), "\"" + f.key + "\" is in no step");
    }
    checkConditionOrder(form);
}

struct PlacedRect {
    MmRect rect;
    std::string path;
};

std::vector<PlacedRect> everythingPrinted(const FormTemplate& form) {
    std::vector<PlacedRect> all;
    const FormPage& page = form.page;
    for (std::size_t i = 0; i < page.registrationMarks.size(); ++i)
        all.push_back({page.registrationMarks[i], at("/page/registration_marks", i)});
    all.push_back({page.qr, "/page/qr"});
    for (std::size_t i = 0; i < page.texts.size(); ++i)
        all.push_back({page.texts[i].area, at("/page/texts", i)});
    for (std::size_t i = 0; i < form.fields.size(); ++i) {
        if (!form.fields[i].paper) continue;
        const FieldPaper& p = *form.fields[i].paper;
        const std::string pp = fieldPath(i) + "/paper";
        all.push_back({p.label, pp + "/label"});
        for (std::size_t k = 0; k < p.options.size(); ++k)
            all.push_back({p.options[k].box, at(pp + "/options", k)});
        for (std::size_t g = 0; g < p.cellGroups.size(); ++g) {
            for (const auto& cell : p.cellGroups[g].cells)
                all.push_back({cell, at(pp + "/cells", g)});
        }
        if (p.box) all.push_back({p.box->area, pp + "/box"});
    }
    return all;
}

void checkGeometry(const FormTemplate& form) {
    const FormPage& page = form.page;
    const MmRect printable{page.marginMm, page.marginMm, page.widthMm - 2 * page.marginMm,
                           page.heightMm - 2 * page.marginMm};
    const auto all = everythingPrinted(form);
    for (std::size_t i = 0; i < all.size(); ++i) {
        const MmRect& r = all[i].rect;
        if (r.x < printable.x || r.y < printable.y || r.right() > printable.right() ||
            r.bottom() > printable.bottom()) {
            refuse(Reason::OffPage, all[i].path, "outside the printable area of the page");
        }
        for (std::size_t j = 0; j < i; ++j) {
            if (r.overlaps(all[j].rect))
                refuse(Reason::Overlap, all[i].path, "overlaps " + all[j].path);
        }
    }
}

}  // namespace

void checkTemplate(const FormTemplate& form) {
    checkFields(form);
    checkSteps(form);
    checkGeometry(form);
}

}  // namespace kiosk::template_detail
