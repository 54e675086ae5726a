#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "core/UnicodeForms.h"
#include "core/VariantKanji.h"

namespace {

using kiosk::foldVariantKanji;

TEST(VariantKanji, EveryPairFoldsToItsStandardFormWhichIsFinal) {
    const auto pairs = kiosk::variantKanjiPairs();
    EXPECT_GE(pairs.size(), 120u);
    for (const auto& pair : pairs) {
        const std::string variant = kiosk::encodeUtf8(std::u32string(1, pair.variant));
        const std::string standard = kiosk::encodeUtf8(std::u32string(1, pair.standard));
        EXPECT_EQ(foldVariantKanji(variant), standard) << variant;
        // No chains: folding the standard form changes nothing.
        EXPECT_EQ(foldVariantKanji(standard), standard) << standard;
    }
}

TEST(VariantKanji, PairsAreSortedAndUniqueForLookup) {
    const auto pairs = kiosk::variantKanjiPairs();
    EXPECT_TRUE(
        std::ranges::is_sorted(pairs, std::ranges::less{}, &kiosk::VariantKanjiPair::variant));
    std::set<char32_t> variants;
    for (const auto& pair : pairs) EXPECT_TRUE(variants.insert(pair.variant).second);
}

struct Fold {
    const char* written;
    const char* standard;
};

TEST(VariantKanji, FoldsTheVariantsSeenInNamesAndAddresses) {
    const Fold cases[] = {
        {"髙橋", "高橋"},
        {"山﨑", "山崎"},
        {"宮嵜", "宮崎"},
        {"渡邊", "渡辺"},
        {"渡邉", "渡辺"},
        {"齋藤", "斎藤"},
        {"齊藤", "斎藤"},
        {"澤田", "沢田"},
        {"長濱", "長浜"},
        {"德川", "徳川"},
        {"廣瀬", "広瀬"},
        {"國分", "国分"},
        {"櫻井", "桜井"},
        {"龍太郎", "竜太郎"},
        {"中嶋", "中島"},
        {"大嶌", "大島"},
        {"冨田", "富田"},
        {"實", "実"},
        {"惠子", "恵子"},
        {"藏前", "蔵前"},
        {"眞理子", "真理子"},
        {"圓山", "円山"},
        {"兒玉", "児玉"},
        {"禮子", "礼子"},
        {"榮一", "栄一"},
        {"廣瀨", "広瀬"},
        {"彌生", "弥生"},
        {"壽", "寿"},
        {"萬田", "万田"},
        {"與田", "与田"},
        {"學", "学"},
        {"會津", "会津"},
        {"將太", "将太"},
        {"傳", "伝"},
        {"北條", "北条"},
        {"來栖", "来栖"},
        {"豐田", "豊田"},
        {"靜香", "静香"},
        {"淺野", "浅野"},
        {"黑田", "黒田"},
        {"莊司", "荘司"},
        {"驛前", "駅前"},
        {"寳田", "宝田"},
        {"戶田", "戸田"},
        {"峯岸", "峰岸"},
        {"舘野", "館野"},
        {"𠮷田", "吉田"},
        {"髙槗", "高橋"},
        {"𣘺本", "橋本"},
        // CJK compatibility ideographs reach their unified form through NFC.
        {"\uFA10本", "塚本"},
        {"\uFA4F介", "祐介"},
        {"\uFA1E田", "羽田"},
        {"\uFA19戸", "神戸"},
        {"\U0002F8B6", "抜"},  // compatibility 拔, then the table
    };
    for (const auto& c : cases) EXPECT_EQ(foldVariantKanji(c.written), c.standard) << c.written;
}

TEST(VariantKanji, DropsIdeographicVariationSelectors) {
    EXPECT_EQ(foldVariantKanji("辻\U000E0100"), "辻");
    EXPECT_EQ(foldVariantKanji("葛\U000E0101飾"), "葛飾");
    EXPECT_EQ(foldVariantKanji("髙\uFE00橋"), "高橋");
}

TEST(VariantKanji, LeavesEverythingElseAlone) {
    for (const char* text : {"ヤマダ Taro", "ｶﾅ 1-2-3", "斉藤", "埼玉県", "高橋"}) {
        EXPECT_EQ(foldVariantKanji(text), text);
    }
}

}  // namespace
