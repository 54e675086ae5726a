#pragma once
// Why a form template was refused, and where: `path` is a JSON pointer into
// the template file ("/fields/3/paper/cells/0"), so the author can find it.
#include <string>

namespace kiosk {

struct TemplateError {
    enum class Reason {
        FileUnreadable,
        NotJson,
        WrongJsonType,     // a string where a number belongs, …
        MissingKey,        // a required member is absent
        UnknownKey,        // a member the format does not define (a typo)
        UnknownFieldType,  // "type" is not check, choice, digits, …
        UnknownName,       // medium, character class, check digit, rule or era not known
        BadNumber,         // version < 1, a size ≤ 0, a count < 1
        MissingLabel,      // a ja or en text is absent or empty
        DuplicateKey,      // two fields, options or steps with the same key
        UnknownField,      // a condition or step names no field of the template
        UnknownOption,     // a condition names a value the field does not offer
        ConditionCycle,    // fields whose visibility depends on each other
        ConditionOrder,    // a condition on a field the wizard asks only later
        FieldInNoStep,     // an on-screen field the wizard never asks
        FieldInTwoSteps,
        NotOnScreen,         // a paper-only field in a wizard step
        PaperNoteOnScreen,   // a ※ mark in a text shown on screen, where its note is not
        FilledWithMismatch,  // filled_with a value the field's type cannot hold
        PaperMismatch,       // paper geometry does not suit the field's type
        OffPage,             // outside the page or inside its margin
        Overlap,             // two boxes, cells, labels or marks overlapping
        TooSmall,            // a cell or option box too small to write in
        VersionMismatch,     // the file's id/version differ from its place in the library
        NotFound,            // no such template or version in the library
    };
    Reason reason;
    std::string path;
    std::string message;  // "<path>: <what is wrong>", one line, English
};

}  // namespace kiosk
