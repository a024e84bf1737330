#include "app/memory_model_tuning.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <future>
#include <system_error>

#include "io/log/logging.hpp"
#include "io/revlog/profile_reviews.hpp"
#include "io/save/review_log.hpp"
#include "optimize/personal_model.hpp"
#include "optimize/weights.hpp"

namespace chronik::app {
namespace {

namespace fs = std::filesystem;

ui::ModelFigures figures(const optimize::Metrics& m) {
    return {m.log_loss, m.rmse_bins};
}

ui::FitVerdict verdict(optimize::PersonalModelVerdict v) {
    switch (v) {
        case optimize::PersonalModelVerdict::Better:
            return ui::FitVerdict::Better;
        case optimize::PersonalModelVerdict::OverFitted:
            return ui::FitVerdict::OverFitted;
        case optimize::PersonalModelVerdict::NotBetter:
            break;
    }
    return ui::FitVerdict::NotBetter;
}

// The reviews in effect, read the way chronik-cli optimize --saves --profile reads them.
std::vector<optimize::ReviewRow> read_rows(const fs::path& folder) {
    return io::read_profile_folder_reviews(folder).rows;
}

std::optional<std::uintmax_t> log_size(const fs::path& folder) {
    std::error_code ec;
    const auto size = fs::file_size(folder / io::kLogFileName, ec);
    if (ec) return std::nullopt;
    return size;
}

// What the log allows, and the log size it was counted at.
struct Count {
    optimize::PersonalModelReadiness readiness;
    std::optional<std::uintmax_t> size;
};

Count count_log(const fs::path& folder) {
    Count c;
    c.size = log_size(folder);
    c.readiness =
        optimize::personal_model_readiness(optimize::build_training_data(read_rows(folder)));
    return c;
}

ui::MemoryModelFit run_fit(const fs::path& folder, const std::atomic<bool>& cancel) {
    const auto start = std::chrono::steady_clock::now();
    const auto rows = read_rows(folder);
    optimize::OptimizeOptions options;
    options.on_iteration = [&cancel](int, double) { return !cancel.load(); };
    const optimize::PersonalModelFit fit = optimize::fit_personal_model(rows, options);
    ui::MemoryModelFit out;
    std::copy(fit.weights.begin(), fit.weights.end(), out.weights.begin());
    out.items = fit.fitted.items;
    out.defaults = figures(fit.defaults);
    out.fitted = figures(fit.fitted);
    out.improvement_percent = fit.improvement_percent;
    out.split_improvement_percent = fit.split_improvement_percent;
    out.verdict = verdict(fit.verdict);
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return out;
}

}  // namespace

struct ProfileMemoryModel::Work {
    std::atomic<bool> cancel{false};
    std::future<ui::MemoryModelFit> fit;
    std::future<Count> counting;
    std::optional<Count> counted;
};

ProfileMemoryModel::ProfileMemoryModel(ui::ProfileSession& session, fs::path folder)
    : session_(session), folder_(std::move(folder)), work_(std::make_unique<Work>()) {}

ProfileMemoryModel::~ProfileMemoryModel() {
    work_->cancel = true;
    if (work_->fit.valid()) work_->fit.wait();
    if (work_->counting.valid()) work_->counting.wait();
}

void ProfileMemoryModel::prefetch() {
    if (work_->counting.valid()) return;
    if (work_->counted && work_->counted->size && work_->counted->size == log_size(folder_)) return;
    work_->counting =
        std::async(std::launch::async, [folder = folder_] { return count_log(folder); });
}

ui::MemoryModelStatus ProfileMemoryModel::status() {
    ui::MemoryModelStatus s;
    s.items_needed = optimize::kItemsForPersonalModel;
    s.personal_in_use = session_.settings().fsrs_weights.has_value();
    try {
        // The log only grows while the profile is open: count again only when it changed.
        prefetch();
        if (work_->counting.valid()) work_->counted = work_->counting.get();
        s.reviews = work_->counted->readiness.reviews;
        s.items = work_->counted->readiness.items;
    } catch (const std::exception& e) {
        work_->counted.reset();
        s.problem = e.what();
        io::log_warn(std::string("memory model: ") + e.what());
    }
    return s;
}

void ProfileMemoryModel::start_fit() {
    if (state_ == ui::FitState::Running) return;
    work_->cancel = false;
    result_.reset();
    error_.clear();
    state_ = ui::FitState::Running;
    work_->fit = std::async(std::launch::async, [folder = folder_, work = work_.get()] {
        return run_fit(folder, work->cancel);
    });
}

void ProfileMemoryModel::cancel_fit() {
    if (state_ == ui::FitState::Running) work_->cancel = true;
}

ui::FitState ProfileMemoryModel::fit_state() {
    if (state_ == ui::FitState::Running &&
        work_->fit.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
        try {
            result_ = work_->fit.get();
            state_ = ui::FitState::Done;
            io::log_info("memory model fitted on " + std::to_string(result_->items) + " items in " +
                         std::to_string(result_->seconds) + " s");
        } catch (const optimize::FitCancelled&) {
            state_ = ui::FitState::Idle;
        } catch (const std::exception& e) {
            error_ = e.what();
            state_ = ui::FitState::Failed;
            io::log_warn("memory model fit failed: " + error_);
        }
    }
    return state_;
}

std::optional<std::string> ProfileMemoryModel::apply(const ui::MemoryModelFit& fit) {
    ProfileSettings next = session_.settings();
    next.fsrs_weights = fit.weights;
    return save(next);
}

ui::PastedWeights ProfileMemoryModel::apply_pasted(const std::string& text) {
    ui::PastedWeights out;
    const auto weights = optimize::read_pasted_weights(text);
    if (!weights) {
        out.problem = weights.error();
        io::log_info("memory model: pasted weights refused: " + optimize::describe(out.problem));
        return out;
    }
    ProfileSettings next = session_.settings();
    next.fsrs_weights = weights.value();
    if (auto problem = save(next)) {
        out.result = ui::PastedWeights::Result::NotSaved;
        out.why = *problem;
        return out;
    }
    out.result = ui::PastedWeights::Result::Applied;
    io::log_info("memory model: pasted weights applied: " +
                 optimize::format_weights(weights.value(), 6));
    return out;
}

std::optional<std::string> ProfileMemoryModel::reset_to_defaults() {
    ProfileSettings next = session_.settings();
    next.fsrs_weights.reset();
    return save(next);
}

std::optional<std::string> ProfileMemoryModel::save(const ProfileSettings& next) {
    const auto problems = session_.save_settings(next);
    if (problems.empty()) return std::nullopt;
    io::log_warn("memory model: settings not saved: " + problems.front());
    return problems.front();
}

}  // namespace chronik::app
