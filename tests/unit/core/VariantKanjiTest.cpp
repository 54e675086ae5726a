#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "core/UnicodeForms.h"
#include "core/VariantKanji.h"

namespace {

using kiosk::foldVariantKanji;

// Every pair of the table, variant then standard form, as reviewed against the
// 常用漢字表, the 戸籍法施行規則 別表第二 and Unihan (kJinmeiyoKanji, kZVariant,
// kSemanticVariant, kTraditionalVariant): each is one character written two ways.
// 旧字体 of 常用漢字 and 人名用漢字.
constexpr std::u32string_view kOldForms[] = {
    U"邊辺", U"齋斎", U"澤沢", U"濱浜", U"德徳", U"廣広", U"國国", U"櫻桜", U"龍竜", U"實実",
    U"惠恵", U"藏蔵", U"眞真", U"圓円", U"兒児", U"禮礼", U"榮栄", U"瀨瀬", U"彌弥", U"壽寿",
    U"萬万", U"與与", U"學学", U"會会", U"將将", U"傳伝", U"條条", U"來来", U"豐豊", U"靜静",
    U"淺浅", U"黑黒", U"莊荘", U"驛駅", U"寶宝", U"戶戸", U"縣県", U"區区", U"關関", U"鐵鉄",
    U"嶽岳", U"營営", U"應応", U"假仮", U"價価", U"氣気", U"歸帰", U"舊旧", U"擧挙", U"曉暁",
    U"勳勲", U"經経", U"繼継", U"鷄鶏", U"儉倹", U"劍剣", U"圈圏", U"檢検", U"權権", U"顯顕",
    U"險険", U"恆恒", U"黃黄", U"碎砕", U"雜雑", U"濟済", U"齒歯", U"辭辞", U"收収", U"從従",
    U"澁渋", U"獸獣", U"縱縦", U"肅粛", U"處処", U"敍叙", U"奬奨", U"燒焼", U"稱称", U"狀状",
    U"乘乗", U"淨浄", U"剩剰", U"疊畳", U"孃嬢", U"讓譲", U"釀醸", U"寢寝", U"愼慎", U"盡尽",
    U"粹粋", U"醉酔", U"穗穂", U"隨随", U"髓髄", U"樞枢", U"數数", U"聲声", U"攝摂", U"專専",
    U"戰戦", U"潛潜", U"纖繊", U"錢銭", U"禪禅", U"雙双", U"壯壮", U"搜捜", U"插挿", U"巢巣",
    U"爭争", U"總総", U"聰聡", U"裝装", U"騷騒", U"增増", U"臟臓", U"屬属", U"續続", U"墮堕",
    U"對対", U"體体", U"帶帯", U"滯滞", U"臺台", U"瀧滝", U"擇択", U"單単", U"團団", U"彈弾",
    U"斷断", U"遲遅", U"晝昼", U"蟲虫", U"鑄鋳", U"廳庁", U"聽聴", U"鎭鎮", U"遞逓", U"轉転",
    U"點点", U"黨党", U"盜盗", U"燈灯", U"當当", U"鬭闘", U"獨独", U"讀読", U"屆届", U"繩縄",
    U"貳弐", U"惱悩", U"腦脳", U"霸覇", U"廢廃", U"拜拝", U"賣売", U"麥麦", U"發発", U"髮髪",
    U"拔抜", U"蠻蛮", U"祕秘", U"甁瓶", U"拂払", U"佛仏", U"竝並", U"變変", U"辨弁", U"瓣弁",
    U"辯弁", U"冐冒", U"飜翻", U"每毎", U"滿満", U"默黙", U"譯訳", U"藥薬", U"豫予", U"餘余",
    U"譽誉", U"搖揺", U"樣様", U"謠謡", U"賴頼", U"亂乱", U"覽覧", U"兩両", U"獵猟", U"壘塁",
    U"勵励", U"隸隷", U"靈霊", U"齡齢", U"戀恋", U"爐炉", U"勞労", U"樓楼", U"灣湾", U"曾曽",
    U"鷗鴎", U"龜亀", U"鹽塩", U"螢蛍", U"醫医", U"壹壱", U"衞衛", U"晉晋", U"稻稲", U"靑青",
    U"淸清", U"敎教", U"蘆芦", U"鄕郷", U"內内", U"步歩", U"涉渉", U"卷巻", U"戾戻", U"兔兎",
    U"尙尚", U"吳呉", U"齊斉", U"亞亜", U"僞偽", U"卽即", U"嚴厳", U"壞壊", U"奧奥", U"寬寛",
    U"峽峡", U"徵徴", U"惡悪", U"懷懐", U"戲戯", U"揭掲", U"擊撃", U"晚晩", U"曆暦", U"樂楽",
    U"橫横", U"歷歴", U"淚涙", U"渴渇", U"溫温", U"濕湿", U"爲為", U"狹狭", U"瘦痩", U"綠緑",
    U"緖緒", U"緣縁", U"薰薫", U"藝芸", U"虛虚", U"郞郎", U"錄録", U"鍊錬", U"陷陥", U"驗験",
};
// 人名用漢字 異体字 (別表第二 (一)).
constexpr std::u32string_view kJinmeiyoVariants[] = {
    U"亙亘", U"凛凜", U"堯尭", U"晄晃", U"禰祢", U"萠萌", U"遙遥",
    U"檜桧", U"槇槙", U"巖巌", U"穰穣", U"禱祷", U"祿禄", U"冨富",
    U"嶋島", U"峯峰", U"凉涼", U"埜野", U"盃杯", U"薗園", U"駈駆",
};
// 異体字 and 俗字 of surnames and place names.
constexpr std::u32string_view kNameVariants[] = {
    U"髙高", U"﨑崎", U"嵜崎", U"邉辺", U"濵浜", U"嶌島", U"寳宝", U"舘館", U"𠮷吉",
    U"槗橋", U"𣘺橋", U"𡈽土", U"邨村", U"藪薮", U"淵渕", U"栁柳", U"驒騨",
};

std::string utf8(char32_t c) {
    return kiosk::encodeUtf8(std::u32string(1, c));
}

std::vector<std::u32string_view> reviewedPairs() {
    std::vector<std::u32string_view> pairs;
    const std::span<const std::u32string_view> groups[] = {kOldForms, kJinmeiyoVariants,
                                                           kNameVariants};
    for (const auto group : groups) {
        pairs.insert(pairs.end(), group.begin(), group.end());
    }
    return pairs;
}

TEST(VariantKanji, EveryReviewedPairFoldsBothWays) {
    for (const auto pair : reviewedPairs()) {
        ASSERT_EQ(pair.size(), 2u);
        const std::string variant = utf8(pair[0]), standard = utf8(pair[1]);
        EXPECT_EQ(foldVariantKanji(variant), standard) << variant;
        // No chains: the standard form stays itself.
        EXPECT_EQ(foldVariantKanji(standard), standard) << standard;
        EXPECT_EQ(foldVariantKanji("山" + variant + "田"), foldVariantKanji("山" + standard + "田"))
            << variant;
    }
}

TEST(VariantKanji, TableHoldsExactlyTheReviewedPairs) {
    std::set<std::pair<char32_t, char32_t>> reviewed;
    for (const auto pair : reviewedPairs()) reviewed.emplace(pair[0], pair[1]);
    std::set<std::pair<char32_t, char32_t>> table;
    for (const auto& pair : kiosk::variantKanjiPairs()) table.emplace(pair.variant, pair.standard);
    EXPECT_EQ(table.size(), kiosk::variantKanjiPairs().size());
    for (const auto& [variant, standard] : table) {
        EXPECT_TRUE(reviewed.contains({variant, standard})) << utf8(variant) << utf8(standard);
    }
    for (const auto& [variant, standard] : reviewed) {
        EXPECT_TRUE(table.contains({variant, standard})) << utf8(variant) << utf8(standard);
    }
}

// Different characters that look alike or share a simplified component: a
// table that merged them would match two different people.
TEST(VariantKanji, KeepsDistinctCharactersApart) {
    const std::pair<const char*, const char*> distinct[] = {
        {"斉", "斎"}, {"齊", "齋"}, {"齊", "斎"}, {"斉", "齋"}, {"済", "斉"}, {"濟", "齊"},
        {"剤", "斉"}, {"沢", "択"}, {"澤", "擇"}, {"駅", "訳"}, {"驛", "譯"}, {"桧", "会"},
        {"檜", "會"}, {"蔵", "臓"}, {"藏", "臟"}, {"竜", "滝"}, {"龍", "瀧"}, {"区", "鴎"},
        {"崎", "埼"}, {"嶋", "鳴"}, {"濱", "檳"},
    };
    for (const auto& [left, right] : distinct) {
        EXPECT_NE(foldVariantKanji(left), foldVariantKanji(right)) << left << " / " << right;
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
        {"齊藤", "斉藤"},
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
    for (const char* text : {"ヤマダ Taro", "ｶﾅ 1-2-3", "斉藤", "斎藤", "埼玉県", "高橋"}) {
        EXPECT_EQ(foldVariantKanji(text), text);
    }
}

}  // namespace
