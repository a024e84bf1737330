#include "study/study_session.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "bank/item_group.hpp"
#include "decks/deck_scope.hpp"
#include "progress/study_day.hpp"
#include "round/timeline_deal.hpp"
#include "srs/study_queue.hpp"
#include "study/profile_study.hpp"

namespace chronik::study {
namespace {

// FNV-1a's prime over the id's bytes, from an offset basis one digit short of FNV's
// (1469598103934665603, not 14695981039346656037). The profile's fuzz and queue order have
// always been keyed by this value, so it stays as it is; card_key() is the standard one.
std::uint64_t profile_key(std::string_view id) {
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : id)
        h = (h ^ c) * 1099511628211ULL;
    return h;
}

}  // namespace

Scheduler scheduler_for(const ProfileSettings& settings, std::string_view profile_id) {
    return Scheduler(scheduler_params(study_settings_of(settings), profile_key(profile_id),
                                      fsrs_weights_of(settings)));
}

namespace {

// Today's reviews and new cards so far, as the queue's limits count them.
DoneToday done_today(const ProfileProgress& progress, TimeMs now, int utc_offset) {
    DoneToday done;
    if (const auto it = progress.days().find(study_day(now, utc_offset));
        it != progress.days().end()) {
        // Only new cards studied in Lernen use up its limit (quiz, timeline, exam and class
        // rounds show new cards too, but must not leave Lernen without any).
        done.new_cards = static_cast<int>(it->second.study_new_cards);
        done.reviews = static_cast<int>(it->second.reviews - it->second.new_cards);
    }
    return done;
}

bool unseen(const std::optional<CardState>& card) {
    return !card || card->phase == CardPhase::New;
}

// Cards of `items` in order, each with its state (a fresh card when never seen).
struct Deal {
    std::vector<const bank::Item*> items;
    std::vector<StudyCard> cards;
};

Deal deal_of(const std::vector<const bank::Item*>& items, const ProfileProgress& progress,
             TimeMs now) {
    Deal d;
    for (const auto* item : items) {
        d.cards.push_back(
            {d.items.size(), progress.card(item->id).value_or(CardState::fresh(now))});
        d.items.push_back(item);
    }
    return d;
}

}  // namespace

// Today's flashcard queue over every studied item, rebuilt from the progress each time (cheap
// for a bank of this size, and always right after an undo).
struct StudySession::Queue {
    Deal deal;
    StudyQueue queue;
};

StudySession::StudySession(const bank::QuestionBank& bank, const ProfileSettings& settings,
                           std::string profile_id, std::uint64_t seed)
    : bank_(bank),
      profile_id_(std::move(profile_id)),
      settings_(settings),
      study_(study_settings_of(settings)),
      scheduler_(scheduler_for(settings, profile_id_)),
      rng_(seed) {}

std::vector<std::string> StudySession::settings_problems(const ProfileSettings& settings) {
    auto problems = chronik::settings_problems(settings);
    if (!problems.empty()) return problems;
    try {
        (void)scheduler_for(settings, "");
    } catch (const std::exception& e) {
        return {e.what()};
    }
    return {};
}

void StudySession::use_settings(const ProfileSettings& settings) {
    auto study = study_settings_of(settings);
    auto scheduler = scheduler_for(settings, profile_id_);
    settings_ = settings;
    study_ = study;
    scheduler_ = std::move(scheduler);
}

std::vector<const bank::Item*> StudySession::studied() const {
    return decks::DeckScope(bank_, settings_.decks).items();
}

StudyOverview StudySession::overview(const ProfileProgress& progress, TimeMs now,
                                     int utc_offset) const {
    StudyOverview o;
    const auto items = studied();
    for (const auto* item : items) {
        const auto card = progress.card(item->id);
        if (unseen(card))
            ++o.unseen;
        else if (card->due <= now)
            ++o.due_today;
    }
    // The new cards of the very queue Lernen builds (same items, limits and order), so home and
    // Lernen always agree. (An active exam plan shows its own figures on home instead.)
    const auto today = build_queue(progress, now, utc_offset, items);
    o.new_available = static_cast<long long>(today.queue.new_count());
    const auto done = done_today(progress, now, utc_offset);
    o.new_studied_today = done.new_cards;
    if (o.new_available == 0 && o.unseen > 0) {
        if (settings_.daily_new_limit <= 0)
            o.held = NewCardsHeld::LimitZero;
        else if (done.new_cards >= settings_.daily_new_limit)
            o.held = NewCardsHeld::LimitReached;
        else
            o.held = NewCardsHeld::ReviewLimit;
    }
    o.streak_days = progress.streak().current_days;
    return o;
}

std::vector<round::DrawnItem> StudySession::draw_quiz(const ProfileProgress& progress,
                                                      std::size_t count, TimeMs now,
                                                      int utc_offset) {
    const auto plan = active_exam(progress, now, utc_offset);
    std::vector<round::DrawnItem> drawn;
    std::set<const bank::Item*> taken;
    bank::GroupFilter groups;  // items of one group give each other away: one per quiz
    // While an exam plan is active: today's planned questions first, in the plan's order.
    if (plan)
        for (const auto* item : plan->today) {
            if (drawn.size() >= count || item->kind() != bank::ItemKind::MultipleChoice) continue;
            taken.insert(item);
            if (!groups.admit(*item)) continue;
            drawn.push_back({item, progress.card(item->id).value_or(CardState::fresh(now))});
        }
    std::vector<const bank::Item*> questions;
    for (const auto* item : decks::interleave_decks(bank_, queue_items(plan)))
        if (item->kind() == bank::ItemKind::MultipleChoice) questions.push_back(item);
    const auto deal = deal_of(questions, progress, now);
    StudyQueue queue(deal.cards, study_, now, utc_offset, done_today(progress, now, utc_offset),
                     rng_());
    while (drawn.size() < count) {
        const auto next = queue.take(now);
        if (!next) break;
        taken.insert(deal.items[next->id]);
        if (!groups.admit(*deal.items[next->id])) continue;
        drawn.push_back({deal.items[next->id], deal.cards[next->id].state});
    }
    // Practice beyond today's schedule: the rest in a seeded random order.
    std::vector<const bank::Item*> rest;
    for (const auto* item : studied())
        if (item->kind() == bank::ItemKind::MultipleChoice && !taken.count(item))
            rest.push_back(item);
    rng_.shuffle(rest.begin(), rest.end());
    for (std::size_t i = 0; i < rest.size() && drawn.size() < count; ++i)
        if (groups.admit(*rest[i]))
            drawn.push_back({rest[i], progress.card(rest[i]->id).value_or(CardState::fresh(now))});
    return drawn;
}

std::vector<round::DrawnItem> StudySession::draw_items(const ProfileProgress& progress,
                                                       const std::vector<std::string>& item_ids,
                                                       TimeMs now) const {
    std::vector<round::DrawnItem> drawn;
    for (const auto& id : item_ids)
        if (const auto* item = bank_.find(id))
            drawn.push_back({item, progress.card(id).value_or(CardState::fresh(now))});
    return drawn;
}

std::vector<const bank::Item*> StudySession::deal_timeline(const ProfileProgress& progress,
                                                           TimeMs now) {
    std::vector<std::pair<TimeMs, const bank::Item*>> due;
    std::vector<const bank::Item*> others;
    for (const auto* item : studied()) {
        if (item->kind() != bank::ItemKind::Event) continue;
        const auto card = progress.card(item->id);
        if (!unseen(card) && card->due <= now)
            due.emplace_back(card->due, item);
        else
            others.push_back(item);
    }
    std::sort(due.begin(), due.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<const bank::Item*> pool;
    pool.reserve(due.size() + others.size());
    for (const auto& d : due)
        pool.push_back(d.second);
    pool.insert(pool.end(), others.begin(), others.end());
    round::TimelineDealOptions options;
    options.event_count = 6;
    options.priority_count = due.size();
    return round::deal_timeline(pool, options, rng_);
}

StudySession::Queue StudySession::build_queue(const ProfileProgress& progress, TimeMs now,
                                              int utc_offset,
                                              const std::vector<const bank::Item*>& items) const {
    // New cards come from every studied deck in turn (decks::interleave_decks).
    auto deal = deal_of(decks::interleave_decks(bank_, items), progress, now);
    StudyQueue queue(deal.cards, study_, now, utc_offset, done_today(progress, now, utc_offset),
                     profile_key(profile_id_));
    return {std::move(deal), std::move(queue)};
}

StudySession::Queue StudySession::build_focus_queue(const ProfileProgress& progress, TimeMs now,
                                                    int utc_offset) const {
    auto deal = deal_of(decks::deck_items(bank_, *focus_), progress, now);
    // The deck's own allowance: its new cards studied since the focus began; reviews as today.
    DoneToday done = done_today(progress, now, utc_offset);
    done.new_cards = static_cast<int>(focus_new_.size());
    StudyQueue queue(deal.cards, study_, now, utc_offset, done, profile_key(profile_id_));
    return {std::move(deal), std::move(queue)};
}

void StudySession::focus_deck(std::optional<std::string> deck_id) {
    if (deck_id != focus_) focus_new_.clear();
    focus_ = std::move(deck_id);
}

std::optional<StudyTurn> StudySession::next_card(const ProfileProgress& progress, TimeMs now,
                                                 int utc_offset) {
    const auto plan = focus_ ? std::nullopt : active_exam(progress, now, utc_offset);
    const auto today = focus_ ? build_focus_queue(progress, now, utc_offset)
                              : build_queue(progress, now, utc_offset, queue_items(plan));
    const bank::Item* item = nullptr;
    CardState state;
    // The card whose answer was taken back comes first; then today's planned cards; then the
    // queue.
    if (!undone_id_.empty()) {
        item = bank_.find(undone_id_);
        undone_id_.clear();
    }
    if (!item && plan && !plan->today.empty()) item = plan->today.front();
    if (!item) {
        if (const auto next = today.queue.peek(now)) item = today.deal.items[next->id];
    }
    if (!item) return std::nullopt;
    state = progress.card(item->id).value_or(CardState::fresh(now));
    StudyTurn turn;
    turn.item = item;
    try {
        const auto preview = scheduler_.preview(state, now, profile_key(item->id));
        for (std::size_t i = 0; i < 4; ++i)
            turn.intervals_ms[i] = preview.outcomes[i].interval_ms;
    } catch (const SchedulingError& e) {
        // E.g. a card last reviewed "later" than now after the clock went back: the card can
        // still be studied; its buttons show no waits.
        turn.preview_problem = e.what();
    }
    turn.new_left = static_cast<long long>(today.queue.new_count());
    turn.learning_left = static_cast<long long>(today.queue.learning_count());
    // The exam plan's cards for today count as due: the plan put them on today.
    turn.review_left = static_cast<long long>(plan ? plan->today.size() : 0) +
                       static_cast<long long>(today.queue.review_count());
    turn.remaining = std::max<long long>(1, turn.new_left + turn.learning_left + turn.review_left);
    return turn;
}

StudyOutlook StudySession::outlook(const ProfileProgress& progress, TimeMs now,
                                   int utc_offset) const {
    const auto plan = focus_ ? std::nullopt : active_exam(progress, now, utc_offset);
    const auto today = focus_ ? build_focus_queue(progress, now, utc_offset)
                              : build_queue(progress, now, utc_offset, queue_items(plan));
    StudyOutlook o;
    std::optional<ExamPreparation> full;
    if (plan) full = exam(progress, now, utc_offset);  // tomorrow's counts: the whole plan
    const TimeMs end_of_tomorrow = today.queue.rollover_at() + kDayMs;
    long long fresh = 0;
    for (const auto& c : today.deal.cards)
        if (c.state.phase == CardPhase::New) ++fresh;
    o.new_tomorrow = std::min<long long>(fresh, settings_.daily_new_limit);
    o.learning_later = static_cast<long long>(today.queue.learning_count());
    if (!plan) {
        const auto& dues = progress.due_times();
        o.due_tomorrow =
            static_cast<long long>(std::distance(dues.begin(), dues.lower_bound(end_of_tomorrow)));
        return o;
    }
    // The queue's cards due by tomorrow night, and what tomorrow's plan holds.
    for (const auto& c : today.deal.cards)
        if (c.state.phase != CardPhase::New && c.state.due < end_of_tomorrow) ++o.due_tomorrow;
    if (full && full->plan.days.size() > 1) {
        o.due_tomorrow += full->plan.days[1].reviews;
        o.new_tomorrow += full->plan.days[1].new_cards;
    }
    return o;
}

std::vector<const bank::Item*> StudySession::practice_cards(const ProfileProgress& progress,
                                                            PracticeKind kind, std::size_t count,
                                                            TimeMs now) const {
    std::vector<std::pair<double, const bank::Item*>> known;
    std::vector<const bank::Item*> fresh;
    for (const auto* item : studied()) {
        const auto card = progress.card(item->id);
        if (unseen(card)) {
            fresh.push_back(item);
            continue;
        }
        const double key = kind == PracticeKind::Ahead ? static_cast<double>(card->due)
                                                       : scheduler_.retrievability(*card, now);
        known.emplace_back(key, item);
    }
    std::stable_sort(known.begin(), known.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<const bank::Item*> out;
    for (const auto& k : known)
        if (out.size() < count) out.push_back(k.second);
    for (const auto* item : fresh)
        if (out.size() < count) out.push_back(item);
    return out;
}

ReviewStep StudySession::review(const ProfileProgress& progress, const std::string& item_id,
                                Rating rating, TimeMs now) {
    undone_id_.clear();
    ReviewStep step;
    step.before = progress.card(item_id).value_or(CardState::fresh(now));
    step.after = scheduler_.next(step.before, rating, now, profile_key(item_id));
    if (focus_ && step.before.phase == CardPhase::New) {
        const auto* deck = bank_.deck_of(item_id);
        if (deck && deck->id == *focus_) focus_new_.push_back(item_id);
    }
    return step;
}

ProfileStatistics StudySession::statistics(const ProfileProgress& progress, TimeMs now,
                                           int utc_offset) const {
    const auto today = study_day(now, utc_offset);
    const auto items = studied();
    ProfileStatistics st;
    for (const auto& d : reviews_per_day(progress, today - 29, today))
        st.reviews_per_day.push_back(d.reviews);
    const auto weeks = true_retention(progress, Period::Week);
    for (std::size_t i = weeks.size() > 12 ? weeks.size() - 12 : 0; i < weeks.size(); ++i)
        st.weekly_retention.push_back(weeks[i].retention());
    st.forecast = due_forecast(progress, now, utc_offset, 30);
    st.counts = card_counts(progress, items.size());
    std::map<std::string, std::vector<std::string>> tags;
    for (const auto* item : items)
        tags[item->id] = item->tags;
    const auto mastery = tag_mastery(progress, tags);
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
    st.desired_retention = settings_.desired_retention;
    return st;
}

std::optional<ExamPreparation> StudySession::exam(const ProfileProgress& progress, TimeMs now,
                                                  int utc_offset) const {
    return prepare_exam(bank_, settings_, progress, fsrs_weights_of(settings_), now, utc_offset);
}

BudgetAdvice StudySession::exam_advice(const ExamPreparation& preparation,
                                       const ProfileProgress& progress, TimeMs now,
                                       int utc_offset) const {
    return budget_advice(preparation, progress, fsrs_weights_of(settings_), now, utc_offset);
}

std::optional<ExamPlanInputs> StudySession::exam_inputs(const ProfileProgress& progress, TimeMs now,
                                                        int utc_offset) const {
    return exam_plan_inputs(bank_, settings_, progress, fsrs_weights_of(settings_), now,
                            utc_offset);
}

std::optional<ExamToday> StudySession::active_exam(const ProfileProgress& progress, TimeMs now,
                                                   int utc_offset) const {
    try {
        return exam_today(bank_, settings_, progress, fsrs_weights_of(settings_), now, utc_offset);
    } catch (const plan::ExamPlanError&) {
        // An exam too far ahead to plan (the plan screen says so): plain FSRS until then.
        return std::nullopt;
    }
}

std::vector<const bank::Item*> StudySession::queue_items(
    const std::optional<ExamToday>& exam) const {
    auto items = studied();
    if (!exam) return items;
    const std::set<const bank::Item*> planned(exam->items.begin(), exam->items.end());
    std::erase_if(items, [&](const bank::Item* item) { return planned.count(item) > 0; });
    return items;
}

}  // namespace chronik::study
