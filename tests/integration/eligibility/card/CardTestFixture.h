#pragma once
// A fresh pcscd per test, a PC/SC context on it, and a virtual card put in
// the reader on request.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "PcscdProcess.h"
#include "VirtualCardProcess.h"
#include "eligibility/card/MyNumberCard.h"
#include "eligibility/card/PcscContext.h"

namespace kiosk::test {

class CardTest : public ::testing::Test {
protected:
    explicit CardTest(PcscdProcess::Readers readers = PcscdProcess::Readers::VirtualPcd)
        : pcscd_(readers) {}

    void SetUp() override {
        ASSERT_TRUE(pcscd_.ready()) << "pcscd did not start (needs root for its namespace):\n"
                                    << pcscdLog();
        auto context = PcscContext::establish();
        ASSERT_TRUE(context) << context.error().message;
        pcsc_.emplace(std::move(*context));
    }

    // Starts the virtual card and waits until PC/SC sees it in the reader.
    VirtualCardProcess& insertCard(const std::vector<std::string>& options = {}) {
        card_ = std::make_unique<VirtualCardProcess>(pcscd_.cardPort(), options);
        auto present = pcsc().waitForCard(kVirtualReader, std::chrono::seconds(10));
        EXPECT_TRUE(present) << present.error().message;
        return *card_;
    }

    PcscContext& pcsc() { return *pcsc_; }
    VirtualCardProcess& card() { return *card_; }
    PcscdProcess& pcscd() { return pcscd_; }

    std::string pcscdLog() const {
        std::ifstream in(pcscd_.log());
        return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    }

    // The command APDUs the card received that start with `prefix` (hex).
    std::size_t sent(const std::string& prefix, std::size_t minimumHexLength = 0) const {
        const auto apdus = card_->apdus();
        return static_cast<std::size_t>(std::count_if(apdus.begin(), apdus.end(), [&](auto& a) {
            return a.rfind(prefix, 0) == 0 && a.size() >= minimumHexLength;
        }));
    }

private:
    PcscdProcess pcscd_;
    std::optional<PcscContext> pcsc_;
    std::unique_ptr<VirtualCardProcess> card_;
};

}  // namespace kiosk::test
