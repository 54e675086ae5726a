#pragma once
// The state behind the era date picker: an era, an era year, a month and a
// day that always name a real date inside the era and inside the allowed
// range (平成31年5月1日 and 2月30日 cannot be reached). Every step clamps.
#include <optional>
#include <string>
#include <vector>

#include "core/CivilDate.h"
#include "core/Wareki.h"

namespace kiosk::input {

enum class DatePart { Year, Month, Day };

class EraDateSelection {
public:
    // `eras`: the field's era options; only those with a day in
    // [earliest, latest] are offered. nullopt when none is.
    // `initial` is clamped into the range (and into its era, if offered).
    static std::optional<EraDateSelection> make(const std::vector<Era>& eras, CivilDate earliest,
                                                CivilDate latest, CivilDate initial);

    const std::vector<Era>& offeredEras() const { return eras_; }
    WarekiDate wareki() const { return WarekiDate{era_, year_, month_, day_}; }
    CivilDate date() const;
    std::string iso() const { return date().iso(); }

    // Keeps the year, month and day numbers where the new era allows them.
    // False when the era is not offered or already chosen.
    bool setEra(Era era);
    // Moves one part by `delta`, clamping it and the parts below it. False
    // when nothing changed (the part is already at its limit).
    bool step(DatePart part, int delta);
    bool canStep(DatePart part, int delta) const;

private:
    EraDateSelection(std::vector<Era> eras, CivilDate earliest, CivilDate latest)
        : eras_(std::move(eras)), earliest_(earliest), latest_(latest) {}
    // Sets the parts to the nearest allowed date in `era`, keeping what fits.
    void clampInto(Era era, int year, int month, int day);

    std::vector<Era> eras_;
    CivilDate earliest_;
    CivilDate latest_;
    Era era_ = Era::Reiwa;
    int year_ = 1;
    int month_ = 1;
    int day_ = 1;
};

}  // namespace kiosk::input
