#pragma once
// A 申立書 with every item answered that core's validator accepts: a 73-year-old
// in municipal 国保 who lives away from the card's address, signed by her daughter.
#include "core/Declaration.h"

namespace kiosk::test {

inline const CivilDate kSampleVisit = *CivilDate::make(2026, 6, 15);

inline Declaration completeDeclaration() {
    Declaration d;
    d.hasValidInsuranceCard = true;
    d.insuranceKind = InsuranceKind::Kokuho;
    d.kokuhoIsUnion = false;
    d.insurerName = "千代田区";
    d.issuedWhen = IssuedWhen::DontKnow;
    d.declaredShare = DeclaredShare::TwoTenths;
    d.name = "髙橋 花子";
    d.nameKana = "タカハシ　ハナコ";
    d.birthDate = CivilDate::make(1953, 2, 28);
    d.sex = Sex::Female;
    d.address = "東京都千代田区一番町1";
    d.residence = "大阪府大阪市北区梅田1-1";
    d.writtenOn = kSampleVisit;
    d.hasSignature = true;
    d.signerRelation = "娘";
    d.phone = "0312345678";
    return d;
}

}  // namespace kiosk::test
