// The strict loader: the shipped 申立書 loads complete and printable, and
// broken templates are refused with the JSON path and the reason.
#include <gtest/gtest.h>

#include <set>

#include "core/DeclarationField.h"
#include "core/DeclarationValidator.h"
#include "forms/TemplateLoader.h"
#include "unit/forms/ShippedTemplate.h"

namespace kiosk {
namespace {

using test::shippedField;
using test::shippedTemplate;
using Reason = TemplateError::Reason;

constexpr DeclarationField kAllDeclarationFields[] = {
    DeclarationField::HasValidInsuranceCard,
    DeclarationField::InsuranceKind,
    DeclarationField::KokuhoIsUnion,
    DeclarationField::InsurerName,
    DeclarationField::InsurerNumber,
    DeclarationField::InsuredSymbol,
    DeclarationField::InsuredNumber,
    DeclarationField::InsuredBranch,
    DeclarationField::EmployerName,
    DeclarationField::IssuedWhen,
    DeclarationField::DeclaredShare,
    DeclarationField::Name,
    DeclarationField::NameKana,
    DeclarationField::BirthDate,
    DeclarationField::Sex,
    DeclarationField::Address,
    DeclarationField::Residence,
    DeclarationField::WrittenOn,
    DeclarationField::Signature,
    DeclarationField::SignerRelation,
    DeclarationField::Phone,
};

std::size_t cellCount(const FormField& f) {
    std::size_t n = 0;
    if (f.paper) {
        for (const auto& g : f.paper->cellGroups) n += g.cells.size();
    }
    return n;
}

TEST(ShippedTemplate, IsVersionTwoOfTheDeclarationOnA4) {
    const auto& form = shippedTemplate();
    EXPECT_EQ(form.id, "hihokensha-shikaku-moushitatesho");
    EXPECT_EQ(form.version, 2);
    EXPECT_EQ(form.title.ja, "被保険者資格申立書");
    EXPECT_EQ(form.page.widthMm, 210);
    EXPECT_EQ(form.page.heightMm, 297);
    EXPECT_GE(form.page.marginMm, 10);
}

TEST(ShippedTemplate, HasEveryDeclarationItem) {
    for (auto field : kAllDeclarationFields) {
        EXPECT_NE(shippedTemplate().field(declarationFieldKey(field)), nullptr)
            << declarationFieldKey(field);
    }
}

TEST(ShippedTemplate, AsksEveryOnScreenFieldInExactlyOneStep) {
    std::multiset<std::string> asked;
    for (const auto& step : shippedTemplate().steps)
        asked.insert(step.fields.begin(), step.fields.end());
    for (const auto& f : shippedTemplate().fields) {
        EXPECT_EQ(asked.count(f.key), f.medium == FieldMedium::PaperOnly ? 0u : 1u) << f.key;
    }
}

TEST(ShippedTemplate, AsksTheSignatureLast) {
    EXPECT_EQ(shippedTemplate().steps.back().fields.back(), "signature");
}

TEST(ShippedTemplate, PutsEverythingInsideTheMarginsWithoutOverlap) {
    const auto& form = shippedTemplate();
    std::vector<MmRect> all = form.page.registrationMarks;
    all.push_back(form.page.qr);
    for (const auto& t : form.page.texts) all.push_back(t.area);
    for (const auto& f : form.fields) {
        if (!f.paper) continue;
        all.push_back(f.paper->label);
        for (const auto& o : f.paper->options) all.push_back(o.box);
        for (const auto& g : f.paper->cellGroups)
            all.insert(all.end(), g.cells.begin(), g.cells.end());
        if (f.paper->box) all.push_back(f.paper->box->area);
    }
    ASSERT_GT(all.size(), 100u);
    for (std::size_t i = 0; i < all.size(); ++i) {
        EXPECT_GE(all[i].x, 10);
        EXPECT_GE(all[i].y, 10);
        EXPECT_LE(all[i].right(), 200);
        EXPECT_LE(all[i].bottom(), 287);
        for (std::size_t j = 0; j < i; ++j) EXPECT_FALSE(all[i].overlaps(all[j])) << i << " " << j;
    }
}

TEST(ShippedTemplate, PlacesRegistrationMarksInTheCornersAndTheQrTopRight) {
    const auto& page = shippedTemplate().page;
    ASSERT_EQ(page.registrationMarks.size(), 4u);
    EXPECT_EQ(page.registrationMarks[0], (MmRect{10, 10, 10, 10}));
    EXPECT_EQ(page.registrationMarks[3], (MmRect{190, 277, 10, 10}));
    EXPECT_GT(page.qr.x, 105);
    EXPECT_LT(page.qr.y, 30);
    EXPECT_GE(page.qr.width, 20);
}

// Issue 10 item 2: the name is typed once; its reading fills the フリガナ.
TEST(ShippedTemplate, TheNamesReadingFillsTheFurigana) {
    EXPECT_EQ(shippedField("name").readingField, "name_kana");
    EXPECT_EQ(shippedField("address").readingField, "") << "an address has no フリガナ";
}

// One-character cells where the issue asks for them, sized for handwriting.
TEST(ShippedTemplate, WritesDigitsAndKanaInCells) {
    EXPECT_EQ(cellCount(shippedField("phone")), 11u);
    EXPECT_EQ(cellCount(shippedField("insurer_number")), 8u);
    EXPECT_GE(cellCount(shippedField("name_kana")), 20u);
    for (const char* key : {"birth_date", "written_on"}) {
        const auto& paper = *shippedField(key).paper;
        ASSERT_EQ(paper.cellGroups.size(), 3u) << key;
        for (const auto& g : paper.cellGroups) EXPECT_EQ(g.cells.size(), 2u) << key << g.part;
    }
    EXPECT_EQ(shippedField("birth_date").paper->options.size(), 5u);  // 明治 … 令和
}

TEST(ShippedTemplate, HasOptionBoxesOfAtLeastFiveMillimetres) {
    for (const auto& f : shippedTemplate().fields) {
        if (!f.paper) continue;
        for (const auto& o : f.paper->options) EXPECT_GE(o.box.width, 5) << f.key << o.value;
    }
}

TEST(ShippedTemplate, WritesKanjiInFreeTextBoxes) {
    for (const char* key : {"name", "address", "insurer_name", "employer_name"}) {
        const auto& f = shippedField(key);
        EXPECT_EQ(f.type, FormFieldType::Text) << key;
        ASSERT_TRUE(f.paper && f.paper->box) << key;
        EXPECT_GT(f.paper->box->maxChars, 0u) << key;
    }
    EXPECT_TRUE(shippedField("signature").paper->box.has_value());
}

TEST(ShippedTemplate, AsksWhetherKokuhoIsAUnionOnScreenOnly) {
    const auto& f = shippedField("kokuho_is_union");
    EXPECT_EQ(f.medium, FieldMedium::ScreenOnly);
    EXPECT_FALSE(f.paper.has_value());
}

TEST(ShippedTemplate, AllowsTheLengthsTheValidatorAllows) {
    const DeclarationLimits limits;
    const std::pair<const char*, std::size_t> cases[] = {
        {"name", limits.name},
        {"name_kana", limits.nameKana},
        {"address", limits.address},
        {"residence", limits.residence},
        {"insurer_name", limits.insurerName},
        {"employer_name", limits.employerName},
        {"signer_relation", limits.signerRelation},
    };
    for (const auto& [key, max] : cases)
        EXPECT_EQ(shippedField(key).validation.maxLength, max) << key;
    EXPECT_EQ(shippedField("birth_date").validation.dateRange->maxYearsBack, limits.oldestAgeYears);
}

TEST(ShippedTemplate, ExplainsWhyWhatItCostsAndReportingTheNumberLater) {
    std::string all;
    for (const auto& point : shippedTemplate().explanation) all += point.ja;
    EXPECT_NE(all.find("3割"), std::string::npos);
    EXPECT_NE(all.find("2割"), std::string::npos);
    EXPECT_NE(all.find("1〜3割"), std::string::npos);
    EXPECT_NE(all.find("保険者番号"), std::string::npos);
    EXPECT_NE(all.find("廃棄"), std::string::npos);
}

// Issue 10 §4: the screen shows no paper footnote marks, no paper
// instructions ("ご記入ください", "チェックを") and no notes about the paper form.
TEST(ShippedTemplate, SpeaksToThePatientOnScreenWithoutPaperWording) {
    for (const auto& f : shippedTemplate().fields) {
        if (f.medium == FieldMedium::PaperOnly) continue;
        for (const std::string* text : {&f.question().ja, &f.help.ja}) {
            for (const char* paperWord : {"※", "ご記入", "チェックを", "紙の申立書", "マス"}) {
                EXPECT_EQ(text->find(paperWord), std::string::npos) << f.key << ": " << *text;
            }
        }
    }
    // The paper keeps its marks: they point to its printed notes.
    EXPECT_NE(shippedField("declared_share").label.ja.find("※"), std::string::npos);
}

// 記入日 is the day of the visit (issue 10 §4), never a question.
TEST(ShippedTemplate, FillsTheDateWrittenWithTheVisitDay) {
    EXPECT_EQ(shippedField("written_on").filledWith, FilledWith::VisitDate);
}

TEST(TemplateLoader, LoadsTheMinimalTestTemplate) {
    auto form =
        loadFormTemplate(std::string(KIOSK_SOURCE_DIR) + "/tests/data/templates/minimal.json");
    ASSERT_TRUE(form) << form.error().message;
    EXPECT_EQ(form->fields.size(), 7u);
    // Cells are laid side by side from the run's first cell.
    EXPECT_EQ(form->field("number")->paper->cellGroups[0].cells[3], (MmRect{66, 62, 7, 8}));
}

struct BrokenTemplate {
    const char* file;
    Reason reason;
    const char* path;
};

class BrokenTemplates : public ::testing::TestWithParam<BrokenTemplate> {};

TEST_P(BrokenTemplates, AreRefusedWithThePathAndTheReason) {
    const auto& broken = GetParam();
    auto form =
        loadFormTemplate(std::string(KIOSK_SOURCE_DIR) + "/tests/data/templates/" + broken.file);
    ASSERT_FALSE(form);
    EXPECT_EQ(form.error().reason, broken.reason) << form.error().message;
    EXPECT_EQ(form.error().path, broken.path) << form.error().message;
    EXPECT_NE(form.error().message.find(broken.file), std::string::npos) << form.error().message;
}

INSTANTIATE_TEST_SUITE_P(
    TemplateLoader, BrokenTemplates,
    ::testing::Values(
        BrokenTemplate{"not_json.json", Reason::NotJson, ""},
        BrokenTemplate{"unknown_type.json", Reason::UnknownFieldType, "/fields/3/type"},
        BrokenTemplate{"unknown_key.json", Reason::UnknownKey, "/fields/2/lable"},
        BrokenTemplate{"duplicate_field_key.json", Reason::DuplicateKey, "/fields/3/key"},
        BrokenTemplate{"cells_overlap_box.json", Reason::Overlap, "/fields/3/paper/cells/0"},
        BrokenTemplate{"box_off_page.json", Reason::OffPage, "/fields/2/paper/box"},
        BrokenTemplate{"mark_in_margin.json", Reason::OffPage, "/page/registration_marks/3"},
        BrokenTemplate{"condition_missing_field.json", Reason::UnknownField,
                       "/fields/1/shown_when/0/field"},
        BrokenTemplate{"condition_missing_option.json", Reason::UnknownOption,
                       "/fields/1/shown_when/0/in/0"},
        BrokenTemplate{"condition_cycle.json", Reason::ConditionCycle, "/fields/0/shown_when"},
        BrokenTemplate{"condition_asked_later.json", Reason::ConditionOrder, "/fields/2"},
        BrokenTemplate{"unknown_rule.json", Reason::UnknownName, "/fields/2/shown_when/0/rule"},
        BrokenTemplate{"step_missing_field.json", Reason::UnknownField, "/steps/1/fields/2"},
        BrokenTemplate{"field_in_no_step.json", Reason::FieldInNoStep, "/fields/3"},
        BrokenTemplate{"field_in_two_steps.json", Reason::FieldInTwoSteps, "/steps/3/fields/1"},
        BrokenTemplate{"paper_field_in_step.json", Reason::NotOnScreen, "/steps/2/fields/0"},
        BrokenTemplate{"missing_en_label.json", Reason::MissingLabel, "/fields/4/label/en"},
        BrokenTemplate{"version_zero.json", Reason::BadNumber, "/version"},
        BrokenTemplate{"version_as_string.json", Reason::WrongJsonType, "/version"},
        BrokenTemplate{"option_without_box.json", Reason::PaperMismatch, "/fields/0/paper/options"},
        BrokenTemplate{"cell_too_small.json", Reason::TooSmall, "/fields/3/paper/cells/0"},
        BrokenTemplate{"too_many_cells.json", Reason::BadNumber, "/fields/3/paper/cells/0/count"},
        BrokenTemplate{"screen_field_on_paper.json", Reason::PaperMismatch, "/fields/5/paper"},
        BrokenTemplate{"date_without_day_cells.json", Reason::PaperMismatch,
                       "/fields/4/paper/cells"},
        BrokenTemplate{"paper_note_on_screen.json", Reason::PaperNoteOnScreen, "/fields/0/help"},
        BrokenTemplate{"filled_with_on_text.json", Reason::FilledWithMismatch,
                       "/fields/0/filled_with"},
        BrokenTemplate{"reading_into_digits.json", Reason::FilledWithMismatch,
                       "/fields/2/reading_field"},
        BrokenTemplate{"reading_into_missing_field.json", Reason::UnknownField,
                       "/fields/2/reading_field"},
        BrokenTemplate{"first_keys_on_digits.json", Reason::FilledWithMismatch,
                       "/fields/0/first_keys"}),
    [](const auto& testCase) {
        std::string name = testCase.param.file;
        name = name.substr(0, name.find('.'));
        std::erase(name, '_');
        return name;
    });

TEST(TemplateLoader, RefusesAMissingFileAsUnreadable) {
    auto form = loadFormTemplate("/nonexistent/v1.json");
    ASSERT_FALSE(form);
    EXPECT_EQ(form.error().reason, Reason::FileUnreadable);
}

TEST(TemplateLoader, NamesTheOverlappingBoxInTheMessage) {
    auto form = loadFormTemplate(std::string(KIOSK_SOURCE_DIR) +
                                 "/tests/data/templates/cells_overlap_box.json");
    ASSERT_FALSE(form);
    EXPECT_NE(form.error().message.find("/fields/2/paper/box"), std::string::npos)
        << form.error().message;
}

}  // namespace
}  // namespace kiosk
