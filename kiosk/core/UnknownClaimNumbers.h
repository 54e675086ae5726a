#pragma once
// The numbers a claim carries when the patient's insurer is 「不詳」: only a
// 申立書 is on file and nothing identifies the insurer (DOMAIN.md §3 case 4).
#include <string>

namespace kiosk {

struct UnknownClaimPolicy {
    // Some receipt computers reject 77777777 (it fails the check digit);
    // those take 77777779 instead.
    bool receiptComputerRejects77777777 = false;
    // The lengths the receipt computer wants for 記号・番号 are *unconfirmed*.
    int symbolLength = 8;
    int numberLength = 8;
};

struct ClaimNumbers {
    std::string insurerNumber;
    std::string symbol;  // 記号
    std::string number;  // 番号

    bool operator==(const ClaimNumbers&) const = default;
};

// 77777777 (or 77777779), 記号・番号 filled with 7s to the configured lengths
// (a negative length counts as 0).
ClaimNumbers unknownClaimNumbers(const UnknownClaimPolicy& policy = {});

}  // namespace kiosk
