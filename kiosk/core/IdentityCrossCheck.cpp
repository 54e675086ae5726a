#include "IdentityCrossCheck.h"

#include <algorithm>
#include <iterator>

namespace kiosk {

std::vector<FieldComparison> IdentityCrossCheck::itemsToShowStaff() const {
    std::vector<FieldComparison> out;
    std::ranges::copy_if(items, std::back_inserter(out), [](const FieldComparison& f) {
        return f.match == FieldMatch::Different || f.match == FieldMatch::KanaSpellingOnly;
    });
    return out;
}

std::optional<IdentityCrossCheck> crossCheckIdentity(const IdentityFields& terminal,
                                                     const IdentityFields& other,
                                                     CrossCheckSource against) {
    if (terminal == IdentityFields{}) return std::nullopt;
    return IdentityCrossCheck{against, compareIdentity(terminal, other).fields};
}

}  // namespace kiosk
