#include "TemplateLibrary.h"

#include <algorithm>
#include <charconv>
#include <system_error>

#include "TemplateLoader.h"

namespace kiosk {

namespace {

using Reason = TemplateError::Reason;

// Ids come from records and command lines: only plain names, so that an id
// can never point outside the library ("../x").
bool isPlainId(std::string_view id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

// "v12.json" → 12; nullopt for any other name.
std::optional<int> versionFromFileName(std::string_view name) {
    if (name.size() < 7 || name.front() != 'v' || !name.ends_with(".json")) return std::nullopt;
    const std::string_view digits = name.substr(1, name.size() - 6);
    int version = 0;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), version);
    if (ec != std::errc{} || end != digits.data() + digits.size() || version < 1)
        return std::nullopt;
    if (std::to_string(version) != digits) return std::nullopt;  // no "v01.json"
    return version;
}

TemplateError notFound(std::string_view id, const std::string& what) {
    return {Reason::NotFound, "", std::string(id) + ": " + what};
}

}  // namespace

Result<FormTemplate, TemplateError> TemplateLibrary::load(std::string_view id, int version) const {
    if (!isPlainId(id)) return fail(notFound(id, "not a template id"));
    const auto file = root_ / std::string(id) / ("v" + std::to_string(version) + ".json");
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        return fail(notFound(id, "no version " + std::to_string(version)));
    auto form = loadFormTemplate(file);
    if (!form) return form;
    if (form->id != id || form->version != version) {
        return fail(TemplateError{
            Reason::VersionMismatch, "",
            file.string() + ": says " + form->id + " version " + std::to_string(form->version)});
    }
    return form;
}

Result<FormTemplate, TemplateError> TemplateLibrary::loadLatest(std::string_view id) const {
    if (!isPlainId(id)) return fail(notFound(id, "not a template id"));
    const auto versions = versionsOf(id);
    if (versions.empty()) return fail(notFound(id, "no such template"));
    return load(id, versions.back());
}

std::vector<TemplateVersionRef> TemplateLibrary::latestVersions() const {
    std::vector<TemplateVersionRef> out;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(root_, ec)) {
        const std::string id = entry.path().filename().string();
        if (!isPlainId(id)) continue;
        const auto versions = versionsOf(id);
        if (!versions.empty()) out.push_back({id, versions.back()});
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
    return out;
}

std::vector<int> TemplateLibrary::versionsOf(std::string_view id) const {
    std::vector<int> versions;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(root_ / std::string(id), ec)) {
        if (auto v = versionFromFileName(entry.path().filename().string())) versions.push_back(*v);
    }
    std::sort(versions.begin(), versions.end());
    return versions;
}

}  // namespace kiosk
