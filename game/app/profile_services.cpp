#include "app/profile_services.hpp"

#include <algorithm>
#include <ctime>
#include <stdexcept>

#include "app/exam_planner.hpp"
#include "app/memory_model_tuning.hpp"
#include "app/profile_deck_choice.hpp"
#include "app/save_error_text.hpp"
#include "io/log/logging.hpp"
#include "io/save/durable_file.hpp"
#include "io/save/profile_glance.hpp"
#include "progress/study_day.hpp"
#include "study/study_session.hpp"
#include "sync/device_list.hpp"

namespace chronik::app {
namespace {

// The scene shows the sentence in the player's language; the details (the system's words, the
// other process holding a lock) go to the log.
[[noreturn]] void raise(const io::SaveError& e, const ui::StringTable& strings) {
    io::log_warn(e.describe());
    throw std::runtime_error(save_error_text(strings, e));
}

// The open profile: its storage (every answer appended at once) and the study rules of
// study::StudySession, asked with the wall clock and the local UTC offset.
class StorageSession final : public ui::ProfileSession {
public:
    StorageSession(ui::ProfileEntry entry, io::ProfileStorage storage,
                   const bank::QuestionBank& bank, const ui::StringTable& strings,
                   std::uint64_t seed, std::function<void(const ProfileSettings&)> apply)
        : entry_(std::move(entry)),
          storage_(std::move(storage)),
          bank_(bank),
          strings_(strings),
          apply_(std::move(apply)),
          study_(bank, storage_.settings(), entry_.id, seed) {}
    ~StorageSession() override {
        const auto closed = storage_.close();
        if (!closed)
            io::log_error("closing profile " + entry_.id + ": " + closed.error().describe());
    }

    const ui::ProfileEntry& profile() const override { return entry_; }

    study::StudyOverview overview() override {
        return study_.overview(progress(), io::now_ms(), local_utc_offset_minutes());
    }

    std::vector<round::DrawnItem> draw_quiz(std::size_t count) override {
        try {
            return study_.draw_quiz(progress(), count, io::now_ms(), local_utc_offset_minutes());
        } catch (const std::exception& e) {
            io::log_warn(std::string("study queue: ") + e.what());
            return {};
        }
    }

    std::vector<round::DrawnItem> draw_items(const std::vector<std::string>& ids) override {
        return study_.draw_items(progress(), ids, io::now_ms());
    }

    std::optional<std::string> record_answer(const std::string& item_id, Rating rating,
                                             RoundKind round, std::int64_t response_ms) override {
        const TimeMs now = io::now_ms();
        study::ReviewStep step;
        try {
            step = study_.review(progress(), item_id, rating, now);
        } catch (const std::exception& e) {
            io::log_error("scheduling " + item_id + ": " + e.what());
            return std::string(e.what());
        }
        ++changes_;
        const auto record =
            ReviewRecord::review(item_id, now, rating, round, response_ms,
                                 local_utc_offset_minutes(), step.before, step.after);
        // A read-only saves folder: the answer counts for this session only, so study goes on.
        const auto saved = storage_.saves_folder_read_only() ? storage_.apply_unsaved(record)
                                                             : storage_.append(record);
        if (!saved) {
            io::log_error("saving the answer to " + item_id + ": " + saved.error().describe());
            return save_error_text(strings_, saved.error());
        }
        return std::nullopt;
    }

    std::optional<std::string> not_saving_notice() const override {
        if (!storage_.saves_folder_read_only()) return std::nullopt;
        return strings_.get(ui::TextId::SavesReadOnlyStatus);
    }

    std::vector<const bank::Item*> deal_timeline() override {
        return study_.deal_timeline(progress(), io::now_ms());
    }

    std::uint64_t next_round_seed() override { return study_.next_round_seed(); }

    const bank::QuestionBank& bank() const override { return bank_; }

    std::optional<study::StudyTurn> next_study_card() override {
        try {
            auto turn = study_.next_card(progress(), io::now_ms(), local_utc_offset_minutes());
            if (turn && !turn->preview_problem.empty())
                io::log_warn("preview of " + turn->item->id + ": " + turn->preview_problem);
            return turn;
        } catch (const std::exception& e) {
            io::log_warn(std::string("study queue: ") + e.what());
            return std::nullopt;
        }
    }

    void focus_deck(std::optional<std::string> deck_id) override {
        study_.focus_deck(std::move(deck_id));
    }

    study::StudyOutlook study_outlook() override {
        try {
            return study_.outlook(progress(), io::now_ms(), local_utc_offset_minutes());
        } catch (const std::exception& e) {
            io::log_warn(std::string("study queue: ") + e.what());
            return {};
        }
    }

    std::vector<const bank::Item*> practice_cards(study::PracticeKind kind,
                                                  std::size_t count) override {
        return study_.practice_cards(progress(), kind, count, io::now_ms());
    }

    std::optional<std::string> undo_last_answer() override {
        const auto* last = progress().undoable();
        if (!last) return std::nullopt;
        const std::string id = last->card_id;
        ++changes_;
        const auto undone = storage_.saves_folder_read_only()
                                ? storage_.apply_unsaved(ReviewRecord::undo(
                                      id, io::now_ms(), local_utc_offset_minutes()))
                                : storage_.undo_last(io::now_ms(), local_utc_offset_minutes());
        if (!undone) raise(undone.error(), strings_);
        if (undone.value().outcome != ApplyOutcome::Undone) return std::nullopt;
        io::log_info("undid the last answer to " + id);
        study_.answer_undone(id);
        return id;
    }

    // The full plan costs 20–50 ms: it is planned on the planner's worker from copies of the
    // progress, once per change of what it is made from (an answer, an undo, new settings,
    // another bank, the next study day). Meanwhile the last plan is shown.
    ui::ExamPlanView exam_plan() override {
        if (auto done = planner_.take(); done && asked_key_ && done->ticket == asked_ticket_) {
            shown_ = ShownPlan{*asked_key_, std::move(done->preparation), done->advice,
                               std::move(done->problem)};
            ++plan_version_;
        }
        ui::ExamPlanView view;
        view.has_exam = study_.settings().exam.has_value();
        if (!view.has_exam) {
            if (shown_ || asked_key_) ++plan_version_;
            shown_.reset();
            asked_key_.reset();
            view.version = plan_version_;
            return view;
        }
        const auto key = exam_key();
        if (!asked_key_ || !(*asked_key_ == key)) {
            // A plan of another bank may point at items that are gone: not shown meanwhile.
            if (shown_ && shown_->key.bank_items != key.bank_items) {
                shown_.reset();
                ++plan_version_;
            }
            asked_key_ = key;
            try {
                if (auto inputs = study_.exam_inputs(progress(), io::now_ms(), key.offset))
                    asked_ticket_ = planner_.request(std::move(*inputs));
            } catch (const std::exception& e) {
                io::log_warn(std::string("exam plan: ") + e.what());
                shown_ = ShownPlan{key, std::nullopt, std::nullopt, e.what()};
                ++plan_version_;
            }
        }
        if (shown_) {
            if (shown_->preparation) view.preparation = &*shown_->preparation;
            if (shown_->advice) view.advice = &*shown_->advice;
            view.problem = shown_->problem;
        }
        view.computing = !shown_ || !(shown_->key == key);
        view.version = plan_version_;
        return view;
    }

    ExamGoal new_exam_goal() override {
        const TimeMs local = io::now_ms() + local_utc_offset_minutes() * kMinuteMs;
        return default_exam_goal(utc_day_number(local));
    }

    study::ProfileStatistics statistics() override {
        return study_.statistics(progress(), io::now_ms(), local_utc_offset_minutes());
    }

    std::vector<ui::DeviceReviews> devices() const override {
        std::vector<ui::DeviceReviews> out;
        for (const auto& d : sync::device_list(storage_.devices(), storage_.device()))
            out.push_back({d.device, d.reviews, d.this_computer});
        return out;
    }

    const ProfileSettings& settings() const override { return storage_.settings(); }

    std::vector<ui::SettingsConflict> settings_conflicts() const override {
        std::vector<ui::SettingsConflict> out;
        for (const auto& c : storage_.settings_conflicts()) {
            if (!c.field.starts_with("settings.")) continue;
            ui::SettingsConflict line{c.field.substr(9), {{c.kept.value, c.kept.id.device}}};
            for (const auto& o : c.others)
                line.values.emplace_back(o.value, o.id.device);
            out.push_back(std::move(line));
        }
        return out;
    }

    ui::DeckChoice& deck_choice() override { return deck_choice_; }

    // Settings ask for it when they open: the log is counted in the background from then on.
    ui::MemoryModelTuning& memory_model() override {
        if (!memory_model_)
            memory_model_ = std::make_unique<ProfileMemoryModel>(*this, storage_.folder());
        memory_model_->prefetch();
        return *memory_model_;
    }

    std::vector<std::string> save_settings(const ProfileSettings& s) override {
        auto problems = study::StudySession::settings_problems(s);
        if (!problems.empty()) return problems;
        if (storage_.saves_folder_read_only())
            return {strings_.get(ui::TextId::SavesReadOnlySettings)};
        const auto saved = storage_.set_settings(s);
        if (!saved) {
            io::log_error("saving the settings: " + saved.error().describe());
            return {save_error_text(strings_, saved.error())};
        }
        study_.use_settings(s);
        if (apply_) apply_(s);
        return {};
    }

private:
    const ProfileProgress& progress() const { return storage_.progress(); }

    // What the cached exam plan was computed from.
    struct ExamKey {
        std::uint64_t changes = 0;
        std::int64_t day = 0;
        int offset = 0;
        std::size_t bank_items = 0;
        ProfileSettings settings;
        friend bool operator==(const ExamKey&, const ExamKey&) = default;
    };
    // The plan on show, and what it was made from.
    struct ShownPlan {
        ExamKey key;
        std::optional<study::ExamPreparation> preparation;
        std::optional<study::BudgetAdvice> advice;
        std::string problem;
    };
    ExamKey exam_key() const {
        const int offset = local_utc_offset_minutes();
        return {changes_, study_day(io::now_ms(), offset), offset, bank_.item_count(),
                study_.settings()};
    }
    std::uint64_t changes_ = 0;  // answers and undos recorded through this session
    std::optional<ShownPlan> shown_;
    std::optional<ExamKey> asked_key_;  // what the newest request was made from
    std::uint64_t asked_ticket_ = 0;
    std::uint64_t plan_version_ = 0;
    ExamPlanner planner_;

    ui::ProfileEntry entry_;
    io::ProfileStorage storage_;
    const bank::QuestionBank& bank_;
    const ui::StringTable& strings_;
    std::function<void(const ProfileSettings&)> apply_;
    study::StudySession study_;
    ProfileDeckChoice deck_choice_{*this};
    // Last, so that a running fit is cancelled and joined before the rest goes away.
    std::unique_ptr<ProfileMemoryModel> memory_model_;
};

}  // namespace

std::vector<ui::ProfileEntry> StoreProfileDirectory::list() {
    auto listed = store_.list();
    if (!listed) raise(listed.error(), strings_);
    std::vector<ui::ProfileEntry> out;
    for (const auto& p : listed.value()) {
        ui::ProfileEntry entry{p.id, p.display_name, std::nullopt, {}};
        for (const auto& n : p.name_conflict)
            entry.name_conflict.emplace_back(n.name, n.device);
        if (bank_) {
            // From the snapshot alone, never the review log (which may be huge): the list stays
            // fast whatever a profile holds. A profile whose snapshot cannot be read is listed
            // without figures (opening it repairs it or shows why).
            auto glance = io::glance_at_profile(p.folder);
            if (glance) {
                const study::StudySession session(*bank_, glance.value().settings, p.id, 0);
                const auto o = session.overview(ProfileProgress(std::move(glance.value().progress)),
                                                io::now_ms(), local_utc_offset_minutes());
                entry.today = ui::ProfileToday{o.due_today, o.new_available};
            } else {
                io::log_warn("profile list: " + glance.error().describe());
            }
        }
        out.push_back(std::move(entry));
    }
    return out;
}

ui::ProfileEntry StoreProfileDirectory::create(const std::string& name) {
    ProfileSettings initial;
    initial.language = language_;
    auto created = store_.create(name, initial);
    if (!created && created.error().kind == io::SaveErrorKind::ReadOnly) {
        // Said plainly; the system's wording ("Permission denied" ...) goes to the log.
        io::log_warn("creating a profile: " + created.error().describe());
        throw std::runtime_error(strings_.get(ui::TextId::SavesReadOnlyCreate));
    }
    if (!created) raise(created.error(), strings_);
    io::log_info("profile created: " + created.value().id);
    return {created.value().id, created.value().display_name, std::nullopt, {}};
}

void StoreProfileDirectory::rename(const std::string& id, const std::string& name) {
    auto renamed = store_.rename(id, name);
    if (!renamed) raise(renamed.error(), strings_);
    io::log_info("profile renamed: " + id);
}

void StoreProfileDirectory::remove(const std::string& id) {
    auto removed = store_.remove(id);
    if (!removed) raise(removed.error(), strings_);
    io::log_info("profile moved to " + removed.value().string());
}

int local_utc_offset_minutes() {
    const std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    return static_cast<int>(local.tm_gmtoff / 60);
}

ui::OpenedProfile StorageProfileOpener::open(const ui::ProfileEntry& entry) {
    auto opened = store_.open(entry.id);
    if (!opened) raise(opened.error(), strings_);
    auto storage = std::move(opened).value();
    ui::OpenedProfile out;
    // A read-only folder: one plain notice. Nothing was repaired (nothing can be written), so
    // what the check found goes to the log only.
    const bool read_only = storage.saves_folder_read_only();
    if (read_only) out.notices.push_back(strings_.get(ui::TextId::SavesReadOnly));
    for (const auto& m : storage.report().messages) {
        const std::string line = m.file + ": " + m.reason;
        if (m.level == io::MessageLevel::Info) {
            io::log_info("profile " + entry.id + ": " + line);
            continue;
        }
        io::log_warn("profile " + entry.id + ": " + line);
        if (read_only) continue;
        out.notices.push_back(
            strings_.format(ui::TextId::ProblemSave,
                            {entry.name, strings_.format(ui::TextId::ProblemDetail, {line})}));
    }
    if (apply_settings_) apply_settings_(storage.settings());
    io::log_info("profile opened: " + entry.id);
    out.session = std::make_unique<StorageSession>(entry, std::move(storage), bank_, strings_,
                                                   seed_, apply_settings_);
    return out;
}

}  // namespace chronik::app
