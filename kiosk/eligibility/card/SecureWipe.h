#pragma once
// Overwrites a secret (a PIN and the buffers that carried it) in a way the
// compiler may not drop as a dead store.
#include <cstddef>
#include <string>

namespace kiosk {

void secureWipe(void* data, std::size_t size);

// Wipes the characters, then empties the string.
void secureWipe(std::string& secret);

}  // namespace kiosk
