#include <gtest/gtest.h>

#include <vector>

#include "eligibility/card/BerTlv.h"

namespace kiosk {
namespace {

using Bytes = std::vector<std::uint8_t>;

TEST(BerTlv, ReadsOneTwoAndThreeByteTags) {
    struct Case {
        Bytes bytes;
        std::uint32_t tag;
        std::size_t size;
    };
    for (const auto& c :
         {Case{{0x04, 0x01, 0xAA}, 0x04, 3}, Case{{0xDF, 0x22, 0x02, 0xAA, 0xBB}, 0xDF22, 5},
          Case{{0xDF, 0x81, 0x01, 0x00}, 0xDF8101, 4}}) {
        auto e = readBerTlv(c.bytes);
        ASSERT_TRUE(e);
        EXPECT_EQ(e->tag, c.tag);
        EXPECT_EQ(e->size, c.size);
    }
}

TEST(BerTlv, ValueIsAViewIntoTheInput) {
    const Bytes bytes{0x81, 0x81, 0x80, 0x01};
    // 0x81 0x80 as a length is 128: more than there is.
    EXPECT_EQ(readBerTlv(bytes).error(), BerTlvProblem::Truncated);
    const Bytes ok{0xDF, 0x24, 0x81, 0x02, 'o', 'k', 'x'};
    auto e = readBerTlv(ok);
    ASSERT_TRUE(e);
    EXPECT_EQ(e->value.data(), ok.data() + 4);
    EXPECT_EQ(e->value.size(), 2u);
    EXPECT_EQ(e->size, 6u);
}

TEST(BerTlv, RefusesWhatItCannotReadSafely) {
    struct Case {
        Bytes bytes;
        BerTlvProblem problem;
    };
    for (const auto& c : {
             Case{{}, BerTlvProblem::Truncated},
             Case{{0xDF}, BerTlvProblem::Truncated},
             Case{{0xDF, 0x81}, BerTlvProblem::Truncated},
             Case{{0xDF, 0x81, 0x81, 0x01}, BerTlvProblem::BadTag},
             Case{{0x04}, BerTlvProblem::Truncated},
             Case{{0x04, 0x82, 0x01}, BerTlvProblem::Truncated},
             Case{{0x04, 0x80}, BerTlvProblem::BadLength},
             Case{{0x04, 0x84, 0xFF, 0xFF, 0xFF, 0xFF}, BerTlvProblem::BadLength},
             Case{{0x04, 0x82, 0xFF, 0xFF, 0x00}, BerTlvProblem::Truncated},
         }) {
        auto e = readBerTlv(c.bytes);
        ASSERT_FALSE(e);
        EXPECT_EQ(e.error(), c.problem);
    }
}

TEST(BerTlv, HeaderIsReadWithoutItsValue) {
    const Bytes head{0xFF, 0x20, 0x82, 0x01, 0x2C, 0xDF, 0x21};
    auto h = readBerTlvHeader(head);
    ASSERT_TRUE(h);
    EXPECT_EQ(h->tag, 0xFF20u);
    EXPECT_EQ(h->headerSize, 5u);
    EXPECT_EQ(h->valueSize, 0x12Cu);
    EXPECT_FALSE(readBerTlv(head));
}

}  // namespace
}  // namespace kiosk
