#include "app/profile_services.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <stdexcept>

#include "app/profile_deck_choice.hpp"
#include "app/memory_model_tuning.hpp"
#include "io/log/logging.hpp"
#include "progress/study_day.hpp"
#include "random/rng.hpp"
#include "round/timeline_deal.hpp"
#include "srs/scheduler.hpp"
#include "srs/study_queue.hpp"
#include "srs/study_settings.hpp"
#include "study/profile_study.hpp"

namespace chronik::app {
namespace {

[[noreturn]] void raise(const io::SaveError& e) {
    throw std::runtime_error(e.describe());
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
                   const bank::QuestionBank& bank, std::uint64_t seed,
                   std::function<void(const ProfileSettings&)> apply)
        : entry_(std::move(entry)),
          storage_(std::move(storage)),
          bank_(bank),
          apply_(std::move(apply)),
          settings_(study_settings_of(storage_.settings())),
          scheduler_(scheduler_params(settings_, text_hash(entry_.id),
                                      fsrs_weights_of(storage_.settings()))),
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
        for (const auto* item : studied()) {
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
        for (const auto* item : studied()) {
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
        prefer_id_.clear();
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
        for (const auto* item : studied()) {
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

    const bank::QuestionBank& bank() const override { return bank_; }

    std::optional<ui::StudyTurn> next_study_card() override {
        const TimeMs now = now_ms();
        auto study = build_study(now);
        if (!study.queue) return std::nullopt;
        std::optional<QueuedCard> next = study.queue->peek(now);
        // Right after an undo the card whose answer was taken back comes again first.
        if (!prefer_id_.empty()) {
            for (std::size_t i = 0; i < study.items.size(); ++i)
                if (study.items[i]->id == prefer_id_) next = QueuedCard{i, QueueSource::Review};
            prefer_id_.clear();
        }
        if (!next) return std::nullopt;
        const auto* item = study.items[next->id];
        ui::StudyTurn turn;
        turn.item = item;
        try {
            const auto preview =
                scheduler_.preview(study.cards[next->id].state, now, text_hash(item->id));
            for (std::size_t i = 0; i < 4; ++i)
                turn.intervals_ms[i] = preview.outcomes[i].interval_ms;
        } catch (const std::exception& e) {
            io::log_warn("preview of " + item->id + ": " + e.what());
        }
        turn.remaining = std::max<long long>(
            1, static_cast<long long>(study.queue->learning_count() + study.queue->review_count() +
                                      study.queue->new_count()));
        return turn;
    }

    ui::StudyOutlook study_outlook() override {
        const TimeMs now = now_ms();
        auto study = build_study(now);
        ui::StudyOutlook o;
        if (!study.queue) return o;
        const TimeMs end_of_tomorrow = study.queue->rollover_at() + kDayMs;
        const auto& dues = storage_.progress().due_times();
        o.due_tomorrow =
            static_cast<long long>(std::distance(dues.begin(), dues.lower_bound(end_of_tomorrow)));
        long long unseen = 0;
        for (const auto& c : study.cards)
            if (c.state.phase == CardPhase::New) ++unseen;
        o.new_tomorrow = std::min<long long>(unseen, storage_.settings().daily_new_limit);
        o.learning_later = static_cast<long long>(study.queue->learning_count());
        return o;
    }

    std::vector<const bank::Item*> practice_cards(ui::PracticeKind kind,
                                                  std::size_t count) override {
        const TimeMs now = now_ms();
        const auto& progress = storage_.progress();
        std::vector<std::pair<double, const bank::Item*>> known;
        std::vector<const bank::Item*> unseen;
        for (const auto* item : studied()) {
            const auto card = progress.card(item->id);
            if (!card || card->phase == CardPhase::New) {
                unseen.push_back(item);
                continue;
            }
            const double key = kind == ui::PracticeKind::Ahead
                                   ? static_cast<double>(card->due)
                                   : scheduler_.retrievability(*card, now);
            known.emplace_back(key, item);
        }
        std::stable_sort(known.begin(), known.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        std::vector<const bank::Item*> out;
        for (const auto& k : known)
            if (out.size() < count) out.push_back(k.second);
        // With too few studied cards, practise unseen ones too (still outside the schedule).
        for (const auto* item : unseen)
            if (out.size() < count) out.push_back(item);
        return out;
    }

    std::optional<std::string> undo_last_answer() override {
        const auto* last = storage_.progress().undoable();
        if (!last) return std::nullopt;
        const std::string id = last->card_id;
        const auto undone = storage_.undo_last(now_ms(), local_utc_offset_minutes());
        if (!undone) throw std::runtime_error(undone.error().describe());
        if (undone.value().outcome != ApplyOutcome::Undone) return std::nullopt;
        io::log_info("undid the last answer to " + id);
        prefer_id_ = id;
        return id;
    }

    ui::ProfileStatistics statistics() override {
        const TimeMs now = now_ms();
        const int offset = local_utc_offset_minutes();
        const auto& progress = storage_.progress();
        const auto today = study_day(now, offset);
        ui::ProfileStatistics st;
        for (const auto& d : reviews_per_day(progress, today - 29, today))
            st.reviews_per_day.push_back(d.reviews);
        const auto weeks = true_retention(progress, Period::Week);
        for (std::size_t i = weeks.size() > 12 ? weeks.size() - 12 : 0; i < weeks.size(); ++i)
            st.weekly_retention.push_back(weeks[i].retention());
        st.forecast = due_forecast(progress, now, offset, 30);
        st.counts = card_counts(progress, studied().size());
        std::map<std::string, std::vector<std::string>> tags;
        for (const auto* item : studied())
            tags[item->id] = item->tags;
        auto mastery = tag_mastery(progress, tags);
        std::vector<std::pair<std::string, TagMastery>> by_size(mastery.begin(), mastery.end());
        const auto cards = [](const TagMastery& m) {
            return m.counts.new_cards + m.counts.learning + m.counts.young + m.counts.mature;
        };
        std::stable_sort(by_size.begin(), by_size.end(), [&](const auto& a, const auto& b) {
            return cards(a.second) > cards(b.second);
        });
        if (by_size.size() > 6) by_size.resize(6);
        std::sort(by_size.begin(), by_size.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        st.mastery = std::move(by_size);
        st.calendar = study_calendar(progress, today - 83, today);
        st.desired_retention = storage_.settings().desired_retention;
        return st;
    }

    const ProfileSettings& settings() const override { return storage_.settings(); }

    ui::DeckChoice* deck_choice() override { return &deck_choice_; }

    // Settings ask for it when they open: the log is counted in the background from then on.
    ui::MemoryModelTuning* memory_model() override {
        if (!memory_model_)
            memory_model_ = std::make_unique<ProfileMemoryModel>(*this, storage_.folder());
        memory_model_->prefetch();
        return memory_model_.get();
    }

    std::vector<std::string> save_settings(const ProfileSettings& s) override {
        auto problems = settings_problems(s);
        if (!problems.empty()) return problems;
        StudySettings study;
        try {
            study = study_settings_of(s);
            scheduler_ =
                Scheduler(scheduler_params(study, text_hash(entry_.id), fsrs_weights_of(s)));
        } catch (const std::exception& e) {
            return {e.what()};
        }
        const auto saved = storage_.set_settings(s);
        if (!saved) return {saved.error().describe()};
        settings_ = study;
        if (apply_) apply_(s);
        return {};
    }

private:
    // The items of the decks this profile studies (no drafts): what every round draws from.
    std::vector<const bank::Item*> studied() const {
        return studied_items(bank_, storage_.settings());
    }

    struct StudyInputs {
        std::vector<const bank::Item*> items;
        std::vector<StudyCard> cards;
        std::optional<StudyQueue> queue;
    };
    // Today's flashcard queue over every item of the bank, rebuilt from the progress each time
    // (cheap for a bank of this size, and always right after an undo).
    StudyInputs build_study(TimeMs now) {
        const int offset = local_utc_offset_minutes();
        const auto& progress = storage_.progress();
        StudyInputs in;
        for (const auto* item : studied()) {
            in.cards.push_back(
                {in.items.size(), progress.card(item->id).value_or(CardState::fresh(now))});
            in.items.push_back(item);
        }
        DoneToday done;
        if (const auto it = progress.days().find(study_day(now, offset));
            it != progress.days().end()) {
            done.new_cards = static_cast<int>(it->second.new_cards);
            done.reviews = static_cast<int>(it->second.reviews - it->second.new_cards);
        }
        try {
            in.queue.emplace(in.cards, settings_, now, offset, done, text_hash(entry_.id));
        } catch (const std::exception& e) {
            io::log_warn(std::string("study queue: ") + e.what());
        }
        return in;
    }

    ui::ProfileEntry entry_;
    io::ProfileStorage storage_;
    const bank::QuestionBank& bank_;
    std::function<void(const ProfileSettings&)> apply_;
    std::string prefer_id_;  // the card of the last undo, shown next
    StudySettings settings_;
    Scheduler scheduler_;
    Rng rng_;
    ProfileDeckChoice deck_choice_{*this};
    // Last, so that a running fit is cancelled and joined before the rest goes away.
    std::unique_ptr<ProfileMemoryModel> memory_model_;
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
            strings.format(ui::TextId::ProblemSave,
                           {entry.name, strings.format(ui::TextId::ProblemDetail, {line})}));
    }
    if (apply_settings) apply_settings(storage.settings());
    io::log_info("profile opened: " + entry.id);
    return std::make_unique<StorageSession>(entry, std::move(storage), bank, seed, apply_settings);
}

}  // namespace chronik::app
