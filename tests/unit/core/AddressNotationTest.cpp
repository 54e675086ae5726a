#include <gtest/gtest.h>

#include <vector>

#include "core/AddressNotation.h"

namespace {

using kiosk::addressParts;
using kiosk::sameAddress;

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

TEST(AddressNotation, DifferentNotationsOfOneAddressAreTheSame) {
    for (const auto& group : kSameAddresses) {
        for (const char* address : group) {
            EXPECT_TRUE(sameAddress(group.front(), address)) << address;
            EXPECT_TRUE(sameAddress(address, group.front())) << address;
        }
    }
}

// The prefecture is kept apart from the rest, so that it is compared whenever
// both sides write it (DOMAIN.md §5: 広島県府中市 ≠ 東京都府中市).
TEST(AddressNotation, PartsKeepThePrefectureAndCountyApart) {
    const auto kasumigaseki = addressParts("東京都千代田区霞が関一丁目2番3号");
    EXPECT_EQ(kasumigaseki.prefecture, "東京都");
    EXPECT_EQ(kasumigaseki.county, "");
    EXPECT_EQ(kasumigaseki.rest, "千代田区霞ヶ関1-2-3");
    const auto kyoto = addressParts("京都府京都市下京区烏丸通七条下る東塩小路町721番地の1");
    EXPECT_EQ(kyoto.prefecture, "京都府");
    EXPECT_EQ(kyoto.rest, "京都市下京区烏丸通7条下る東塩小路町721-1");
    const auto kutchan = addressParts("北海道虻田郡倶知安町北1条東2丁目");
    EXPECT_EQ(kutchan.prefecture, "北海道");
    EXPECT_EQ(kutchan.county, "虻田郡");
    EXPECT_EQ(kutchan.rest, "倶知安町北1条東2丁目");
    EXPECT_EQ(addressParts("府中市").prefecture, "");
    EXPECT_EQ(addressParts("1丁目").rest,
              "1丁目");  // 丁目 without a number after it says something
}

TEST(AddressNotation, CityNamesWithKoriAreNotCounties) {
    for (const char* address :
         {"奈良県大和郡山市北郡山町", "福島県郡山市", "岐阜県郡上市八幡町", "千代田区郡山町"}) {
        EXPECT_EQ(addressParts(address).county, "") << address;
    }
    EXPECT_EQ(addressParts("北海道余市郡余市町").county, "余市郡");
    EXPECT_EQ(addressParts("山形県西村山郡河北町").county, "西村山郡");
}

struct Rule {
    const char* left;
    const char* right;
    bool same;
};

TEST(AddressNotation, WhatIsLeftOutIsNotADifference) {
    const Rule cases[] = {
        // The prefecture: dropped only when one side lacks it.
        {"東京都府中市宮西町2-24", "府中市宮西町2-24", true},
        {"府中市宮西町2-24", "東京都府中市宮西町2-24", true},
        {"東京都府中市宮西町2-24", "東京都府中市宮西町2-24", true},
        {"広島県府中市府川町315", "東京都府中市府川町315", false},
        {"東京都府中市", "広島県府中市", false},
        {"北海道伊達市", "福島県伊達市", false},
        // The 郡: likewise.
        {"北海道虻田郡倶知安町北1条東2丁目", "北海道倶知安町北1条東2丁目", true},
        {"虻田郡倶知安町北1条東2丁目", "倶知安町北1条東2丁目", true},
        {"北海道虻田郡倶知安町", "北海道余市郡倶知安町", false},
        {"奈良県大和郡山市北郡山町", "奈良県山市北郡山町", false},
        // 大字 and 字 are notation.
        {"茨城県つくば市大字北条1番地", "茨城県つくば市北条1", true},
        {"沖縄県那覇市字安里1", "沖縄県那覇市安里1", true},
        {"秋田郡仙北村大字赤田字東10", "秋田郡仙北村赤田東10", true},
        {"横手市十文字町", "横手市十文町", false},
        // 号室 after a room number is notation; the room number is not.
        {"中央区1-2-3 メゾン銀座 101", "中央区1-2-3 メゾン銀座 101号室", true},
        {"板橋区高島平2-3-4-101", "板橋区高島平2丁目3番4号101号室", true},
        {"中央区1-2-3 メゾン銀座 101", "中央区1-2-3 メゾン銀座 102号室", false},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(sameAddress(c.left, c.right), c.same) << c.left << " / " << c.right;
        EXPECT_EQ(sameAddress(c.right, c.left), c.same) << c.right << " / " << c.left;
    }
}

TEST(AddressNotation, PlaceNamesKeepTheirKanjiNumerals) {
    EXPECT_EQ(addressParts("東京都中央区八丁堀").rest, "中央区八丁堀");
    EXPECT_EQ(addressParts("新潟県十日町市").rest, "十日町市");
    EXPECT_EQ(addressParts("千代田区九段南").rest, "千代田区九段南");
    EXPECT_EQ(addressParts("愛知県一宮市").rest, "一宮市");
}

TEST(AddressNotation, BuildingAndRoadNumbersKeepTheirUnits) {
    EXPECT_EQ(addressParts("中央区1-2-3 メゾン銀座 101号室").rest, "中央区1-2-3メゾン銀座101");
    EXPECT_EQ(addressParts("中央区1-2-3 101号室 メゾン銀座").rest, "中央区1-2-3-101号室メゾン銀座");
    EXPECT_EQ(addressParts("国道1号線沿い").rest, "国道1号線沿い");
    EXPECT_EQ(addressParts("千代田区三番町").rest, "千代田区3番町");
    EXPECT_EQ(addressParts("一番館").rest, "1番館");
}

struct Pair {
    const char* left;
    const char* right;
};

TEST(AddressNotation, DifferentAddressesAreNotTheSame) {
    const Pair cases[] = {
        {"千代田区霞が関1-2-3", "千代田区霞が関1-2-4"},
        {"千代田区霞が関1-2-3", "中央区霞が関1-2-3"},
        {"中央区1丁目23番", "中央区12丁目3番"},
        {"中央区1-2-3 101号室", "中央区1-2-3 102号室"},
        {"千代田区二番町", "千代田区三番町"},
        {"一の宮", "一宮"},
    };
    for (const auto& c : cases) {
        EXPECT_FALSE(sameAddress(c.left, c.right)) << c.left << " / " << c.right;
    }
}

}  // namespace
