#pragma once
// Overwrites personal data and secrets (a PIN, typed text, a signature)
// before their memory is released, in a way the compiler may not drop as a
// dead store: the next patient's session must find nothing of this one.
#include <cstddef>
#include <string>

namespace kiosk {

void secureWipe(void* data, std::size_t size);

// Wipes the characters, then empties the string.
void secureWipe(std::string& secret);

}  // namespace kiosk
