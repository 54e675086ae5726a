#pragma once
// A date as the patient enters it: an era chosen with a button, then the
// year, month and day typed as numbers (昭和 2 4 1 2 2 8), or 西暦 and a year
// of four digits (a foreign resident's card, an English reader: 西暦 1 9 4 9
// 1 2 2 8). Checked as typed:
// a date no calendar has (平成32年, 2月30日, 令和元年4月) or one outside the
// field's range is a problem at once, never clamped into something else;
// choosing another era keeps the typed numbers and checks them again. The
// date exists only when every part is typed and nothing is wrong.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "KeyGridFit.h"
#include "core/CivilDate.h"
#include "core/Wareki.h"

namespace kiosk::input {

enum class DatePart { Year, Month, Day };

// Why what is typed cannot be the date.
struct DateProblem {
    enum Reason {
        EraNotChosen,    // numbers typed, no era (nor 西暦) yet
        NoSuchMonth,     // 0月, 13月
        NoSuchDay,       // 2月30日: `limit` is the month's last day
        BeforeEraStart,  // 令和元年4月, 平成0年: `limit` is the era's first day
        AfterEraEnd,     // 平成32年, 平成31年5月: `limit` is the era's last day
        BeforeEarliest,  // `limit` is the field's earliest day
        AfterLatest,     // a birth date after today: `limit` is the field's latest day
    };
    Reason reason = EraNotChosen;
    std::optional<DatePart> part;  // the part to retype; none for EraNotChosen
    CivilDate limit = *CivilDate::make(2000, 1, 1);

    bool operator==(const DateProblem&) const = default;
};

class EraDateEntry {
public:
    // `eras`: the field's era options; only those with a day in
    // [earliest, latest] are offered, nullopt when none is. An `answer` the
    // field already has is shown (era and numbers) when its era is offered;
    // a field offering one era starts with it chosen.
    static std::optional<EraDateEntry> make(const std::vector<Era>& eras, CivilDate earliest,
                                            CivilDate latest,
                                            std::optional<CivilDate> answer = std::nullopt);

    const std::vector<Era>& offeredEras() const { return eras_; }
    std::optional<Era> era() const { return era_; }
    // The year is a Western one (西暦), typed in four digits.
    bool western() const { return western_; }
    // The digits typed for a part, as typed ("05" stays "05").
    const std::string& digits(DatePart part) const { return digits_[index(part)]; }
    // The part the next digit goes to.
    DatePart typing() const { return typing_; }

    // Keeps every typed digit; they are checked against the new era. False
    // when `era` is not offered or already chosen.
    bool chooseEra(Era era);
    // 西暦 in place of an era, the typed digits kept and checked again.
    bool chooseWestern();
    // Types into the part under the cursor; a part already complete is typed
    // over. A part is complete with two digits, or with one no second digit
    // could turn into a possible value (month 2–9, day 4–9, 平成4); a
    // complete part without a problem moves the cursor to the next part.
    bool typeDigit(char digit);
    // Deletes the last digit of the part under the cursor, or of the part
    // before it when that one is empty. False when nothing is typed there.
    bool deleteDigit();
    // The part tapped on the display: the next digit types it over.
    bool selectPart(DatePart part);
    // Ends the part under the cursor as it is (平成2年 without typing 02):
    // false on the day, with nothing typed, and before a digit is typed in
    // a part the cursor moved to (its 「日へ」 came under a finger still
    // tapping 「月へ」, and skipped the month). Moves on unless it has a problem.
    bool finishPart();
    bool canFinishPart() const;

    // The first problem with what is typed; a part still being typed and
    // able to take another digit is not judged yet.
    std::optional<DateProblem> problem() const;
    // The date, when every part is typed and nothing is wrong.
    std::optional<CivilDate> date() const;

    // Overwrites the typed digits (personal data) and forgets them.
    void wipe();

private:
    EraDateEntry(std::vector<Era> eras, CivilDate earliest, CivilDate latest)
        : eras_(std::move(eras)), earliest_(earliest), latest_(latest) {}
    static std::size_t index(DatePart part) { return static_cast<std::size_t>(part); }
    std::string& typed(DatePart part) { return digits_[index(part)]; }

    // Every problem, in part order; `judgeAll` also judges the part still being typed.
    std::vector<DateProblem> problems(bool judgeAll) const;
    bool hasProblemAt(DatePart part) const;
    // The typed year in `era` (none: 西暦).
    std::optional<DateProblem> yearProblem(std::optional<Era> era, int year) const;
    // Whether one more digit after those typed could still give a possible value.
    bool canTakeAnotherDigit(DatePart part) const;
    std::size_t mostDigits(DatePart part) const {
        return part == DatePart::Year && western_ ? 4 : 2;
    }
    // The days [first, last] judged against the range, and against `era` where there is one.
    std::optional<DateProblem> rangeProblem(std::optional<Era> era, CivilDate first, CivilDate last,
                                            DatePart part) const;
    // Marks the part under the cursor complete when it cannot take another
    // digit, and moves on from a complete part without a problem.
    void settle();
    void moveOn();

    std::vector<Era> eras_;
    CivilDate earliest_;
    CivilDate latest_;
    std::optional<Era> era_;
    bool western_ = false;
    std::array<std::string, 3> digits_;
    DatePart typing_ = DatePart::Year;
    // The part under the cursor is complete: the next digit types it over.
    bool complete_ = false;
    // A digit typed or deleted in the part since the cursor came to it.
    bool typedSinceArriving_ = false;
};

// A key of the date pad: an era button, 西暦, a digit, 削除 or 「次の欄へ」.
struct DateKey {
    enum Kind { Era, Western, Digit, Backspace, NextPart };
    Kind kind = Digit;
    kiosk::Era era = kiosk::Era::Reiwa;  // Era only
    char digit = 0;                      // Digit only

    bool operator==(const DateKey&) const = default;
};

// Applies a tapped key. False when nothing changed.
bool applyDateKey(EraDateEntry& entry, const DateKey& key);

using DatePadLayout = KeyLayout<DateKey>;

// The date pad laid out in an area: the era buttons and 西暦, and 1 2 3 削除 /
// 4 5 6 次の欄へ / 7 8 9 0 (the keys on the right two columns wide). The era
// buttons go either in rows above the digits or in columns beside them,
// whichever gives the larger keys (wide areas: beside, narrow ones: above).
DatePadLayout layOutDatePad(const std::vector<Era>& eras, const KeyArea& area);

}  // namespace kiosk::input
