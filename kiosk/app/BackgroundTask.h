#pragma once
// One piece of slow work (an eligibility check, a card read) on its own
// thread, so the UI thread never blocks. The result is collected by polling
// from the UI thread; `wake` tells the render-on-events loop to look.
#include <functional>
#include <mutex>
#include <optional>
#include <stop_token>
#include <thread>
#include <utility>

namespace kiosk::app {

template <class T>
class BackgroundTask {
public:
    explicit BackgroundTask(std::function<void()> wake) : wake_(std::move(wake)) {}
    ~BackgroundTask() { cancel(); }
    BackgroundTask(const BackgroundTask&) = delete;
    BackgroundTask& operator=(const BackgroundTask&) = delete;

    // Starts `work`; a task still running is cancelled and its result dropped.
    void start(std::function<T(std::stop_token)> work) {
        cancel();
        running_ = true;
        thread_ = std::jthread([this, work = std::move(work)](std::stop_token stop) {
            T result = work(stop);
            {
                std::lock_guard lock(mutex_);
                if (!stop.stop_requested()) result_ = std::move(result);
            }
            if (wake_) wake_();
        });
    }

    bool running() const { return running_; }

    // The result once the work is done; then the task is idle again.
    std::optional<T> take() {
        std::lock_guard lock(mutex_);
        if (!result_) return std::nullopt;
        running_ = false;
        return std::exchange(result_, std::nullopt);
    }

    // Asks the work to stop and waits for its thread; any result is dropped.
    void cancel() {
        if (thread_.joinable()) {
            thread_.request_stop();
            thread_.join();
        }
        std::lock_guard lock(mutex_);
        result_.reset();
        running_ = false;
    }

private:
    std::function<void()> wake_;
    std::mutex mutex_;
    std::optional<T> result_;
    bool running_ = false;
    std::jthread thread_;
};

}  // namespace kiosk::app
