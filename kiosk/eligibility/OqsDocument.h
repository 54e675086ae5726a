#pragma once
// Reading and writing a terminal XML file, request or result: tell its character set from
// CharacterCodeIdentifier and the XML declaration, decode it to UTF-8 and
// parse it. Shared by the result parser (kiosk side) and the request parser
// (simulator side).
#include <memory>
#include <pugixml.hpp>
#include <string>
#include <string_view>

#include "EligibilityError.h"
#include "OqsCharset.h"

namespace kiosk {

struct OqsDocument {
    OqsCharset charset = OqsCharset::Utf8;
    std::string utf8;  // the decoded text; `xml` points into it
    pugi::xml_document xml;
    pugi::xml_node header;  // MessageHeader, present
};

// `what` names the file in error messages ("result file").
EligibilityResultOr<std::unique_ptr<OqsDocument>> loadOqsDocument(std::string_view raw,
                                                                  std::string_view what);

// `root` (a document with one element, XmlMsg) as a file in `charset`, with
// the XML declaration naming it (and standalone="no").
EligibilityResultOr<std::string> serializeOqsDocument(pugi::xml_document& root, OqsCharset charset,
                                                      std::string_view what);

// Appends <name>value</name> to `parent`.
void addOqsElement(pugi::xml_node& parent, const char* name, std::string_view value);

// The text of `parent`'s child element `name`; "" when absent.
std::string_view oqsText(const pugi::xml_node& parent, const char* name);
// `text` without the padding terminals put around numbers: insurer numbers
// arrive blank-padded to 8 characters ("  123456"), with ASCII or
// ideographic spaces.
std::string oqsUnpadded(std::string_view text);
// oqsText without that padding.
std::string oqsTrimmedText(const pugi::xml_node& parent, const char* name);

// An UnknownCode error for `element`. The code is quoted only when it looks
// like one (short ASCII letters, digits, dashes) so that a garbled file cannot
// smuggle a name or number into the log.
EligibilityError oqsUnknownCode(std::string_view element, std::string_view code);

}  // namespace kiosk
