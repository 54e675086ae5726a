#pragma once
// The items of the 被保険者資格申立書, named once so that validation
// messages, the on-screen wizard and the paper form refer to the same thing.
#include <optional>
#include <string_view>

namespace kiosk {

enum class DeclarationField {
    HasValidInsuranceCard,
    InsuranceKind,
    KokuhoIsUnion,
    InsurerName,
    InsurerNumber,
    InsuredSymbol,
    InsuredNumber,
    InsuredBranch,
    EmployerName,
    IssuedWhen,
    DeclaredShare,
    Name,
    NameKana,
    BirthDate,
    Sex,
    Address,
    Residence,
    WrittenOn,
    Signature,
    SignerRelation,
    Phone,  // keep last: kLastDeclarationField
};
inline constexpr DeclarationField kLastDeclarationField = DeclarationField::Phone;

// Stable snake_case key, e.g. "employer_name"; the catalogue label is "field.<key>".
std::string_view declarationFieldKey(DeclarationField field);
// The field with that key; nullopt for keys that are not 申立書 items.
std::optional<DeclarationField> declarationFieldFromKey(std::string_view key);

}  // namespace kiosk
