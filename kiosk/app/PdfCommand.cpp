#include "PdfCommand.h"

#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>

#include "DataPaths.h"
#include "forms/TemplateLoader.h"
#include "output/FormSerial.h"
#include "output/PaperForm.h"
#include "output/PdfDocument.h"

namespace kiosk::app {

namespace {

struct FormPdfOptions {
    std::string templateFile;
    std::string prefillFile;
    std::string out;
};

// A JSON object of field key → string value; nullopt (reason printed) otherwise.
std::optional<FormValues> readPrefill(const std::string& file) {
    std::ifstream in(file);
    if (!in) {
        std::cerr << "kioskctl: cannot read " << file << "\n";
        return std::nullopt;
    }
    auto json = nlohmann::json::parse(in, nullptr, false);
    if (!json.is_object()) {
        std::cerr << "kioskctl: " << file << ": not a JSON object of field values\n";
        return std::nullopt;
    }
    FormValues values;
    for (const auto& [key, value] : json.items()) {
        if (!value.is_string()) {
            std::cerr << "kioskctl: " << file << ": /" << key << " is not a string\n";
            return std::nullopt;
        }
        values.set(key, value.get<std::string>());
    }
    return values;
}

int writeFormPdf(const FormPdfOptions& options) {
    auto form = loadFormTemplate(options.templateFile);
    if (!form) {
        std::cerr << "kioskctl: " << form.error().message << "\n";
        return 2;
    }
    FormValues prefill;
    if (!options.prefillFile.empty()) {
        auto values = readPrefill(options.prefillFile);
        if (!values) return 2;
        prefill = std::move(*values);
    }
    std::string serial = newFormSerial();
    auto rendered =
        renderPaperForm(*form, prefill, serial, PdfSettings::fromDataDir(defaultDataDir()));
    if (!rendered) {
        std::cerr << "kioskctl: " << rendered.error().message << "\n";
        return 1;
    }
    // Printed anyway: the field stays empty for the patient to fill in by hand.
    for (const auto& warning : rendered->warnings) {
        std::cerr << "kioskctl: warning: " << warning.message << "\n";
    }
    if (auto written = writePdfFile(options.out, rendered->pdf); !written) {
        std::cerr << "kioskctl: " << written.error().message << "\n";
        return 1;
    }
    std::cout << "serial " << serial << "\n";
    return 0;
}

}  // namespace

void addFormPdfCommand(CLI::App& form, int& exitCode) {
    auto options = std::make_shared<FormPdfOptions>();
    auto* pdf = form.add_subcommand(
        "pdf",
        "Printable A4 form for machine reading: registration marks, QR (template, version, "
        "serial), cells and boxes; prints the sheet's serial");
    pdf->add_option("--template", options->templateFile, "Template file (templates/<id>/v<N>.json)")
        ->required();
    pdf->add_option("--prefill", options->prefillFile,
                    "JSON object of known values (field key → value) to print in their places");
    pdf->add_option("--out", options->out, "PDF file to write")->required();
    pdf->callback([&exitCode, options] { exitCode = writeFormPdf(*options); });
}

}  // namespace kiosk::app
