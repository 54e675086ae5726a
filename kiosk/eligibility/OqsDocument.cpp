#include "OqsDocument.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <sstream>

#include "core/Blanks.h"

namespace kiosk {

namespace {

EligibilityError malformed(std::string_view what, std::string message) {
    return {EligibilityError::Malformed, std::string(what) + ": " + std::move(message)};
}

std::string quotedCode(std::string_view code) {
    const bool codeLike =
        !code.empty() && code.size() <= 24 && std::all_of(code.begin(), code.end(), [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) || c == '-';
        });
    return codeLike ? "'" + std::string(code) + "'" : "(not shown)";
}

bool sameCharsetName(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

std::optional<OqsCharset> charsetFromXmlName(std::string_view name) {
    for (std::string_view n : {"UTF-8", "UTF8"}) {
        if (sameCharsetName(name, n)) return OqsCharset::Utf8;
    }
    for (std::string_view n : {"Shift_JIS", "SJIS", "Shift-JIS", "Windows-31J", "CP932", "MS932"}) {
        if (sameCharsetName(name, n)) return OqsCharset::ShiftJis;
    }
    return std::nullopt;
}

// Both character sets keep ASCII bytes as they are and never use '<', '>',
// '&' or quotes inside a multi-byte character, so the raw bytes parse as XML
// well enough to read the ASCII markers that say how to decode the text.
EligibilityResultOr<OqsCharset> detectCharset(std::string_view raw, std::string_view what) {
    pugi::xml_document doc;
    const auto parsed = doc.load_buffer(
        raw.data(), raw.size(), pugi::parse_default | pugi::parse_declaration, pugi::encoding_utf8);
    if (!parsed) {
        return fail(malformed(what, std::string("not well-formed XML: ") + parsed.description() +
                                        " at byte " + std::to_string(parsed.offset)));
    }
    std::optional<OqsCharset> declared;
    if (auto decl = doc.first_child(); decl.type() == pugi::node_declaration) {
        if (auto encoding = decl.attribute("encoding")) {
            declared = charsetFromXmlName(encoding.value());
            if (!declared) {
                return fail(EligibilityError{
                    EligibilityError::Encoding,
                    std::string(what) + ": XML declaration names an unsupported encoding " +
                        quotedCode(encoding.value())});
            }
        }
    }
    std::optional<OqsCharset> identified;
    const auto header = doc.document_element().child("MessageHeader");
    if (auto code = oqsText(header, "CharacterCodeIdentifier"); !code.empty()) {
        identified = charsetFromIdentifier(code);
        if (!identified) return fail(oqsUnknownCode("CharacterCodeIdentifier", code));
    }
    if (declared && identified && declared != identified) {
        return fail(EligibilityError{EligibilityError::Encoding,
                                     std::string(what) +
                                         ": XML declaration and CharacterCodeIdentifier name "
                                         "different character sets"});
    }
    return identified.value_or(declared.value_or(OqsCharset::Utf8));
}

}  // namespace

EligibilityResultOr<std::string> serializeOqsDocument(pugi::xml_document& root, OqsCharset charset,
                                                      std::string_view what) {
    auto decl = root.prepend_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    decl.append_attribute("encoding") = std::string(charsetXmlName(charset)).c_str();
    decl.append_attribute("standalone") = "no";  // as the clients write it (OqsRequestFile.cpp)
    std::ostringstream out;
    root.save(out, " ", pugi::format_default, pugi::encoding_utf8);
    return encodeFromUtf8(out.str(), charset, what);
}

void addOqsElement(pugi::xml_node& parent, const char* name, std::string_view value) {
    parent.append_child(name).text().set(std::string(value).c_str());
}

std::string_view oqsText(const pugi::xml_node& parent, const char* name) {
    return parent.child(name).text().as_string();
}

std::string oqsUnpadded(std::string_view text) {
    return std::string(trimBlanks(text));
}

std::string oqsTrimmedText(const pugi::xml_node& parent, const char* name) {
    return oqsUnpadded(oqsText(parent, name));
}

EligibilityError oqsUnknownCode(std::string_view element, std::string_view code) {
    return {EligibilityError::UnknownCode,
            std::string(element) + ": unknown code " + quotedCode(code)};
}

EligibilityResultOr<std::unique_ptr<OqsDocument>> loadOqsDocument(std::string_view raw,
                                                                  std::string_view what) {
    auto charset = detectCharset(raw, what);
    if (!charset) return fail(charset.error());
    auto utf8 = decodeToUtf8(raw, *charset, what);
    if (!utf8) return fail(utf8.error());

    auto doc = std::make_unique<OqsDocument>();
    doc->charset = *charset;
    doc->utf8 = std::move(utf8).value();
    // Parsed as UTF-8 whatever the declaration says: the text is UTF-8 now.
    if (!doc->xml.load_buffer_inplace(doc->utf8.data(), doc->utf8.size(), pugi::parse_default,
                                      pugi::encoding_utf8)) {
        return fail(malformed(what, "not well-formed XML after decoding"));
    }
    doc->header = doc->xml.document_element().child("MessageHeader");
    if (!doc->header) return fail(malformed(what, "MessageHeader missing"));
    return doc;
}

}  // namespace kiosk
