#include "DeclarationField.h"

namespace kiosk {

std::string_view declarationFieldKey(DeclarationField field) {
    switch (field) {
        case DeclarationField::HasValidInsuranceCard:
            return "has_valid_insurance_card";
        case DeclarationField::InsuranceKind:
            return "insurance_kind";
        case DeclarationField::KokuhoIsUnion:
            return "kokuho_is_union";
        case DeclarationField::InsurerName:
            return "insurer_name";
        case DeclarationField::InsurerNumber:
            return "insurer_number";
        case DeclarationField::InsuredSymbol:
            return "insured_symbol";
        case DeclarationField::InsuredNumber:
            return "insured_number";
        case DeclarationField::InsuredBranch:
            return "insured_branch";
        case DeclarationField::EmployerName:
            return "employer_name";
        case DeclarationField::IssuedWhen:
            return "issued_when";
        case DeclarationField::DeclaredShare:
            return "declared_share";
        case DeclarationField::Name:
            return "name";
        case DeclarationField::NameKana:
            return "name_kana";
        case DeclarationField::BirthDate:
            return "birth_date";
        case DeclarationField::Sex:
            return "sex";
        case DeclarationField::Address:
            return "address";
        case DeclarationField::Residence:
            return "residence";
        case DeclarationField::WrittenOn:
            return "written_on";
        case DeclarationField::Signature:
            return "signature";
        case DeclarationField::SignerRelation:
            return "signer_relation";
        case DeclarationField::Phone:
            return "phone";
    }
    return "unknown";
}

std::optional<DeclarationField> declarationFieldFromKey(std::string_view key) {
    for (int f = 0; f <= static_cast<int>(kLastDeclarationField); ++f) {
        const auto field = static_cast<DeclarationField>(f);
        if (declarationFieldKey(field) == key) return field;
    }
    return std::nullopt;
}

}  // namespace kiosk
