#pragma once
// PDF rendering off the UI thread (ARCHITECTURE.md: long work posts results
// back). The UI starts a job with everything it needs copied in, polls
// ready() once a frame and takes the result when it is there.
//
//   auto job = RenderJob<PdfBytes>::start([slip, settings] {
//       return renderFrontDeskSlip(slip, settings);
//   });
//   ...each frame: if (job.ready()) show(job.take());
#include <chrono>
#include <future>
#include <system_error>
#include <utility>

#include "PdfError.h"

namespace kiosk {

template <class T>
class RenderJob {
public:
    // `work` runs on its own thread and must own its inputs (capture by value).
    // Where no thread can be started it runs here and now instead.
    template <class Work>
    static RenderJob start(Work work) {
        try {
            return RenderJob(std::async(std::launch::async, std::move(work)));
        } catch (const std::system_error&) {
            std::promise<PdfResult<T>> done;
            done.set_value(work());
            return RenderJob(done.get_future());
        }
    }

    // True once the result can be taken without waiting.
    bool ready() const {
        return future_.valid() &&
               future_.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
    }
    // True until the result has been taken.
    bool pending() const { return future_.valid(); }
    // The result; waits for it if the job is still running. Once only.
    PdfResult<T> take() { return future_.get(); }

private:
    explicit RenderJob(std::future<PdfResult<T>> future) : future_(std::move(future)) {}
    std::future<PdfResult<T>> future_;
};

}  // namespace kiosk
