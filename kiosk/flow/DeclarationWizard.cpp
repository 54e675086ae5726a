#include "DeclarationWizard.h"

#include <algorithm>

#include "core/DeclarationField.h"
#include "core/InsurerNumber.h"
#include "core/TextChecks.h"
#include "forms/DeclarationValues.h"

namespace kiosk {

namespace {

// Checks a value the Declaration does not hold (an extra such as a known
// insurer number) against the template's own validation.
std::optional<ValidationProblem> checkExtraValue(const FormField& field, std::string_view value) {
    const auto& rule = field.validation;
    if (!isValidUtf8(value)) return ValidationProblem::InvalidText;
    if (hasControlCharacters(value)) return ValidationProblem::ControlCharacters;
    std::size_t length = 0;
    for (unsigned char c : value) length += (c & 0xC0) != 0x80 ? 1 : 0;
    if (rule.maxLength > 0 && length > rule.maxLength) return ValidationProblem::TooLong;
    if (rule.characters == CharacterClass::Digits &&
        !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return ValidationProblem::NotDigits;
    }
    if (rule.characters == CharacterClass::Digits && rule.minLength > 0 &&
        length < rule.minLength) {
        return ValidationProblem::WrongLength;
    }
    if (rule.checkDigit == CheckDigitRule::InsurerNumber) {
        if (auto parsed = parseInsurerNumber(value); !parsed) {
            return insurerNumberProblem(parsed.error());
        }
    }
    return std::nullopt;
}

}  // namespace

DeclarationWizard::DeclarationWizard(const FormTemplate& form, ConditionContext context)
    : form_(form), context_(context), current_(firstApplyingStep()) {
    fillFromContext();
}

void DeclarationWizard::setContext(ConditionContext context) {
    context_ = context;
    fillFromContext();
}

void DeclarationWizard::fillFromContext() {
    for (const auto& field : form_.fields) {
        if (field.filledWith == FilledWith::VisitDate)
            values_.set(field.key, context_.visitDate.iso());
    }
}

std::size_t DeclarationWizard::firstApplyingStep() const {
    std::size_t i = 0;
    while (i + 1 < form_.steps.size() && !stepApplies(i)) ++i;
    return i;
}

void DeclarationWizard::prefill(const FormValues& known) {
    for (const auto& [key, value] : known.all()) {
        values_.set(key, value);
        prefilled_.insert(key);
    }
}

bool DeclarationWizard::isKnown(const FormField& field) const {
    return prefilled_.count(field.key) != 0 && values_.has(field.key) &&
           field.filledWith == FilledWith::Nothing && field.medium != FieldMedium::PaperOnly &&
           isShown(form_, field, values_, context_);
}

// An optional question on a step whose other questions are all known (居所
// beside a known 住所) is confirmed with them, blank or as typed through its
// own 「なおす」 there: a whole step only to skip it would be a wasted tap.
bool DeclarationWizard::isOptionalCompanionOfKnown(const FormField& field) const {
    if (isKnown(field) || !askable(field) || isRequired(form_, field, values_, context_) ||
        field.type == FormFieldType::Choice || field.type == FormFieldType::Check) {
        return false;
    }
    for (const auto& step : form_.steps) {
        if (std::find(step.fields.begin(), step.fields.end(), field.key) == step.fields.end()) {
            continue;
        }
        bool withKnown = false;
        for (const auto& key : step.fields) {
            const FormField* other = form_.field(key);
            if (other == nullptr || other == &field) continue;
            if (isKnown(*other)) {
                withKnown = true;
            } else if (askable(*other)) {
                return false;
            }
        }
        return withKnown;
    }
    return false;
}

std::vector<const FormField*> DeclarationWizard::knownFields() const {
    std::vector<const FormField*> out;
    for (const auto& field : form_.fields) {
        if (isKnown(field) || isOptionalCompanionOfKnown(field)) out.push_back(&field);
    }
    return out;
}

void DeclarationWizard::confirmKnown() {
    for (const FormField* field : knownFields()) confirmed_.insert(field->key);
    current_ = firstApplyingStep();
}

void DeclarationWizard::reopen(const std::string& fieldKey) {
    confirmed_.erase(fieldKey);
}

// Shown, typed or tapped by the patient: not filled by the kiosk, not the
// signature, which has its own screen.
bool DeclarationWizard::askable(const FormField& field) const {
    return field.medium != FieldMedium::PaperOnly && field.type != FormFieldType::Signature &&
           field.filledWith == FilledWith::Nothing && isShown(form_, field, values_, context_);
}

// Asked on screen now: askable and not yet confirmed.
bool DeclarationWizard::asked(const FormField& field) const {
    return askable(field) && confirmed_.count(field.key) == 0;
}

bool DeclarationWizard::stepApplies(std::size_t index) const {
    for (const auto& key : form_.steps[index].fields) {
        const FormField* field = form_.field(key);
        if (field != nullptr && asked(*field)) return true;
    }
    return false;
}

int DeclarationWizard::stepNumber() const {
    int n = 0;
    for (std::size_t i = 0; i <= current_; ++i) n += stepApplies(i) ? 1 : 0;
    return std::max(n, 1);
}

int DeclarationWizard::stepCount() const {
    int n = 0;
    for (std::size_t i = 0; i < form_.steps.size(); ++i) n += stepApplies(i) ? 1 : 0;
    return n;
}

bool DeclarationWizard::atFirstStep() const {
    for (std::size_t i = 0; i < current_; ++i) {
        if (stepApplies(i)) return false;
    }
    return true;
}

bool DeclarationWizard::atLastStep() const {
    for (std::size_t i = current_ + 1; i < form_.steps.size(); ++i) {
        if (stepApplies(i)) return false;
    }
    return true;
}

std::vector<const FormField*> DeclarationWizard::fieldsToAsk() const {
    std::vector<const FormField*> out;
    for (const auto& key : step().fields) {
        const FormField* field = form_.field(key);
        if (field != nullptr && asked(*field)) out.push_back(field);
    }
    return out;
}

std::vector<const FormField*> DeclarationWizard::fieldsInStepOrder() const {
    std::vector<const FormField*> out;
    for (const auto& step : form_.steps) {
        for (const auto& key : step.fields) {
            const FormField* field = form_.field(key);
            if (field != nullptr && askable(*field)) out.push_back(field);
        }
    }
    return out;
}

bool DeclarationWizard::stepIsOptional() const {
    const auto fields = fieldsToAsk();
    return !fields.empty() && std::ranges::none_of(fields, [this](const FormField* field) {
        return isRequired(form_, *field, values_, context_) ||
               std::ranges::count(required_, field->key) != 0;
    });
}

void DeclarationWizard::clearStep() {
    for (const FormField* field : fieldsToAsk()) {
        values_.set(field->key, "");
        prefilled_.erase(field->key);
    }
}

std::vector<FieldProblem> DeclarationWizard::problemsIn(
    const std::vector<std::string>& keys) const {
    std::vector<FieldProblem> out;
    auto wanted = [&keys](std::string_view key) {
        return std::find(keys.begin(), keys.end(), key) != keys.end();
    };
    auto declaration = declarationFromFormValues(values_);
    if (!declaration) {
        // Widgets only produce well-formed values; a bad one is treated as
        // unreadable text in its field so the patient can enter it again.
        if (wanted(declaration.error().key)) {
            out.push_back({declaration.error().key, ValidationProblem::InvalidText});
        }
        return out;
    }
    for (const auto& issue : validateDeclaration(*declaration, context_.visitDate)) {
        const std::string key(declarationFieldKey(issue.field));
        // The signature is given after the review page, on its own screen.
        if (issue.field == DeclarationField::Signature || !wanted(key)) continue;
        out.push_back({key, issue.problem, issue.maxLength});
    }
    for (const auto& key : required_) {
        const bool reported =
            std::ranges::any_of(out, [&key](const FieldProblem& p) { return p.fieldKey == key; });
        if (wanted(key) && values_.get(key).empty() && !reported) {
            out.push_back({key, ValidationProblem::Required});
        }
    }
    for (const auto& key : keys) {
        const FormField* field = form_.field(key);
        if (field == nullptr || field->type == FormFieldType::Signature) continue;
        if (values_.get(key).empty()) {
            // The template may ask more of the screen than the declaration's
            // rules do (患者との関係 of someone signing for the patient), and
            // screen-only questions (ご本人ですか？) have only its rules.
            const bool reported = std::ranges::any_of(
                out, [&key](const FieldProblem& p) { return p.fieldKey == key; });
            if (!reported && isRequired(form_, *field, values_, context_)) {
                out.push_back({key, ValidationProblem::Required});
            }
            continue;
        }
        if (declarationFieldFromKey(key)) continue;
        if (auto problem = checkExtraValue(*field, values_.get(key))) {
            out.push_back({key, *problem, field->validation.maxLength});
        }
    }
    return out;
}

std::vector<FieldProblem> DeclarationWizard::problems() const {
    std::vector<std::string> keys;
    for (const FormField* field : fieldsToAsk()) keys.push_back(field->key);
    return problemsIn(keys);
}

std::vector<FieldProblem> DeclarationWizard::allProblems() const {
    std::vector<std::string> keys;
    for (const auto& field : form_.fields) {
        if (field.medium != FieldMedium::PaperOnly) keys.push_back(field.key);
    }
    return problemsIn(keys);
}

bool DeclarationWizard::next() {
    if (!problems().empty() || atLastStep()) return false;
    do {
        ++current_;
    } while (!stepApplies(current_));
    return true;
}

bool DeclarationWizard::back() {
    if (atFirstStep()) return false;
    do {
        --current_;
    } while (!stepApplies(current_));
    return true;
}

bool DeclarationWizard::goToField(const std::string& fieldKey) {
    for (std::size_t i = 0; i < form_.steps.size(); ++i) {
        const auto& fields = form_.steps[i].fields;
        if (std::find(fields.begin(), fields.end(), fieldKey) != fields.end() && stepApplies(i)) {
            current_ = i;
            return true;
        }
    }
    return false;
}

void DeclarationWizard::clear() {
    values_ = FormValues{};
    prefilled_.clear();
    confirmed_.clear();
    fillFromContext();
    current_ = firstApplyingStep();
}

}  // namespace kiosk
