#include <gtest/gtest.h>

#include <thread>

#include "output/RenderJob.h"

namespace kiosk {
namespace {

TEST(RenderJob, RunsOffTheCallingThreadAndHandsOverTheResultOnce) {
    auto caller = std::this_thread::get_id();
    std::thread::id worker;
    auto job = RenderJob<PdfBytes>::start([&worker]() -> PdfResult<PdfBytes> {
        worker = std::this_thread::get_id();
        return PdfBytes{'%', 'P', 'D', 'F'};
    });
    EXPECT_TRUE(job.pending());
    auto result = job.take();
    ASSERT_TRUE(result);
    EXPECT_EQ(result->size(), 4u);
    EXPECT_NE(worker, caller);
    EXPECT_FALSE(job.pending());
    EXPECT_FALSE(job.ready());
}

TEST(RenderJob, IsNotReadyWhileTheWorkRunsThenReady) {
    std::promise<void> release;
    auto gate = release.get_future().share();
    auto job = RenderJob<PdfBytes>::start([gate]() -> PdfResult<PdfBytes> {
        gate.wait();
        return PdfBytes{};
    });
    EXPECT_FALSE(job.ready());
    release.set_value();
    while (!job.ready()) std::this_thread::yield();
    EXPECT_TRUE(job.take());
}

TEST(RenderJob, PassesAFailureThrough) {
    auto job = RenderJob<PdfBytes>::start([]() -> PdfResult<PdfBytes> {
        return fail(PdfError{PdfError::Reason::FontUnreadable, "font x: file not found"});
    });
    auto result = job.take();
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().reason, PdfError::Reason::FontUnreadable);
}

}  // namespace
}  // namespace kiosk
