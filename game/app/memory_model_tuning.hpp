// The memory-model service of an open profile: reads and fits its own review log off the UI
// thread and saves personal FSRS weights through the profile session.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "ui/services/game_services.hpp"
#include "ui/services/memory_model_tuning.hpp"

namespace chronik::app {

class ProfileMemoryModel final : public ui::MemoryModelTuning {
public:
    // `profile_folder` holds the profile's review log; `session` saves the settings and must
    // outlive this object (the destructor cancels a running fit and waits for it).
    ProfileMemoryModel(ui::ProfileSession& session, std::filesystem::path profile_folder);
    ~ProfileMemoryModel() override;
    ProfileMemoryModel(const ProfileMemoryModel&) = delete;
    ProfileMemoryModel& operator=(const ProfileMemoryModel&) = delete;

    // Starts counting the log's reviews and items on a worker thread when the log changed since
    // the last count, so that status() seldom has to wait (reading costs about 50 µs a review).
    void prefetch();

    ui::MemoryModelStatus status() override;
    void start_fit() override;
    void cancel_fit() override;
    ui::FitState fit_state() override;
    const std::optional<ui::MemoryModelFit>& result() const override { return result_; }
    const std::string& error() const override { return error_; }
    std::optional<std::string> apply(const ui::MemoryModelFit& fit) override;
    ui::PastedWeights apply_pasted(const std::string& text) override;
    std::optional<std::string> reset_to_defaults() override;

private:
    std::optional<std::string> save(const ProfileSettings& next);

    struct Work;  // the worker threads and what they read (keeps the optimizer out of this header)
    ui::ProfileSession& session_;
    std::filesystem::path folder_;
    std::unique_ptr<Work> work_;
    ui::FitState state_ = ui::FitState::Idle;
    std::optional<ui::MemoryModelFit> result_;
    std::string error_;
};

}  // namespace chronik::app
