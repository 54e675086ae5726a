#include "DeclarationValues.h"

#include "core/DeclarationField.h"
#include "core/RecordEnumNames.h"

namespace kiosk {

namespace {

using Field = DeclarationField;

std::string key(Field field) {
    return std::string(declarationFieldKey(field));
}

// Reads the values of one Declaration, stopping at the first bad one.
class ValueReader {
public:
    explicit ValueReader(const FormValues& values) : values_(values) {}

    const std::optional<FormValueError>& error() const { return error_; }

    std::string text(Field field) const { return std::string(values_.get(key(field))); }

    std::optional<bool> flag(Field field) {
        const auto v = values_.get(key(field));
        if (v.empty()) return std::nullopt;
        if (v == "true" || v == "false") return v == "true";
        refuse(field, "expected true or false");
        return std::nullopt;
    }

    template <class E>
    std::optional<E> choice(Field field) {
        const auto v = values_.get(key(field));
        if (v.empty()) return std::nullopt;
        auto e = enumFromName<E>(v);
        if (!e) refuse(field, "not one of the field's options");
        return e;
    }

    std::optional<CivilDate> date(Field field) {
        const auto v = values_.get(key(field));
        if (v.empty()) return std::nullopt;
        // ISO only: the compact YYYYMMDD CivilDate also accepts is the terminal's.
        auto d = v.size() == 10 ? CivilDate::parse(v) : std::nullopt;
        if (!d) refuse(field, "not a date (YYYY-MM-DD)");
        return d;
    }

private:
    void refuse(Field field, const std::string& what) {
        if (error_) return;
        const std::string k = key(field);
        error_ = FormValueError{k, std::string(values_.get(k)), k + ": " + what};
    }

    const FormValues& values_;
    std::optional<FormValueError> error_;
};

class ValueWriter {
public:
    void text(Field field, const std::string& value) { values_.set(key(field), value); }
    void flag(Field field, std::optional<bool> value) {
        if (value) text(field, *value ? "true" : "false");
    }
    void tick(Field field, bool ticked) {
        if (ticked) text(field, "true");
    }
    template <class E>
    void choice(Field field, const std::optional<E>& value) {
        if (value) text(field, std::string(enumName(*value)));
    }
    void date(Field field, const std::optional<CivilDate>& value) {
        if (value) text(field, value->iso());
    }
    FormValues take() { return std::move(values_); }

private:
    FormValues values_;
};

}  // namespace

FormValues declarationToFormValues(const Declaration& d) {
    ValueWriter w;
    w.tick(Field::HasValidInsuranceCard, d.hasValidInsuranceCard);
    w.choice(Field::InsuranceKind, d.insuranceKind);
    w.flag(Field::KokuhoIsUnion, d.kokuhoIsUnion);
    w.text(Field::InsurerName, d.insurerName);
    w.text(Field::InsurerNumber, d.insurerNumber);
    w.text(Field::InsuredSymbol, d.insuredSymbol);
    w.text(Field::InsuredNumber, d.insuredNumber);
    w.text(Field::InsuredBranch, d.insuredBranch);
    w.text(Field::EmployerName, d.employerName);
    w.choice(Field::IssuedWhen, d.issuedWhen);
    w.choice(Field::DeclaredShare, d.declaredShare);
    w.text(Field::Name, d.name);
    w.text(Field::NameKana, d.nameKana);
    w.date(Field::BirthDate, d.birthDate);
    w.choice(Field::Sex, d.sex);
    w.text(Field::Address, d.address);
    w.text(Field::Residence, d.residence);
    w.date(Field::WrittenOn, d.writtenOn);
    w.tick(Field::Signature, d.hasSignature);
    w.text(Field::SignerRelation, d.signerRelation);
    w.text(Field::Phone, d.phone);
    return w.take();
}

Result<Declaration, FormValueError> declarationFromFormValues(const FormValues& values) {
    ValueReader r(values);
    Declaration d;
    d.hasValidInsuranceCard = r.flag(Field::HasValidInsuranceCard).value_or(false);
    d.insuranceKind = r.choice<InsuranceKind>(Field::InsuranceKind);
    d.kokuhoIsUnion = r.flag(Field::KokuhoIsUnion);
    d.insurerName = r.text(Field::InsurerName);
    d.insurerNumber = r.text(Field::InsurerNumber);
    d.insuredSymbol = r.text(Field::InsuredSymbol);
    d.insuredNumber = r.text(Field::InsuredNumber);
    d.insuredBranch = r.text(Field::InsuredBranch);
    d.employerName = r.text(Field::EmployerName);
    d.issuedWhen = r.choice<IssuedWhen>(Field::IssuedWhen);
    d.declaredShare = r.choice<DeclaredShare>(Field::DeclaredShare);
    d.name = r.text(Field::Name);
    d.nameKana = r.text(Field::NameKana);
    d.birthDate = r.date(Field::BirthDate);
    d.sex = r.choice<Sex>(Field::Sex);
    d.address = r.text(Field::Address);
    d.residence = r.text(Field::Residence);
    d.writtenOn = r.date(Field::WrittenOn);
    d.hasSignature = r.flag(Field::Signature).value_or(false);
    d.signerRelation = r.text(Field::SignerRelation);
    d.phone = r.text(Field::Phone);
    if (r.error()) return fail(*r.error());
    return d;
}

}  // namespace kiosk
