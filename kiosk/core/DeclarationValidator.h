#pragma once
// Checks a 被保険者資格申立書 before it is saved: what must be answered (with
// the form's conditional rules), lengths, character classes and dates. It
// reports every problem at once; the wizard shows them next to the fields.
#include <cstddef>
#include <string>
#include <vector>

#include "CivilDate.h"
#include "Declaration.h"
#include "DeclarationField.h"
#include "InsurerNumber.h"
#include "Language.h"

namespace kiosk {

enum class ValidationProblem {
    Required,           // not answered
    MustConfirm,        // a box the patient has to tick
    TooLong,            // more characters than the field holds
    ControlCharacters,  // tabs, escapes and other invisible characters
    InvalidText,        // not valid UTF-8
    NotKatakana,        // フリガナ with other characters
    DateInFuture,
    DateTooOld,
    PhoneFormat,
    NotDigits,    // a digits-only field with other characters
    WrongLength,  // digits, but not as many as the number has (保険者番号 8 or 6, 枝番 2)
    CheckDigit,   // a number whose check digit is wrong (保険者番号)
};

struct ValidationIssue {
    DeclarationField field;
    ValidationProblem problem;
    std::size_t maxLength = 0;  // for TooLong

    bool operator==(const ValidationIssue&) const = default;
};

// Field capacities in characters (code points), sized for the paper form's
// boxes and the record PDF.
struct DeclarationLimits {
    std::size_t name = 40;
    std::size_t nameKana = 60;
    std::size_t address = 120;
    std::size_t residence = 120;
    std::size_t insurerName = 60;
    std::size_t employerName = 60;
    std::size_t insuredSymbol = 20;
    std::size_t insuredNumber = 20;
    std::size_t signerRelation = 20;
    int oldestAgeYears = 130;
};

// 事業所名 is asked for 社保, 国保組合, その他 and わからない (別添3 ※1), never
// insisted on: the form is filled in 「可能な範囲で」.
bool employerNameAsked(const Declaration& declaration);
// 一部負担金の割合 is asked of 70+ and 後期 patients (別添3 ※2); 後期 counts from 65.
bool declaredShareAsked(const Declaration& declaration, const CivilDate& today);

std::vector<ValidationIssue> validateDeclaration(const Declaration& declaration,
                                                 const CivilDate& today,
                                                 const DeclarationLimits& limits = {});

// The items the patient may leave blank (「可能な範囲で記入」) and did, among
// those that apply: what the desk may still ask for.
std::vector<DeclarationField> unansweredItems(const Declaration& declaration);

// The issue as a sentence in the patient's language, from the catalogue.
std::string describeIssue(const ValidationIssue& issue, Language lang);
// The same for a field labelled `label` (a template's own label).
// What is wrong with a 保険者番号 that does not parse, in the patient's terms.
ValidationProblem insurerNumberProblem(const NumberError& error);

std::string describeProblem(const std::string& label, ValidationProblem problem,
                            std::size_t maxLength, Language lang);

}  // namespace kiosk
