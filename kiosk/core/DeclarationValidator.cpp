#include "DeclarationValidator.h"

#include <algorithm>

#include "CopaymentRule.h"
#include "InsurerNumber.h"
#include "KanaText.h"
#include "MessageCatalog.h"
#include "PhoneNumber.h"
#include "TextChecks.h"

namespace kiosk {

namespace {

using Field = DeclarationField;
using Problem = ValidationProblem;

// Characters as people count them; only called on valid UTF-8.
std::size_t codePointCount(std::string_view utf8) {
    std::size_t n = 0;
    for (unsigned char c : utf8) n += (c & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

class IssueList {
public:
    void add(Field field, Problem problem, std::size_t maxLength = 0) {
        issues_.push_back({field, problem, maxLength});
    }
    // Free text: optional unless `required`; checks encoding, control
    // characters and length.
    void text(Field field, const std::string& value, std::size_t maxLength, bool required) {
        if (value.empty()) {
            if (required) add(field, Problem::Required);
        } else if (!isValidUtf8(value)) {
            add(field, Problem::InvalidText);
        } else if (hasControlCharacters(value)) {
            add(field, Problem::ControlCharacters);
        } else if (codePointCount(value) > maxLength) {
            add(field, Problem::TooLong, maxLength);
        }
    }
    template <class T>
    void answered(Field field, const std::optional<T>& value) {
        if (!value) add(field, Problem::Required);
    }
    std::vector<ValidationIssue> take() { return std::move(issues_); }

private:
    std::vector<ValidationIssue> issues_;
};

void checkFurigana(IssueList& issues, const std::string& kana, std::size_t maxLength) {
    if (kana.empty()) {
        issues.add(Field::NameKana, Problem::Required);
        return;
    }
    auto checked = validateFurigana(kana, maxLength);
    if (checked) return;
    switch (checked.error().reason) {
        case KanaError::Reason::Empty:
            issues.add(Field::NameKana, Problem::Required);
            break;
        case KanaError::Reason::TooLong:
            issues.add(Field::NameKana, Problem::TooLong, maxLength);
            break;
        case KanaError::Reason::ControlCharacter:
            issues.add(Field::NameKana, Problem::ControlCharacters);
            break;
        case KanaError::Reason::InvalidUtf8:
            issues.add(Field::NameKana, Problem::InvalidText);
            break;
        case KanaError::Reason::NotKatakana:
            issues.add(Field::NameKana, Problem::NotKatakana);
            break;
    }
}

bool isAsciiDigits(std::string_view text) {
    return std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; });
}

// 保険者番号 with its check digit (6-digit 国保 too); 枝番 two digits; 記号 and
// 番号 as printed (kana, kanji and digits all occur).
void checkTypedNumbers(IssueList& issues, const Declaration& d, const DeclarationLimits& limits) {
    if (!d.insurerNumber.empty()) {
        auto parsed = parseInsurerNumber(d.insurerNumber);
        if (!parsed) {
            issues.add(Field::InsurerNumber, insurerNumberProblem(parsed.error()));
        }
    }
    issues.text(Field::InsuredSymbol, d.insuredSymbol, limits.insuredSymbol, false);
    issues.text(Field::InsuredNumber, d.insuredNumber, limits.insuredNumber, false);
    if (!d.insuredBranch.empty() && !isAsciiDigits(d.insuredBranch)) {
        issues.add(Field::InsuredBranch, Problem::NotDigits);
    } else if (!d.insuredBranch.empty() && d.insuredBranch.size() != 2) {
        issues.add(Field::InsuredBranch, Problem::WrongLength);
    }
}

std::string_view problemKey(Problem problem) {
    switch (problem) {
        case Problem::Required:
            return "validation.required";
        case Problem::MustConfirm:
            return "validation.must_confirm";
        case Problem::TooLong:
            return "validation.too_long";
        case Problem::ControlCharacters:
            return "validation.control_characters";
        case Problem::InvalidText:
            return "validation.invalid_text";
        case Problem::NotKatakana:
            return "validation.not_katakana";
        case Problem::DateInFuture:
            return "validation.date_in_future";
        case Problem::DateTooOld:
            return "validation.date_too_old";
        case Problem::PhoneFormat:
            return "validation.phone_format";
        case Problem::NotDigits:
            return "validation.not_digits";
        case Problem::WrongLength:
            return "validation.wrong_length";
        case Problem::CheckDigit:
            return "validation.check_digit";
    }
    return "validation.required";
}

}  // namespace

bool employerNameAsked(const Declaration& d) {
    if (!d.insuranceKind) return false;
    switch (*d.insuranceKind) {
        case InsuranceKind::Shaho:
        case InsuranceKind::Other:
        case InsuranceKind::DontKnow:
            return true;
        case InsuranceKind::Kokuho:
            return d.kokuhoIsUnion.value_or(false);
        case InsuranceKind::Kouki:
            return false;
    }
    return false;
}

bool declaredShareAsked(const Declaration& d, const CivilDate& today) {
    // Without a birth date nobody knows whether a 後期 tick can be right.
    return d.birthDate && declaredShareIsAsked(*d.birthDate, today, d.insuranceKind);
}

std::vector<ValidationIssue> validateDeclaration(const Declaration& d, const CivilDate& today,
                                                 const DeclarationLimits& limits) {
    IssueList issues;
    // 1 保険証等に関する事項: the form is a statement that valid insurance was issued.
    if (!d.hasValidInsuranceCard) issues.add(Field::HasValidInsuranceCard, Problem::MustConfirm);
    issues.answered(Field::InsuranceKind, d.insuranceKind);
    issues.text(Field::InsurerName, d.insurerName, limits.insurerName, false);
    checkTypedNumbers(issues, d, limits);
    // 「可能な範囲で記入」: asked where it applies, never insisted on.
    issues.text(Field::EmployerName, d.employerName, limits.employerName, false);
    issues.answered(Field::IssuedWhen, d.issuedWhen);
    if (declaredShareAsked(d, today)) issues.answered(Field::DeclaredShare, d.declaredShare);

    // 2 券面事項
    issues.text(Field::Name, d.name, limits.name, true);
    // A name in Latin letters has no katakana the patient must know.
    if (!(d.nameKana.empty() && isLatinName(d.name))) {
        checkFurigana(issues, d.nameKana, limits.nameKana);
    }
    if (!d.birthDate) {
        issues.add(Field::BirthDate, Problem::Required);
    } else if (*d.birthDate > today) {
        issues.add(Field::BirthDate, Problem::DateInFuture);
    } else if (ageOn(*d.birthDate, today) > limits.oldestAgeYears) {
        issues.add(Field::BirthDate, Problem::DateTooOld);
    }
    issues.answered(Field::Sex, d.sex);
    issues.text(Field::Address, d.address, limits.address, false);
    issues.text(Field::Residence, d.residence, limits.residence, false);

    // Closing block
    if (!d.writtenOn) {
        issues.add(Field::WrittenOn, Problem::Required);
    } else if (*d.writtenOn > today) {
        issues.add(Field::WrittenOn, Problem::DateInFuture);
    }
    if (!d.hasSignature) issues.add(Field::Signature, Problem::Required);
    issues.text(Field::SignerRelation, d.signerRelation, limits.signerRelation, false);
    if (!d.phone.empty() && !normalizePhoneNumber(d.phone)) {
        issues.add(Field::Phone, Problem::PhoneFormat);
    }
    return issues.take();
}

std::vector<DeclarationField> unansweredItems(const Declaration& d) {
    std::vector<DeclarationField> out;
    auto blank = [&out](Field field, const std::string& value) {
        if (value.empty()) out.push_back(field);
    };
    blank(Field::InsurerName, d.insurerName);
    blank(Field::InsurerNumber, d.insurerNumber);
    if (d.insuranceKind != InsuranceKind::Kouki) blank(Field::InsuredSymbol, d.insuredSymbol);
    blank(Field::InsuredNumber, d.insuredNumber);
    if (employerNameAsked(d)) blank(Field::EmployerName, d.employerName);
    blank(Field::Address, d.address);
    blank(Field::Phone, d.phone);
    return out;
}

std::string describeIssue(const ValidationIssue& issue, Language lang) {
    const std::string key = "field." + std::string(declarationFieldKey(issue.field));
    return describeProblem(MessageCatalog::builtIn().text(lang, key), issue.problem,
                           issue.maxLength, lang);
}

ValidationProblem insurerNumberProblem(const NumberError& error) {
    switch (error.reason) {
        case NumberError::WrongLength:
            return Problem::WrongLength;
        case NumberError::BadCheckDigit:
        case NumberError::BadPrefecture:
            return Problem::CheckDigit;
        case NumberError::Empty:
        case NumberError::NotDigits:
            break;
    }
    return Problem::NotDigits;
}

std::string describeProblem(const std::string& label, ValidationProblem problem,
                            std::size_t maxLength, Language lang) {
    return MessageCatalog::builtIn().format(lang, problemKey(problem),
                                            {{"field", label}, {"max", std::to_string(maxLength)}});
}

}  // namespace kiosk
