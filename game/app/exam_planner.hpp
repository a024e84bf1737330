// Exam plans computed on a worker thread: a full plan costs 20–50 ms and home and the plan screen
// re-plan after answers (issue 18: re-planning must not block a frame). Only the newest request
// counts: one still waiting is replaced, and a plan finished for an older request is dropped.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "study/exam_preparation.hpp"

namespace chronik::app {

struct ExamPlanResult {
    std::uint64_t ticket = 0;  // the request it answers
    std::optional<study::ExamPreparation> preparation;
    std::optional<study::BudgetAdvice> advice;
    std::string problem;  // why no plan could be made (an exam more than 400 days away)
};

class ExamPlanner {
public:
    using Job = std::function<ExamPlanResult()>;

    ExamPlanner() = default;
    // Drops a waiting request and waits for the running one (its inputs are its own copies).
    ~ExamPlanner();
    ExamPlanner(const ExamPlanner&) = delete;
    ExamPlanner& operator=(const ExamPlanner&) = delete;

    // Plans `inputs` (the plan, then its budget advice) on the worker; returns the request's
    // ticket. The worker thread starts with the first request.
    std::uint64_t request(study::ExamPlanInputs inputs);
    // Any job in place of a plan (tests); an exception it throws becomes the result's problem.
    std::uint64_t request_job(Job job);
    // The result of the newest request once it is done, once; never blocks.
    std::optional<ExamPlanResult> take();
    // Waits until the newest request is done (tests, benchmarks); false after `timeout`.
    bool wait(std::chrono::milliseconds timeout);
    // Results finished for a request that a newer one had replaced, and not delivered.
    std::uint64_t dropped() const;

private:
    void run(const std::stop_token& stop);

    mutable std::mutex mutex_;
    std::condition_variable_any wake_;  // a request arrived (or stop)
    std::condition_variable done_cv_;   // a result arrived
    std::uint64_t newest_ = 0;          // the ticket of the newest request
    std::optional<std::pair<std::uint64_t, Job>> waiting_;
    std::optional<ExamPlanResult> done_;
    std::uint64_t dropped_ = 0;
    std::jthread worker_;  // last: stopped and joined before the rest goes away
};

}  // namespace chronik::app
