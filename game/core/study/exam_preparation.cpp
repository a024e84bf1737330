#include "study/exam_preparation.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <span>

#include "decks/deck_scope.hpp"
#include "progress/study_day.hpp"

namespace chronik::study {
namespace {

constexpr int kMeasuredDays = 30;
constexpr std::int64_t kMeasuredAnswersNeeded = 20;

std::vector<plan::PlanCard> plan_cards(const std::vector<const bank::Item*>& items,
                                       const ProfileProgress& progress, TimeMs now) {
    std::vector<plan::PlanCard> cards(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        cards[i].id = i;
        cards[i].state = progress.card(items[i]->id).value_or(CardState::fresh(now));
    }
    return cards;
}

int answers_on(const ProfileProgress& progress, std::int64_t day) {
    const auto it = progress.days().find(day);
    return it == progress.days().end() ? 0 : static_cast<int>(it->second.reviews);
}

plan::ExamPlanSettings plan_settings(const ExamGoal& goal, int minutes, double seconds,
                                     int answers_today, const FsrsWeights& weights, TimeMs now,
                                     int utc_offset) {
    plan::ExamPlanSettings s;
    s.exam_at = exam_at(goal, utc_offset);
    s.answers_per_day = plan::answers_for_minutes(minutes, seconds);
    s.answers_done_today = answers_today;
    s.utc_offset_minutes = utc_offset;
    // Later days are planned at the time of day the student studies now.
    const TimeMs local = now + static_cast<TimeMs>(utc_offset) * kMinuteMs;
    s.session_minute = static_cast<int>((local - utc_day_number(local) * kDayMs) / kMinuteMs);
    s.weights = weights;
    return s;
}

bool is_enough(const plan::ExamPlan& p) {
    return p.exam_recall >= kEnoughRecall && p.new_cards_introduced == p.new_cards;
}

}  // namespace

std::vector<const bank::Item*> exam_items(const bank::QuestionBank& bank,
                                          const ProfileSettings& settings, const ExamGoal& goal) {
    const decks::DeckScope scope(bank, goal.decks.empty() ? settings.decks : goal.decks);
    if (goal.topics.empty()) return scope.items();
    const std::set<std::string, std::less<>> topics(goal.topics.begin(), goal.topics.end());
    std::vector<const bank::Item*> out;
    for (const auto* item : scope.items())
        if (std::any_of(item->tags.begin(), item->tags.end(),
                        [&](const std::string& tag) { return topics.count(tag) > 0; }))
            out.push_back(item);
    return out;
}

std::vector<Topic> topics_of(const bank::QuestionBank& bank,
                             const std::vector<std::string>& deck_ids) {
    std::map<std::string, int> cards;
    const decks::DeckScope scope(bank, deck_ids);
    for (const auto* item : scope.items())
        for (const auto& tag : std::set<std::string>(item->tags.begin(), item->tags.end()))
            ++cards[tag];
    std::vector<Topic> out;
    out.reserve(cards.size());
    for (const auto& [name, n] : cards)
        out.push_back({name, n});
    return out;
}

double seconds_per_answer(const ProfileProgress& progress, std::int64_t today) {
    std::int64_t answers = 0, ms = 0;
    for (auto it = progress.days().lower_bound(today - kMeasuredDays + 1);
         it != progress.days().end() && it->first <= today; ++it) {
        answers += it->second.reviews;
        ms += it->second.study_ms;
    }
    if (answers < kMeasuredAnswersNeeded) return kDefaultSecondsPerAnswer;
    const double seconds =
        static_cast<double>(ms) / 1000.0 / static_cast<double>(answers) + kFeedbackSeconds;
    return std::clamp(seconds, 3.0, 120.0);
}

std::optional<ExamPlanInputs> exam_plan_inputs(const bank::QuestionBank& bank,
                                               const ProfileSettings& settings,
                                               const ProfileProgress& progress,
                                               const FsrsWeights& weights, TimeMs now,
                                               int utc_offset) {
    if (!settings.exam) return std::nullopt;
    ExamPlanInputs in;
    auto& p = in.preparation;
    p.goal = *settings.exam;
    p.exam_at = exam_at(p.goal, utc_offset);
    p.days_left = days_from_civil(p.goal.date) -
                  utc_day_number(now + static_cast<TimeMs>(utc_offset) * kMinuteMs);
    p.items = exam_items(bank, settings, p.goal);
    const std::int64_t today = study_day(now, utc_offset);
    p.seconds_per_answer = seconds_per_answer(progress, today);
    p.answers_today = answers_on(progress, today);
    in.cards = plan_cards(p.items, progress, now);
    in.weights = weights;
    in.now = now;
    in.utc_offset_minutes = utc_offset;
    return in;
}

ExamPreparation plan_preparation(const ExamPlanInputs& in) {
    ExamPreparation p = in.preparation;
    p.plan =
        plan::plan_exam(in.cards,
                        plan_settings(p.goal, p.goal.minutes_per_day, p.seconds_per_answer,
                                      p.answers_today, in.weights, in.now, in.utc_offset_minutes),
                        in.now);
    p.today.clear();
    for (const auto id : p.plan.today)
        p.today.push_back(p.items[id]);
    return p;
}

std::optional<ExamPreparation> prepare_exam(const bank::QuestionBank& bank,
                                            const ProfileSettings& settings,
                                            const ProfileProgress& progress,
                                            const FsrsWeights& weights, TimeMs now,
                                            int utc_offset) {
    const auto inputs = exam_plan_inputs(bank, settings, progress, weights, now, utc_offset);
    if (!inputs) return std::nullopt;
    return plan_preparation(*inputs);
}

std::optional<ExamToday> exam_today(const bank::QuestionBank& bank, const ProfileSettings& settings,
                                    const ProfileProgress& progress, const FsrsWeights& weights,
                                    TimeMs now, int utc_offset) {
    if (!settings.exam || now >= exam_at(*settings.exam, utc_offset)) return std::nullopt;
    ExamToday t;
    t.items = exam_items(bank, settings, *settings.exam);
    const std::int64_t today = study_day(now, utc_offset);
    const auto cards = plan_cards(t.items, progress, now);
    const auto ids =
        plan::plan_today(cards,
                         plan_settings(*settings.exam, settings.exam->minutes_per_day,
                                       seconds_per_answer(progress, today),
                                       answers_on(progress, today), weights, now, utc_offset),
                         now);
    for (const auto id : ids)
        t.today.push_back(t.items[id]);
    return t;
}

namespace {

BudgetAdvice advice_over(const ExamPreparation& p, std::span<const plan::PlanCard> cards,
                         const FsrsWeights& weights, TimeMs now, int utc_offset) {
    BudgetAdvice advice;
    advice.minutes = p.goal.minutes_per_day;
    advice.recall = p.plan.exam_recall;
    advice.enough = is_enough(p.plan);
    if (advice.enough || !p.active()) return advice;
    const int m = p.goal.minutes_per_day;
    std::set<int> candidates;
    // At most five more plans (each O(cards x days): about 22 ms for 2,000 cards and 60 days).
    for (const double factor : {1.5, 2.0, 3.0, 4.0}) {
        // Round to whole 5 minutes above 10 minutes, so the advice reads like a plan.
        int more = static_cast<int>(std::lround(m * factor));
        if (more > 10) more = (more + 4) / 5 * 5;
        candidates.insert(std::min(more, kMaxExamMinutesPerDay));
    }
    candidates.insert(m + 5);
    for (const int more : candidates) {
        if (more <= m) continue;
        const auto plan = plan::plan_exam(cards,
                                          plan_settings(p.goal, more, p.seconds_per_answer,
                                                        p.answers_today, weights, now, utc_offset),
                                          now);
        advice.more_minutes = more;
        advice.more_recall = plan.exam_recall;
        if (is_enough(plan)) break;
    }
    return advice;
}

}  // namespace

BudgetAdvice budget_advice(const ExamPreparation& p, const ProfileProgress& progress,
                           const FsrsWeights& weights, TimeMs now, int utc_offset) {
    const auto cards = plan_cards(p.items, progress, now);
    return advice_over(p, cards, weights, now, utc_offset);
}

BudgetAdvice budget_advice(const ExamPreparation& p, const ExamPlanInputs& in) {
    return advice_over(p, in.cards, in.weights, in.now, in.utc_offset_minutes);
}

}  // namespace chronik::study
