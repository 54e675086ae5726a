#pragma once
// Stable lowercase names of the check-in record's enums, as they appear in the
// record JSON and in the record store's columns.
#include <string_view>
#include <utility>

#include "CheckInRecord.h"
#include "Declaration.h"
#include "EnumNames.h"
#include "IdentityMatcher.h"

namespace kiosk {

template <>
struct EnumNames<InsuranceKind> {
    static constexpr std::pair<InsuranceKind, std::string_view> table[] = {
        {InsuranceKind::Shaho, "shaho"},        {InsuranceKind::Kokuho, "kokuho"},
        {InsuranceKind::Kouki, "kouki"},        {InsuranceKind::Other, "other"},
        {InsuranceKind::DontKnow, "dont_know"},
    };
};

template <>
struct EnumNames<IssuedWhen> {
    static constexpr std::pair<IssuedWhen, std::string_view> table[] = {
        {IssuedWhen::WithinOneMonth, "within_one_month"},
        {IssuedWhen::Earlier, "earlier"},
        {IssuedWhen::DontKnow, "dont_know"},
    };
};

template <>
struct EnumNames<DeclaredShare> {
    static constexpr std::pair<DeclaredShare, std::string_view> table[] = {
        {DeclaredShare::ThreeTenths, "three_tenths"},
        {DeclaredShare::TwoTenths, "two_tenths"},
        {DeclaredShare::OneTenth, "one_tenth"},
        {DeclaredShare::DontKnow, "dont_know"},
    };
};

template <>
struct EnumNames<Sex> {
    static constexpr std::pair<Sex, std::string_view> table[] = {
        {Sex::Male, "male"},
        {Sex::Female, "female"},
    };
};

template <>
struct EnumNames<RecordSource> {
    static constexpr std::pair<RecordSource, std::string_view> table[] = {
        {RecordSource::Screen, "screen"},
        {RecordSource::Paper, "paper"},
        {RecordSource::Staff, "staff"},
    };
};

template <>
struct EnumNames<EligibilityOutcome> {
    static constexpr std::pair<EligibilityOutcome, std::string_view> table[] = {
        {EligibilityOutcome::NotChecked, "not_checked"},
        {EligibilityOutcome::Valid, "valid"},
        {EligibilityOutcome::Lost, "lost"},
        {EligibilityOutcome::NotRegistered, "not_registered"},
        {EligibilityOutcome::MultipleMatches, "multiple_matches"},
        {EligibilityOutcome::TerminalError, "terminal_error"},
        {EligibilityOutcome::NoAnswer, "no_answer"},
        {EligibilityOutcome::CardProblem, "card_problem"},
        {EligibilityOutcome::FaceRecognitionFailed, "face_recognition_failed"},
        {EligibilityOutcome::MedicalAidNotRegistered, "medical_aid_not_registered"},
    };
};

template <>
struct EnumNames<QualificationSource> {
    static constexpr std::pair<QualificationSource, std::string_view> table[] = {
        {QualificationSource::Terminal, "terminal"},
        {QualificationSource::Mynaportal, "mynaportal"},
        {QualificationSource::ProofDocument, "proof_document"},
        {QualificationSource::DocumentLookup, "document_lookup"},
        {QualificationSource::SystemFailureMode, "system_failure_mode"},
        {QualificationSource::OralNoChange, "oral_no_change"},
        {QualificationSource::PastVisitRecord, "past_visit_record"},
    };
};

template <>
struct EnumNames<ProofPath> {
    static constexpr std::pair<ProofPath, std::string_view> table[] = {
        {ProofPath::None, "none"},
        {ProofPath::Mynaportal, "mynaportal"},
        {ProofPath::ProofDocument, "proof_document"},
        {ProofPath::Declaration, "declaration"},
        {ProofPath::NothingAvailable, "nothing_available"},
    };
};

template <>
struct EnumNames<LossReason> {
    static constexpr std::pair<LossReason, std::string_view> table[] = {
        {LossReason::Death, "death"},
        {LossReason::PublicAssistance, "public_assistance"},
        {LossReason::OtherInsurance, "other_insurance"},
        {LossReason::Other, "other"},
    };
};

template <>
struct EnumNames<IdentityConfirmation> {
    static constexpr std::pair<IdentityConfirmation, std::string_view> table[] = {
        {IdentityConfirmation::NotAsked, "not_asked"},
        {IdentityConfirmation::Confirmed, "confirmed"},
        {IdentityConfirmation::Denied, "denied"},
    };
};

template <>
struct EnumNames<IdentityField> {
    static constexpr std::pair<IdentityField, std::string_view> table[] = {
        {IdentityField::Name, "name"},       {IdentityField::NameKana, "name_kana"},
        {IdentityField::Sex, "sex"},         {IdentityField::BirthDate, "birth_date"},
        {IdentityField::Address, "address"},
    };
};

template <>
struct EnumNames<FieldMatch> {
    static constexpr std::pair<FieldMatch, std::string_view> table[] = {
        {FieldMatch::Same, "same"},
        {FieldMatch::SameAfterNormalising, "same_after_normalising"},
        {FieldMatch::Different, "different"},
        {FieldMatch::KanaSpellingOnly, "kana_spelling_only"},
        {FieldMatch::Missing, "missing"},
    };
};

template <>
struct EnumNames<RecordStatus> {
    static constexpr std::pair<RecordStatus, std::string_view> table[] = {
        {RecordStatus::Open, "open"},
        {RecordStatus::AwaitingInsurerNumber, "awaiting_insurer_number"},
        {RecordStatus::Closed, "closed"},
    };
};

}  // namespace kiosk
