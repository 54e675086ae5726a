#include <gtest/gtest.h>

#include <vector>

#include "core/AddressNotation.h"

namespace {

using kiosk::addressMatchKey;

// Each group: one address in the notations seen on cards, on the terminal and
// in patients' handwriting.
const std::vector<std::vector<const char*>> kSameAddresses = {
    {
        "東京都千代田区霞が関1丁目2番3号",
        "千代田区霞ヶ関１－２－３",
        "東京都千代田区霞ケ関一丁目二番三号",
        "東京都千代田区霞が関一丁目二番地の三",
        "千代田区霞が関一の二の三",
        "千代田区霞が関 一 丁目 二 番 三 号",
        "千代田区 霞が関 1の2の3",
        "東京都千代田区霞が関1丁目2番地3号",
        "千代田区霞が関1ー2ー3",
        "東京都　千代田区　霞が関１丁目２−３",
    },
    {
        "大阪府大阪市北区梅田三丁目1番1号 グランフロント大阪タワーA 1201号室",
        "大阪市北区梅田3-1-1グランフロント大阪タワーA1201号室",
        "大阪府大阪市北区梅田３丁目１－１　グランフロント大阪タワーＡ　１２０１号室",
    },
    {
        "北海道札幌市中央区北1条西2丁目1番地",
        "札幌市中央区北一条西二丁目1",
    },
    {
        "神奈川県横浜市中区山下町二十三番地",
        "横浜市中区山下町23",
        "神奈川県横浜市中区山下町23番",
    },
    {
        "東京都板橋区髙島平2丁目3番4-101号室",
        "板橋区高島平2-3-4 101号室",
        "東京都板橋区高島平二丁目三番四号101号室",
    },
    {
        "東京都世田谷区代澤五丁目",
        "世田谷区代沢5丁目",
    },
    {
        "東京都千代田区神田駿河台4丁目6番地 御茶ノ水ソラシティ",
        "千代田区神田駿河台4-6御茶ノ水ソラシティ",
    },
};

TEST(AddressNotation, DifferentNotationsOfOneAddressShareAKey) {
    for (const auto& group : kSameAddresses) {
        const std::string key = addressMatchKey(group.front());
        for (const char* address : group) EXPECT_EQ(addressMatchKey(address), key) << address;
    }
}

TEST(AddressNotation, KeysHaveHyphenatedBlockNumbersWithoutPrefecture) {
    EXPECT_EQ(addressMatchKey("東京都千代田区霞が関一丁目2番3号"), "千代田区霞ヶ関1-2-3");
    EXPECT_EQ(addressMatchKey("京都府京都市下京区烏丸通七条下る東塩小路町721番地の1"),
              "京都市下京区烏丸通7条下る東塩小路町721-1");
    EXPECT_EQ(addressMatchKey("1丁目"), "1丁目");  // 丁目 without a number after it says something
}

TEST(AddressNotation, PlaceNamesKeepTheirKanjiNumerals) {
    EXPECT_EQ(addressMatchKey("東京都中央区八丁堀"), "中央区八丁堀");
    EXPECT_EQ(addressMatchKey("新潟県十日町市"), "十日町市");
    EXPECT_EQ(addressMatchKey("千代田区九段南"), "千代田区九段南");
    EXPECT_EQ(addressMatchKey("愛知県一宮市"), "一宮市");
}

TEST(AddressNotation, BuildingAndRoadNumbersKeepTheirUnits) {
    EXPECT_EQ(addressMatchKey("中央区1-2-3 メゾン銀座 101号室"), "中央区1-2-3メゾン銀座101号室");
    EXPECT_EQ(addressMatchKey("国道1号線沿い"), "国道1号線沿い");
    EXPECT_EQ(addressMatchKey("千代田区三番町"), "千代田区3番町");
    EXPECT_EQ(addressMatchKey("一番館"), "1番館");
}

struct Pair {
    const char* left;
    const char* right;
};

TEST(AddressNotation, DifferentAddressesKeepDifferentKeys) {
    const Pair cases[] = {
        {"千代田区霞が関1-2-3", "千代田区霞が関1-2-4"},
        {"千代田区霞が関1-2-3", "中央区霞が関1-2-3"},
        {"中央区1丁目23番", "中央区12丁目3番"},
        {"中央区1-2-3 101号室", "中央区1-2-3 102号室"},
        {"千代田区二番町", "千代田区三番町"},
        {"一の宮", "一宮"},
    };
    for (const auto& c : cases) {
        EXPECT_NE(addressMatchKey(c.left), addressMatchKey(c.right)) << c.left << " / " << c.right;
    }
}

}  // namespace
