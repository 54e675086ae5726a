#include "CopaymentRule.h"

namespace kiosk {

namespace {

// A date from parts known to be a valid month/day. CivilDate stops at year
// 9999, which a typo'd birth year plus 75 can pass; one 400-year Gregorian
// cycle (146097 days) keeps month, day and leap years, so the rules still
// give an answer (far in the future) instead of failing.
CivilDate dateOf(int year, int month, int day) {
    const int cycles = year > 9999 ? 1 : 0;
    return CivilDate::make(year - 400 * cycles, month, day)->plusDays(146097 * cycles);
}

// The day a person reaches `years` of age in law. Under 年齢計算ニ関スル法律
// and 民法143条 an age is reached at the end of the day before the birthday;
// for a 29 February birth in a common year that is 28 February. This, not the
// calendar birthday ageOn() counts, is why "born on the 1st" moves the 70+
// rules a month earlier and why a 1 April child leaves 未就学 a year earlier.
CivilDate reachesAge(const CivilDate& birth, int years) {
    const int year = birth.year() + years;
    if (birth.day() > 1) return dateOf(year, birth.month(), birth.day() - 1);
    return dateOf(year, birth.month(), 1).plusDays(-1);
}

// Which set of rules governs the share at the visit.
enum class AgeBracket { Preschool, WorkingAge, Elder70To74, Kouki };

// 後期 below 75 exists only from 65, with 障害認定; a younger patient's 後期
// tick is a mistake for staff to look at, and the age rule stands.
bool koukiByDisabilityCertification(const CivilDate& birth, const CivilDate& visit,
                                    std::optional<InsuranceKind> kind) {
    return kind == InsuranceKind::Kouki && visit > reachesAge(birth, 65);
}

AgeBracket bracketAt(const CivilDate& birth, const CivilDate& visit,
                     std::optional<InsuranceKind> kind) {
    if (visit <= preschoolShareLastDay(birth)) return AgeBracket::Preschool;
    if (visit >= koukiFirstDay(birth) || koukiByDisabilityCertification(birth, visit, kind)) {
        return AgeBracket::Kouki;
    }
    if (visit >= elderRulesFirstDay(birth)) return AgeBracket::Elder70To74;
    return AgeBracket::WorkingAge;
}

std::optional<int> declaredTenths(std::optional<DeclaredShare> share) {
    switch (share.value_or(DeclaredShare::DontKnow)) {
        case DeclaredShare::ThreeTenths:
            return 3;
        case DeclaredShare::TwoTenths:
            return 2;
        case DeclaredShare::OneTenth:
            return 1;
        case DeclaredShare::DontKnow:
            break;
    }
    return std::nullopt;
}

// 70–74 and 後期 patients pay what they declare: a wrong ratio is settled by
// the insurer later, not returned (notice §2). 1割 does not exist for a 70–74
// patient outside 後期, so staff should look at it.
CopaymentDecision elderDecision(AgeBracket bracket, std::optional<DeclaredShare> share,
                                const CopaymentPolicy& policy) {
    const auto tenths = declaredTenths(share);
    if (!tenths) return {policy.unknownElderShareTenths, ShareReason::ElderShareUnknown, true};
    const bool implausible = bracket == AgeBracket::Elder70To74 && *tenths == 1;
    return {*tenths, ShareReason::DeclaredByPatient, implausible};
}

}  // namespace

CivilDate preschoolShareLastDay(const CivilDate& birth) {
    const CivilDate reached = reachesAge(birth, 6);
    const int year = reached.month() <= 3 ? reached.year() : reached.year() + 1;
    return dateOf(year, 3, 31);
}

CivilDate elderRulesFirstDay(const CivilDate& birth) {
    const CivilDate reached = reachesAge(birth, 70);
    return reached.month() == 12 ? dateOf(reached.year() + 1, 1, 1)
                                 : dateOf(reached.year(), reached.month() + 1, 1);
}

CivilDate koukiFirstDay(const CivilDate& birth) {
    return reachesAge(birth, 75).plusDays(1);
}

bool declaredShareIsAsked(const CivilDate& birth, const CivilDate& visit,
                          std::optional<InsuranceKind> kind) {
    const AgeBracket bracket = bracketAt(birth, visit, kind);
    return bracket == AgeBracket::Elder70To74 || bracket == AgeBracket::Kouki;
}

CopaymentDecision decideCopayment(const CopaymentInput& input, const CopaymentPolicy& policy) {
    if (const auto known = input.knownShareTenths; known && *known >= 1 && *known <= 3) {
        return {*known, ShareReason::KnownFromQualification, false};
    }
    const AgeBracket bracket = bracketAt(input.birthDate, input.visitDate, input.insuranceKind);
    const bool koukiTooYoung =
        input.insuranceKind == InsuranceKind::Kouki && bracket != AgeBracket::Kouki;
    switch (bracket) {
        case AgeBracket::Preschool:
            return {2, koukiTooYoung ? ShareReason::KoukiTickBelow65 : ShareReason::Preschool,
                    koukiTooYoung};
        case AgeBracket::WorkingAge:
            return {3, koukiTooYoung ? ShareReason::KoukiTickBelow65 : ShareReason::WorkingAge,
                    koukiTooYoung};
        case AgeBracket::Elder70To74:
        case AgeBracket::Kouki:
            break;
    }
    return elderDecision(bracket, input.declaredShare, policy);
}

}  // namespace kiosk
