#include "CardFaceData.h"

namespace kiosk {

IdentityFields toIdentityFields(const CardFaceData& face) {
    IdentityFields fields;
    fields.name = face.name;
    fields.sex = face.sex;
    fields.birthDate = face.birthDate;
    fields.address = face.address;
    return fields;
}

}  // namespace kiosk
