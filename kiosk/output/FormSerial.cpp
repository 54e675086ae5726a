#include "FormSerial.h"

#include <random>

namespace kiosk {

std::string formQrPayload(const FormTemplate& form, std::string_view serial) {
    return "KIOSKFORM:" + form.id + ":" + std::to_string(form.version) + ":" + std::string(serial);
}

std::string newFormSerial() {
    // Crockford's alphabet: no I, L, O, U, so a serial read aloud is unambiguous.
    constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    std::random_device entropy;
    std::uniform_int_distribution<std::size_t> pick(0, kAlphabet.size() - 1);
    std::string serial;
    for (int i = 0; i < 16; ++i) serial += kAlphabet[pick(entropy)];
    return serial;
}

}  // namespace kiosk
