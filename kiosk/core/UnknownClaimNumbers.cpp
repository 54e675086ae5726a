#include "UnknownClaimNumbers.h"

#include <algorithm>

#include "InsurerNumber.h"

namespace kiosk {

namespace {
std::string sevens(int length) {
    return std::string(static_cast<std::size_t>(std::max(length, 0)), '7');
}
}  // namespace

ClaimNumbers unknownClaimNumbers(const UnknownClaimPolicy& policy) {
    const std::string_view insurer = policy.receiptComputerRejects77777777
                                         ? kUnknownInsurerNumberAlternative
                                         : kUnknownInsurerNumber;
    return {std::string(insurer), sevens(policy.symbolLength), sevens(policy.numberLength)};
}

}  // namespace kiosk
