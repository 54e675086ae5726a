#pragma once
// Why an eligibility check could not give an answer. The message names the
// file, element or setting concerned, never a personal value, so it can be
// logged and shown to staff as it is.
#include <string>
#include <string_view>
#include <utility>

#include "core/EnumNames.h"
#include "core/Result.h"

namespace kiosk {

struct EligibilityError {
    enum Reason {
        Io,           // a folder or file of the terminal interface cannot be used
        Malformed,    // the answer is not well-formed XML, or lacks what it must hold
        Encoding,     // bytes that are not valid in the declared character set
        UnknownCode,  // a status or validity code outside DOMAIN.md §7
        TimedOut,     // no answer within the time-out
        Cancelled,    // the caller gave up (patient walked away, screen closed)
        BadInput,     // a request or people file the program cannot use
        Rejected,     // the terminal returned the request with an .err file (OqsErrorFile.h)
    } reason;
    std::string message;
};

template <class T>
using EligibilityResultOr = Result<T, EligibilityError>;

template <>
struct EnumNames<EligibilityError::Reason> {
    static constexpr std::pair<EligibilityError::Reason, std::string_view> table[] = {
        {EligibilityError::Io, "io"},
        {EligibilityError::Malformed, "malformed"},
        {EligibilityError::Encoding, "encoding"},
        {EligibilityError::UnknownCode, "unknown_code"},
        {EligibilityError::TimedOut, "timed_out"},
        {EligibilityError::Cancelled, "cancelled"},
        {EligibilityError::BadInput, "bad_input"},
        {EligibilityError::Rejected, "rejected"},
    };
};

}  // namespace kiosk
