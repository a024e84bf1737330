#include "app/profile_services.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <stdexcept>

#include "io/log/logging.hpp"
#include "progress/study_day.hpp"
#include "random/rng.hpp"
#include "round/timeline_deal.hpp"
#include "srs/scheduler.hpp"
#include "srs/study_queue.hpp"
#include "srs/study_settings.hpp"

namespace chronik::app {
namespace {

[[noreturn]] void raise(const io::SaveError& e) {
    throw std::runtime_error(e.describe());
}

std::vector<int> step_minutes(const std::vector<std::string>& steps) {
    std::vector<int> out;
    for (const auto& s : steps)
        if (const auto ms = parse_step(s))
            out.push_back(static_cast<int>(std::max<TimeMs>(1, *ms / kMinuteMs)));
    return out;
}

StudySettings study_settings_of(const ProfileSettings& p) {
    StudySettings s;
    s.desired_retention = p.desired_retention;
    s.maximum_interval_days = p.maximum_interval_days;
    s.daily_new_limit = p.daily_new_limit;
    s.daily_review_limit = p.daily_review_limit;
    s.learning_steps = step_minutes(p.learning_steps);
    s.relearning_steps = step_minutes(p.relearning_steps);
    return s;
}

std::uint64_t text_hash(const std::string& s) {
    std::uint64_t h = 1469598103934665603ULL;  // FNV-1a: a stable per-profile seed
    for (unsigned char c : s)
        h = (h ^ c) * 1099511628211ULL;
    return h;
}

class StorageSession final : public ui::ProfileSession {
public:
    StorageSession(ui::ProfileEntry entry, io::ProfileStorage storage,
                   const bank::QuestionBank& bank, std::uint64_t seed)
        : entry_(std::move(entry)),
          storage_(std::move(storage)),
          bank_(bank),
          settings_(study_settings_of(storage_.settings())),
          scheduler_(scheduler_params(settings_, text_hash(entry_.id))),
          rng_(seed) {}
    ~StorageSession() override {
        const auto closed = storage_.close();
        if (!closed)
            io::log_error("closing profile " + entry_.id + ": " + closed.error().describe());
    }

    const ui::ProfileEntry& profile() const override { return entry_; }

    ui::StudyOverview overview() override {
        const TimeMs now = now_ms();
        const auto& progress = storage_.progress();
        const auto day = study_day(now, local_utc_offset_minutes());
        ui::StudyOverview o;
        long long unseen = 0;
        for (const auto* item : bank_.items()) {
            const auto card = progress.card(item->id);
            if (!card || card->phase == CardPhase::New)
                ++unseen;
            else if (card->due <= now)
                ++o.due_today;
        }
        long long new_today = 0;
        if (const auto it = progress.days().find(day); it != progress.days().end())
            new_today = it->second.new_cards;
        const long long allowance =
            std::max<long long>(0, storage_.settings().daily_new_limit - new_today);
        o.new_available = std::min(unseen, allowance);
        o.streak_days = progress.streak().current_days;
        return o;
    }

    std::vector<round::DrawnItem> draw_quiz(std::size_t count) override {
        const TimeMs now = now_ms();
        const int offset = local_utc_offset_minutes();
        const auto& progress = storage_.progress();
        std::vector<const bank::Item*> items;
        std::vector<StudyCard> cards;
        for (const auto* item : bank_.items()) {
            if (item->kind() != bank::ItemKind::MultipleChoice) continue;
            cards.push_back(
                {items.size(), progress.card(item->id).value_or(CardState::fresh(now))});
            items.push_back(item);
        }
        DoneToday done;
        if (const auto it = progress.days().find(study_day(now, offset));
            it != progress.days().end()) {
            done.new_cards = static_cast<int>(it->second.new_cards);
            done.reviews = static_cast<int>(it->second.reviews - it->second.new_cards);
        }
        std::vector<round::DrawnItem> drawn;
        std::vector<bool> taken(items.size(), false);
        try {
            StudyQueue queue(cards, settings_, now, offset, done, rng_());
            while (drawn.size() < count) {
                const auto next = queue.take(now);
                if (!next) break;
                taken[next->id] = true;
                drawn.push_back({items[next->id], cards[next->id].state});
            }
        } catch (const std::exception& e) {
            io::log_warn(std::string("study queue: ") + e.what());
        }
        // Practice beyond today's schedule: the rest in a seeded random order.
        std::vector<std::size_t> rest;
        for (std::size_t i = 0; i < items.size(); ++i)
            if (!taken[i]) rest.push_back(i);
        rng_.shuffle(rest.begin(), rest.end());
        for (std::size_t i = 0; i < rest.size() && drawn.size() < count; ++i)
            drawn.push_back({items[rest[i]], cards[rest[i]].state});
        return drawn;
    }

    std::vector<round::DrawnItem> draw_items(const std::vector<std::string>& ids) override {
        const TimeMs now = now_ms();
        std::vector<round::DrawnItem> drawn;
        for (const auto& id : ids)
            if (const auto* item = bank_.find(id))
                drawn.push_back(
                    {item, storage_.progress().card(id).value_or(CardState::fresh(now))});
        return drawn;
    }

    std::optional<std::string> record_answer(const std::string& item_id, Rating rating,
                                             RoundKind round, std::int64_t response_ms) override {
        const TimeMs now = now_ms();
        const CardState before = storage_.progress().card(item_id).value_or(CardState::fresh(now));
        CardState after;
        try {
            after = scheduler_.next(before, rating, now, text_hash(item_id));
        } catch (const std::exception& e) {
            io::log_error("scheduling " + item_id + ": " + e.what());
            return std::string(e.what());
        }
        const auto saved = storage_.append(ReviewRecord::review(
            item_id, now, rating, round, response_ms, local_utc_offset_minutes(), before, after));
        if (!saved) {
            io::log_error("saving the answer to " + item_id + ": " + saved.error().describe());
            return saved.error().describe();
        }
        return std::nullopt;
    }

    std::vector<const bank::Item*> deal_timeline() override {
        const TimeMs now = now_ms();
        const auto& progress = storage_.progress();
        // Due event cards first (most overdue first), then everything else at random.
        std::vector<std::pair<TimeMs, const bank::Item*>> due;
        std::vector<const bank::Item*> others;
        for (const auto* item : bank_.items()) {
            if (item->kind() != bank::ItemKind::Event) continue;
            const auto card = progress.card(item->id);
            if (card && card->phase != CardPhase::New && card->due <= now)
                due.emplace_back(card->due, item);
            else
                others.push_back(item);
        }
        std::sort(due.begin(), due.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        std::vector<const bank::Item*> pool;
        for (const auto& d : due)
            pool.push_back(d.second);
        pool.insert(pool.end(), others.begin(), others.end());
        round::TimelineDealOptions options;
        options.event_count = 6;
        options.priority_count = due.size();
        return round::deal_timeline(pool, options, rng_);
    }

    std::uint64_t next_round_seed() override { return rng_(); }

private:
    ui::ProfileEntry entry_;
    io::ProfileStorage storage_;
    const bank::QuestionBank& bank_;
    StudySettings settings_;
    Scheduler scheduler_;
    Rng rng_;
};

}  // namespace

std::vector<ui::ProfileEntry> StoreProfileDirectory::list() {
    auto listed = store_.list();
    if (!listed) raise(listed.error());
    std::vector<ui::ProfileEntry> out;
    for (const auto& p : listed.value())
        out.push_back({p.id, p.display_name});
    return out;
}

ui::ProfileEntry StoreProfileDirectory::create(const std::string& name) {
    auto created = store_.create(name);
    if (!created) raise(created.error());
    io::log_info("profile created: " + created.value().id);
    return {created.value().id, created.value().display_name};
}

void StoreProfileDirectory::rename(const std::string& id, const std::string& name) {
    auto renamed = store_.rename(id, name);
    if (!renamed) raise(renamed.error());
    io::log_info("profile renamed: " + id);
}

void StoreProfileDirectory::remove(const std::string& id) {
    auto removed = store_.remove(id);
    if (!removed) raise(removed.error());
    io::log_info("profile moved to " + removed.value().string());
}

int local_utc_offset_minutes() {
    const std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    return static_cast<int>(local.tm_gmtoff / 60);
}

TimeMs now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::unique_ptr<ui::ProfileSession> SessionFactory::open(const ui::ProfileEntry& entry) const {
    auto opened = store.open(entry.id);
    if (!opened) raise(opened.error());
    auto storage = std::move(opened).value();
    for (const auto& m : storage.report().messages) {
        const std::string line = m.file + ": " + m.reason;
        if (m.level == io::MessageLevel::Info) {
            io::log_info("profile " + entry.id + ": " + line);
            continue;
        }
        io::log_warn("profile " + entry.id + ": " + line);
        services.pending_notices.push_back(
            strings.format(ui::TextId::ProblemSave, {entry.id, line}));
    }
    if (apply_settings) apply_settings(storage.settings());
    io::log_info("profile opened: " + entry.id);
    return std::make_unique<StorageSession>(entry, std::move(storage), bank, seed);
}

}  // namespace chronik::app
