#include "RecordJson.h"

#include <concepts>
#include <cstdint>
#include <limits>
#include <optional>
#include <set>
#include <type_traits>

#include "RecordEnumNames.h"

namespace kiosk {

using nlohmann::json;

namespace {

template <class T>
using Parsed = Result<T, RecordJsonError>;

template <class T>
Parsed<T> parseValue(const json& v, const std::string& path);

Unexpected<RecordJsonError> failAt(const std::string& path, std::string reason) {
    return fail(RecordJsonError{path, std::move(reason)});
}

// Collects the members of one struct into a JSON object.
class ObjectWriter {
public:
    template <class T>
    void operator()(const char* key, const T& value);
    template <class T>
    void operator()(const char* key, const std::optional<T>& value) {
        if (value) (*this)(key, *value);
    }
    template <class T>
    void operator()(const char* key, const std::vector<T>& values);
    // A key added in a later format: written like any other.
    template <class T>
    void withDefault(const char* key, const T& value) {
        (*this)(key, value);
    }
    json object = json::object();
};

// Reads the members of one JSON object, remembering the first error and
// which keys were used so that unknown keys can be refused at the end.
class ObjectReader {
public:
    ObjectReader(const json& object, std::string path) : object_(object), path_(std::move(path)) {
        if (!object_.is_object()) error_ = RecordJsonError{path_, "expected an object"};
    }

    template <class T>
    void operator()(const char* key, T& target) {
        if (const json* v = member(key)) {
            assign(parseValue<T>(*v, childPath(key)), target);
        } else if (!error_) {
            error_ = RecordJsonError{childPath(key), "missing"};
        }
    }

    // An absent key leaves the optional empty.
    template <class T>
    void operator()(const char* key, std::optional<T>& target) {
        if (const json* v = member(key)) assign(parseValue<T>(*v, childPath(key)), target);
    }

    // A key added in a later format: absent in older payloads, it keeps the
    // default value.
    template <class T>
    void withDefault(const char* key, T& target) {
        if (const json* v = member(key)) assign(parseValue<T>(*v, childPath(key)), target);
    }

    // A key checked by other means.
    void skip(const char* key) { member(key); }

    template <class T>
    Parsed<T> finish(T value) const {
        if (error_) return fail(*error_);
        for (const auto& item : object_.items()) {
            if (!used_.contains(item.key())) return failAt(childPath(item.key()), "unexpected key");
        }
        return value;
    }

private:
    template <class T, class Target>
    void assign(Parsed<T> parsed, Target& target) {
        if (parsed) {
            target = std::move(parsed).value();
        } else {
            error_ = parsed.error();
        }
    }

    const json* member(const char* key) {
        if (error_) return nullptr;
        auto it = object_.find(key);
        if (it == object_.end()) return nullptr;
        used_.insert(key);
        return &*it;
    }

    // JSON pointer escaping (RFC 6901) for keys that are not ours.
    std::string childPath(const std::string& key) const {
        std::string escaped;
        for (char c : key) {
            escaped += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
        }
        return path_ + "/" + escaped;
    }

    const json& object_;
    std::string path_;
    std::optional<RecordJsonError> error_;
    std::set<std::string> used_;
};

// Each struct's members are listed once, for writing and reading alike.
template <class Visit, class Q>
requires std::same_as<std::remove_const_t<Q>, Qualification>
void visitFields(Visit& visit, Q& q) {
    visit("source", q.source);
    visit("current", q.current);
    visit("insurerNumber", q.insurerNumber);
    visit("symbol", q.symbol);
    visit("number", q.number);
    visit("branch", q.branch);
    visit("insurerName", q.insurerName);
    visit("shareTenths", q.shareTenths);
    visit("qualifiedOn", q.qualifiedOn);
    visit("lostOn", q.lostOn);
    visit("lossReason", q.lossReason);
}

template <class Visit, class I>
requires std::same_as<std::remove_const_t<I>, IdentityFields>
void visitFields(Visit& visit, I& i) {
    visit("name", i.name);
    visit("nameKana", i.nameKana);
    visit("sex", i.sex);
    visit("birthDate", i.birthDate);
    visit("address", i.address);
}

template <class Visit, class F>
requires std::same_as<std::remove_const_t<F>, FieldComparison>
void visitFields(Visit& visit, F& f) {
    visit("field", f.field);
    visit("match", f.match);
    visit("terminal", f.left);
    visit("other", f.right);
}

template <class Visit, class C>
requires std::same_as<std::remove_const_t<C>, IdentityCrossCheck>
void visitFields(Visit& visit, C& c) {
    visit("against", c.against);
    visit("items", c.items);
}

template <class Visit, class D>
requires std::same_as<std::remove_const_t<D>, Declaration>
void visitFields(Visit& visit, D& d) {
    visit("hasValidInsuranceCard", d.hasValidInsuranceCard);
    visit("insuranceKind", d.insuranceKind);
    visit("kokuhoIsUnion", d.kokuhoIsUnion);
    visit("insurerName", d.insurerName);
    visit.withDefault("insurerNumber", d.insurerNumber);
    visit.withDefault("insuredSymbol", d.insuredSymbol);
    visit.withDefault("insuredNumber", d.insuredNumber);
    visit.withDefault("insuredBranch", d.insuredBranch);
    visit("employerName", d.employerName);
    visit("issuedWhen", d.issuedWhen);
    visit("declaredShare", d.declaredShare);
    visit("name", d.name);
    visit("nameKana", d.nameKana);
    visit("birthDate", d.birthDate);
    visit("sex", d.sex);
    visit("address", d.address);
    visit("residence", d.residence);
    visit("writtenOn", d.writtenOn);
    visit("hasSignature", d.hasSignature);
    visit("signerRelation", d.signerRelation);
    visit("phone", d.phone);
}

template <class Visit, class U>
requires std::same_as<std::remove_const_t<U>, UnconfirmedDocument>
void visitFields(Visit& visit, U& u) {
    visit("numbers", u.numbers);
    visit("lookup", u.lookup);
    visit("terminalCode", u.terminalCode);
    visit("terminalMessage", u.terminalMessage);
}

// All but "format" and "id", which the entry points handle.
template <class Visit, class R>
requires std::same_as<std::remove_const_t<R>, CheckInRecord>
void visitFields(Visit& visit, R& r) {
    visit("source", r.source);
    visit("templateId", r.templateId);
    visit("templateVersion", r.templateVersion);
    visit("visitDate", r.visitDate);
    visit("outcome", r.outcome);
    visit("terminalCode", r.terminalCode);
    visit("terminalQualification", r.terminalQualification);
    visit("terminalIdentity", r.terminalIdentity);
    visit("confirmedQualification", r.confirmedQualification);
    visit("unconfirmedDocument", r.unconfirmedDocument);
    visit("proofPath", r.proofPath);
    visit("declaration", r.declaration);
    visit("declarationDeemedByStaff", r.declarationDeemedByStaff);
    visit.withDefault("validCardConfirmedByStaff", r.validCardConfirmedByStaff);
    visit.withDefault("identityConfirmation", r.identityConfirmation);
    visit("identityCheck", r.identityCheck);
    visit("status", r.status);
    visit("receptionNumber", r.receptionNumber);
}

template <class T>
void ObjectWriter::operator()(const char* key, const T& value) {
    if constexpr (std::is_enum_v<T>) {
        object[key] = std::string(enumName(value));
    } else if constexpr (std::is_same_v<T, CivilDate>) {
        object[key] = value.iso();
    } else if constexpr (std::is_class_v<T> && !std::is_same_v<T, std::string>) {
        ObjectWriter nested;
        visitFields(nested, value);
        object[key] = std::move(nested.object);
    } else {
        object[key] = value;
    }
}

template <class T>
void ObjectWriter::operator()(const char* key, const std::vector<T>& values) {
    json array = json::array();
    for (const auto& value : values) {
        ObjectWriter item;
        item("v", value);
        array.push_back(std::move(item.object["v"]));
    }
    object[key] = std::move(array);
}

template <class T>
struct IsVector : std::false_type {};
template <class T>
struct IsVector<std::vector<T>> : std::true_type {};

Parsed<int> parseInt(const json& v, const std::string& path) {
    if (v.is_number_unsigned() && v.get<std::uint64_t>() <= std::numeric_limits<int>::max()) {
        return static_cast<int>(v.get<std::uint64_t>());
    }
    if (v.is_number_integer() && !v.is_number_unsigned()) {
        auto n = v.get<std::int64_t>();
        if (n >= std::numeric_limits<int>::min() && n <= std::numeric_limits<int>::max()) {
            return static_cast<int>(n);
        }
    }
    return failAt(path, "expected an integer in the range of int");
}

template <class T>
Parsed<T> parseValue(const json& v, const std::string& path) {
    if constexpr (std::is_enum_v<T>) {
        if (!v.is_string()) return failAt(path, "expected a string");
        if (auto e = enumFromName<T>(v.get_ref<const std::string&>())) return *e;
        return failAt(path, "unknown value");
    } else if constexpr (std::is_same_v<T, CivilDate>) {
        // Only the ISO form: CivilDate::parse also takes the terminal's YYYYMMDD.
        if (v.is_string() && v.get_ref<const std::string&>().size() == 10) {
            if (auto d = CivilDate::parse(v.get_ref<const std::string&>())) return *d;
        }
        return failAt(path, "expected an existing date as YYYY-MM-DD");
    } else if constexpr (std::is_same_v<T, bool>) {
        if (!v.is_boolean()) return failAt(path, "expected true or false");
        return v.get<bool>();
    } else if constexpr (std::is_same_v<T, int>) {
        return parseInt(v, path);
    } else if constexpr (std::is_same_v<T, std::string>) {
        if (!v.is_string()) return failAt(path, "expected a string");
        return v.get<std::string>();
    } else if constexpr (IsVector<T>::value) {
        if (!v.is_array()) return failAt(path, "expected an array");
        T values;
        for (std::size_t i = 0; i < v.size(); ++i) {
            auto item = parseValue<typename T::value_type>(v[i], path + "/" + std::to_string(i));
            if (!item) return fail(item.error());
            values.push_back(std::move(item).value());
        }
        return values;
    } else {
        ObjectReader reader(v, path);
        T value;
        visitFields(reader, value);
        return reader.finish(std::move(value));
    }
}

Parsed<std::int64_t> parseStoredId(const json& v) {
    if (!v.is_number_integer() || v.get<std::int64_t>() <= 0) {
        return failAt("/id", "expected a positive integer");
    }
    return v.get<std::int64_t>();
}

// Checked before anything else, so that a newer layout is reported as such
// rather than as the first key this program does not know.
std::optional<RecordJsonError> checkFormat(const json& j) {
    if (!j.is_object()) return RecordJsonError{"", "expected an object"};
    auto it = j.find("format");
    if (it == j.end()) return RecordJsonError{"/format", "missing"};
    auto format = parseInt(*it, "/format");
    if (!format) return format.error();
    if (*format > kRecordJsonFormat) {
        return RecordJsonError{"/format", "format " + std::to_string(*format) +
                                              " is newer than this program reads (" +
                                              std::to_string(kRecordJsonFormat) + ")"};
    }
    if (*format < 1) return RecordJsonError{"/format", "unknown format"};
    return std::nullopt;
}

}  // namespace

json recordToJson(const CheckInRecord& record) {
    ObjectWriter writer;
    writer("format", kRecordJsonFormat);
    if (record.id != 0) writer("id", record.id);
    visitFields(writer, record);
    return std::move(writer.object);
}

Result<CheckInRecord, RecordJsonError> recordFromJson(const json& j) {
    if (auto error = checkFormat(j)) return fail(*error);
    CheckInRecord record;
    if (auto id = j.find("id"); id != j.end()) {
        auto parsed = parseStoredId(*id);
        if (!parsed) return fail(parsed.error());
        record.id = *parsed;
    }
    ObjectReader reader(j, "");
    reader.skip("format");
    reader.skip("id");
    visitFields(reader, record);
    return reader.finish(std::move(record));
}

}  // namespace kiosk
