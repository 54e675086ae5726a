#include "IdentityFields.h"

namespace kiosk {

IdentityFields identityOf(const Declaration& d) {
    return IdentityFields{d.name, d.nameKana, d.sex, d.birthDate, d.address};
}

}  // namespace kiosk
