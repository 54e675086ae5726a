#pragma once
// The 被保険者資格申立書 (別添3), every item, as the patient declared it.
// Empty strings and nullopt mean "not answered"; the "わからない" choices are
// real answers and have their own enumerators.
#include <optional>
#include <string>

#include "CivilDate.h"

namespace kiosk {

// 保険種別
enum class InsuranceKind { Shaho, Kokuho, Kouki, Other, DontKnow };
// 保険証の交付を受けた時期
enum class IssuedWhen { WithinOneMonth, Earlier, DontKnow };
// 一部負担金の割合 as declared
enum class DeclaredShare { ThreeTenths, TwoTenths, OneTenth, DontKnow };
// 性別 on the card's face (the form offers only these two)
enum class Sex { Male, Female };

struct Declaration {
    // 1 保険証等に関する事項
    bool hasValidInsuranceCard = false;          // 有効な保険証の交付を受けている
    std::optional<InsuranceKind> insuranceKind;  // 保険種別
    // Only asked when 国保: the form wants 事業所名 for 国保組合, not for
    // municipal 国保, and the patient is the only one who knows which.
    std::optional<bool> kokuhoIsUnion;
    std::string insurerName;  // 保険者等名称
    // Numbers the patient knows (from a 資格情報のお知らせ, say): the claim
    // uses them (case 2) instead of 「不詳」. 後期 has no 記号.
    std::string insurerNumber;                   // 保険者番号, check digit verified
    std::string insuredSymbol;                   // 記号
    std::string insuredNumber;                   // 番号
    std::string insuredBranch;                   // 枝番
    std::string employerName;                    // 事業所名
    std::optional<IssuedWhen> issuedWhen;        // 交付を受けた時期
    std::optional<DeclaredShare> declaredShare;  // 一部負担金の割合

    // 2 マイナンバーカードの券面事項等
    std::string name;      // 氏名 as on the card
    std::string nameKana;  // フリガナ (katakana)
    std::optional<CivilDate> birthDate;
    std::optional<Sex> sex;
    std::string address;    // 住所 as on the card
    std::string residence;  // another 居所, if any (※3)

    // Closing block
    std::optional<CivilDate> writtenOn;  // 記入日
    bool hasSignature = false;           // a signature image is attached to the record
    std::string signerRelation;          // 患者との関係, when a guardian signs
    std::string phone;                   // 連絡先電話番号

    bool operator==(const Declaration&) const = default;
};

}  // namespace kiosk
