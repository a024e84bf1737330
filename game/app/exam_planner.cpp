#include "app/exam_planner.hpp"

#include <exception>
#include <string>
#include <utility>

#include "io/log/logging.hpp"

namespace chronik::app {

ExamPlanner::~ExamPlanner() {
    if (!worker_.joinable()) return;
    worker_.request_stop();
    wake_.notify_all();
    worker_.join();
}

std::uint64_t ExamPlanner::request(study::ExamPlanInputs inputs) {
    return request_job([in = std::move(inputs)] {
        const auto start = std::chrono::steady_clock::now();
        ExamPlanResult r;
        r.preparation = study::plan_preparation(in);
        const auto planned = std::chrono::steady_clock::now();
        r.advice = study::budget_advice(*r.preparation, in);
        const auto ms = [](auto d) {
            return std::to_string(std::chrono::duration_cast<std::chrono::microseconds>(d).count() /
                                  1000.0);
        };
        io::log_debug("exam plan of " + std::to_string(in.cards.size()) +
                      " cards: " + ms(planned - start) + " ms, advice " +
                      ms(std::chrono::steady_clock::now() - planned) + " ms (off the UI thread)");
        return r;
    });
}

std::uint64_t ExamPlanner::request_job(Job job) {
    std::uint64_t ticket = 0;
    {
        const std::lock_guard lock(mutex_);
        ticket = ++newest_;
        waiting_.emplace(ticket, std::move(job));  // a request not yet started is never needed
        done_.reset();                             // nor an older result
        if (!worker_.joinable())
            worker_ = std::jthread([this](const std::stop_token& stop) { run(stop); });
    }
    wake_.notify_one();
    return ticket;
}

void ExamPlanner::run(const std::stop_token& stop) {
    for (;;) {
        std::pair<std::uint64_t, Job> next;
        {
            std::unique_lock lock(mutex_);
            if (!wake_.wait(lock, stop, [&] { return waiting_.has_value(); })) return;
            next = std::move(*waiting_);
            waiting_.reset();
        }
        ExamPlanResult result;
        try {
            result = next.second();
        } catch (const std::exception& e) {
            result = {};
            result.problem = e.what();
        }
        result.ticket = next.first;
        {
            const std::lock_guard lock(mutex_);
            if (next.first == newest_)
                done_ = std::move(result);
            else
                ++dropped_;  // asked for again meanwhile: the newer request answers
        }
        done_cv_.notify_all();
    }
}

std::optional<ExamPlanResult> ExamPlanner::take() {
    const std::lock_guard lock(mutex_);
    return std::exchange(done_, std::nullopt);
}

bool ExamPlanner::wait(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    return done_cv_.wait_for(lock, timeout, [&] { return done_.has_value(); });
}

std::uint64_t ExamPlanner::dropped() const {
    const std::lock_guard lock(mutex_);
    return dropped_;
}

}  // namespace chronik::app
