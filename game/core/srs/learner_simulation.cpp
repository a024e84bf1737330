#include "srs/learner_simulation.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string_view>
#include <unordered_map>

#include "bank/question_bank.hpp"
#include "plan/exam_plan.hpp"
#include "random/rng.hpp"
#include "srs/card_key.hpp"
#include "srs/scheduler.hpp"

namespace chronik {

namespace {

// exp(N(log median, spread^2)), by Box-Muller from the simulation's own generator.
double log_normal(Rng& rng, double median, double spread) {
    const double u1 = 1.0 - rng.uniform();  // (0, 1]
    const double u2 = rng.uniform();
    const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    return median * std::exp(spread * z);
}

class Simulation {
public:
    Simulation(std::span<const SimulatedCard> cards, const SimulationOptions& o,
               const ReviewCallback& on_review)
        : cards_(cards),
          o_(o),
          on_review_(on_review),
          scheduler_(scheduler_params(o.settings, o.seed, o.scheduler_w)),
          learner_(learner_params(o)),
          rng_(Rng::mix(o.seed, 0x5eed1ea7e5ULL)),
          state_(cards.size(), CardState::fresh(o.start)),
          memory_(cards.size(), CardState::fresh(o.start)) {
        if (o.days < 0) throw std::invalid_argument("simulation: negative number of days");
        if (o.learner.timeline_size < 2)
            throw std::invalid_argument("simulation: a timeline needs at least 2 events");
        for (std::size_t i = 0; i < cards.size(); ++i) {
            if (!index_.emplace(cards[i].id, i).second)
                throw std::invalid_argument("simulation: two cards share the key of '" +
                                            cards[i].item_id + "'");
        }
        for (std::size_t i = 0; i < cards.size(); ++i) {
            const auto it = o.initial_states.find(cards[i].item_id);
            if (it == o.initial_states.end()) continue;
            state_[i] = it->second;
            memory_[i] = it->second;
        }
        if (o.exam) {
            if (o.exam->day < 1)
                throw std::invalid_argument("simulation: the exam day must be 1 or later");
            if (o.exam->daily_answers < 0 || o.exam->daily_minutes < 0)
                throw std::invalid_argument("simulation: a negative daily study time");
            if (o.exam->minute_of_day < 0 || o.exam->minute_of_day >= 24 * 60)
                throw std::invalid_argument("simulation: the exam time must be 0 to 1439 minutes");
            exam_ = &*o.exam;
            exam_at_ = o.start + o.exam->day * kDayMs + o.exam->minute_of_day * kMinuteMs -
                       o.utc_offset_minutes * kMinuteMs;
            result_.exam.emplace();
            result_.exam->at = exam_at_;
        }
        study_.resize(cards.size());
        plan_cards_.resize(cards.size());
        result_.days = o.days;
        result_.desired_retention = o.settings.desired_retention;
        result_.cards = cards.size();
    }

    SimulationResult run() {
        for (int day = 0; day < o_.days; ++day) {
            const double start_minute =
                o_.session_start_minute + rng_.uniform() * o_.session_start_spread_minutes;
            const TimeMs start = o_.start + day * kDayMs +
                                 static_cast<TimeMs>(start_minute * kMinuteMs) -
                                 o_.utc_offset_minutes * kMinuteMs;
            if (exam_ && day == exam_->day) take_exam();
            const bool before_exam = exam_ && day < exam_->day;
            long today = 0;
            if (before_exam && exam_->strategy == ExamStrategy::FollowPlan)
                today = study_plan(day, start);
            else
                today = study_queue(day, start, before_exam);
            result_.max_reviews_per_day = std::max(result_.max_reviews_per_day, today);
            if (exam_ && day >= exam_->day && day < exam_->day + 14) {
                result_.exam->max_answers_per_day_after =
                    std::max(result_.exam->max_answers_per_day_after, today);
                ++result_.exam->days_after;
            }
        }
        if (exam_ && o_.days == exam_->day) take_exam();
        finish();
        return result_;
    }

private:
    // One session through the study queue; before the exam within the student's daily time.
    long study_queue(int day, TimeMs now, bool before_exam) {
        const TimeMs start = now;
        for (std::size_t i = 0; i < cards_.size(); ++i)
            study_[i] = {cards_[i].id, state_[i]};
        StudyQueue queue(study_, o_.settings, now, o_.utc_offset_minutes, {},
                         Rng::mix(o_.seed, static_cast<std::uint64_t>(day)));
        if (queue.backlog_count() > 0) ++result_.days_with_backlog;
        long today = 0;
        for (;;) {
            if (before_exam && out_of_time(today, start, now)) break;
            const auto next = queue.take(now);
            if (!next) {
                const auto due = queue.next_learning_due();
                if (due && *due <= now + o_.max_wait_minutes * kMinuteMs && !queue.is_stale(*due)) {
                    now = std::max(now, *due);
                    continue;
                }
                break;
            }
            const std::size_t i = index_.at(next->id);
            now = answer(day, i, now, next->source);
            queue.requeue(next->id, state_[i]);
            ++today;
        }
        return today;
    }

    // One session that follows the exam plan, made from the cards' real states. With minutes a
    // day the plan's length is an estimate; time left over asks the plan for more (cards done
    // today are not repeated), as the game's "weiter" does.
    long study_plan(int day, TimeMs now) {
        const TimeMs start = now;
        plan::ExamPlanSettings ps;
        ps.exam_at = exam_at_;
        ps.utc_offset_minutes = o_.utc_offset_minutes;
        ps.session_minute =
            (o_.session_start_minute + o_.session_start_spread_minutes / 2) % (24 * 60);
        ps.weights = o_.scheduler_w;
        // Measured from this learner's first answers so far (Laplace: a half before any).
        ps.first_recall =
            static_cast<double>(first_recalled_ + 1) / static_cast<double>(first_answers_ + 2);
        long today = 0;
        for (;;) {
            const int budget = plan_budget(today, now - start);
            if (budget <= today) break;
            ps.answers_per_day = budget;
            ps.answers_done_today = static_cast<int>(today);
            for (std::size_t i = 0; i < cards_.size(); ++i)
                plan_cards_[i] = {cards_[i].id, state_[i]};
            const auto list = plan::plan_today(plan_cards_, ps, now);
            if (list.empty()) break;
            for (const std::uint64_t id : list) {
                if (out_of_time(today, start, now)) return today;
                const std::size_t i = index_.at(id);
                const CardPhase phase = state_[i].phase;
                const QueueSource source = phase == CardPhase::New      ? QueueSource::New
                                           : phase == CardPhase::Review ? QueueSource::Review
                                                                        : QueueSource::Learning;
                now = answer(day, i, now, source);
                ++today;
            }
            if (exam_->daily_minutes == 0) break;
        }
        return today;
    }

    // The plan's daily budget in answers: the limit given; or the answers done plus those that
    // fit into the minutes left at the time an answer has taken so far (20 s before the first);
    // or the profile's review limit.
    int plan_budget(long answers_today, TimeMs spent_today) const {
        if (exam_->daily_answers > 0) return exam_->daily_answers;
        if (exam_->daily_minutes > 0) {
            const double seconds =
                answers_ > 0 ? static_cast<double>(answer_ms_) / 1000.0 / answers_ : 20.0;
            const double left_s =
                exam_->daily_minutes * 60.0 - static_cast<double>(spent_today) / 1000.0;
            if (left_s < seconds / 2) return 0;
            return static_cast<int>(answers_today) +
                   std::max(1, static_cast<int>(std::floor(left_s / seconds)));
        }
        return o_.settings.daily_review_limit;
    }

    bool out_of_time(long answers_today, TimeMs start, TimeMs now) const {
        if (exam_->daily_answers > 0 && answers_today >= exam_->daily_answers) return true;
        return exam_->daily_minutes > 0 && now - start >= exam_->daily_minutes * kMinuteMs;
    }

    // Answers card i at `now`; returns when the next card can be shown.
    TimeMs answer(int day, std::size_t i, TimeMs now, QueueSource source) {
        const bool first = state_[i].phase == CardPhase::New;
        const std::int64_t response_ms = review(day, i, now, source);
        // Feedback and the click to go on take a few seconds too.
        const std::int64_t spent = response_ms + 4000;
        answer_ms_ += spent;
        ++answers_;
        if (exam_ && now < exam_at_) ++result_.exam->reviews;
        if (first) {
            ++first_answers_;
            // What a profile's log shows: the rating, not the memory behind it.
            first_recalled_ += last_rating_ != Rating::Again ? 1 : 0;
        }
        return now + spent;
    }

    void take_exam() {
        double recall = 0.0;
        for (const CardState& m : memory_)
            if (m.phase != CardPhase::New) recall += recall_probability(m, exam_at_);
        result_.exam->recall = memory_.empty() ? 0.0 : recall / static_cast<double>(memory_.size());
    }

    static SchedulerParams learner_params(const SimulationOptions& o) {
        SchedulerParams p;
        p.w = o.learner.w;
        p.learning_steps = o.settings.learning_steps;
        p.relearning_steps = o.settings.relearning_steps;
        return p;
    }

    double recall_probability(const CardState& memory, TimeMs now) const {
        if (memory.phase == CardPhase::New || !memory.last_review) return o_.learner.first_recall;
        const double elapsed =
            static_cast<double>(now - *memory.last_review) / static_cast<double>(kDayMs);
        return learner_.forgetting_curve(elapsed, memory.stability);
    }

    std::int64_t response_time(std::size_t reading_chars, double median_factor) {
        const auto limits = round::pace_limits(reading_chars, o_.rating_rules);
        const double f =
            log_normal(rng_, o_.learner.pace_median * median_factor, o_.learner.pace_spread);
        return std::llround(static_cast<double>(limits.expected_ms) * f);
    }

    Rating answer_multiple_choice(const SimulatedCard& card, const CardState& before, bool recalled,
                                  std::int64_t& response_ms) {
        round::MultipleChoiceAnswer a;
        a.reading_chars = card.reading_chars;
        if (recalled) {
            a.outcome = round::AnswerOutcome::Correct;
            a.response_ms = response_time(card.reading_chars, 1.0);
        } else if (rng_.uniform() < o_.learner.timeout_share) {
            a.outcome = round::AnswerOutcome::TimedOut;
            a.response_ms =
                round::pace_limits(card.reading_chars, o_.rating_rules).slow_after_ms * 2;
        } else {
            const bool lucky =
                o_.learner.guessing == Guessing::AmongAll &&
                rng_.below(static_cast<std::uint64_t>(std::max(1, card.choices))) == 0;
            a.outcome = lucky ? round::AnswerOutcome::Correct : round::AnswerOutcome::Wrong;
            a.response_ms = response_time(card.reading_chars, 1.4);
        }
        response_ms = a.response_ms;
        auto& p = result_.paths;
        if (a.outcome == round::AnswerOutcome::Wrong) {
            ++p.mc_wrong;
        } else if (a.outcome == round::AnswerOutcome::TimedOut) {
            ++p.mc_timed_out;
        } else {
            switch (round::classify_pace(a.response_ms, a.reading_chars, o_.rating_rules)) {
                case round::AnswerPace::Slow:
                    ++p.mc_slow;
                    break;
                case round::AnswerPace::InTime:
                    ++p.mc_in_time;
                    break;
                case round::AnswerPace::Fast:
                    ++(round::card_is_known(before, o_.rating_rules) ? p.mc_fast_known
                                                                     : p.mc_fast_unknown);
                    break;
            }
        }
        return round::rate_multiple_choice(a, before, o_.rating_rules);
    }

    // The card is placed among timeline_size - 1 other events that the learner orders
    // correctly; only the card's own mark counts here. Recalled: its own slot, or, when the
    // answer came slowly (recalled with effort, as Hard in multiple choice), swapped with a
    // neighbour. Forgotten: a slot at least two away from its own (a wrong placement), or with
    // Guessing::AmongAll any slot (sometimes right or next to it by luck).
    Rating answer_timeline(const SimulatedCard& card, bool recalled, std::int64_t& response_ms) {
        const auto n = static_cast<std::size_t>(o_.learner.timeline_size);
        const std::size_t reading = card.reading_chars * n;
        response_ms = response_time(reading, recalled ? 1.0 : 1.4);
        const std::size_t rank = rng_.below(n);
        std::size_t slot = rank;
        if (recalled) {
            if (round::classify_pace(response_ms, reading, o_.rating_rules) ==
                round::AnswerPace::Slow)
                slot = rank + 1 < n && (rank == 0 || rng_.below(2) == 0) ? rank + 1 : rank - 1;
        } else if (o_.learner.guessing == Guessing::AmongAll) {
            slot = rng_.below(n);
        } else {
            std::vector<std::size_t> far;
            for (std::size_t k = 0; k < n; ++k)
                if (k + 2 <= rank || k >= rank + 2) far.push_back(k);
            slot = far.empty() ? n - 1 - rank : far[rng_.below(far.size())];
        }
        // ranks[k]: the correct position of the event in slot k.
        std::vector<std::size_t> ranks;
        ranks.reserve(n);
        for (std::size_t r = 0; r < n; ++r)
            if (r != rank) ranks.push_back(r);
        ranks.insert(ranks.begin() + static_cast<std::ptrdiff_t>(slot), rank);
        if (recalled && slot != rank) {
            // A swap with the neighbour, not a move past it: put the neighbour back.
            ranks.assign(n, 0);
            for (std::size_t r = 0; r < n; ++r)
                ranks[r] = r;
            std::swap(ranks[rank], ranks[slot]);
        }
        const auto mark = round::mark_timeline_placement(ranks)[slot];
        auto& p = result_.paths;
        switch (mark) {
            case round::PlacementMark::InRun:
                ++p.timeline_in_run;
                break;
            case round::PlacementMark::NeighbourSwap:
                ++p.timeline_swap;
                break;
            case round::PlacementMark::OutOfPlace:
                ++p.timeline_out_of_place;
                break;
        }
        return round::rating_for_mark(mark);
    }

    // The student grades themself: Again when forgotten; otherwise by how quickly the answer
    // came (fast: Easy, slow: Hard, else Good).
    Rating answer_flashcard(const SimulatedCard& card, bool recalled, std::int64_t& response_ms) {
        response_ms = response_time(card.reading_chars, recalled ? 1.0 : 1.4);
        int grade = 1;
        if (recalled) {
            switch (round::classify_pace(response_ms, card.reading_chars, o_.rating_rules)) {
                case round::AnswerPace::Fast:
                    grade = 4;
                    break;
                case round::AnswerPace::InTime:
                    grade = 3;
                    break;
                case round::AnswerPace::Slow:
                    grade = 2;
                    break;
            }
        }
        ++result_.paths.flashcard_grades[static_cast<std::size_t>(grade - 1)];
        return round::rate_flashcard(grade);
    }

    std::int64_t review(int day, std::size_t i, TimeMs now, QueueSource source) {
        const SimulatedCard& card = cards_[i];
        const CardState before = state_[i];
        const double p_recall = recall_probability(memory_[i], now);
        const bool recalled = rng_.uniform() < p_recall;
        std::int64_t response_ms = 0;
        Rating rating = Rating::Again;
        switch (card.mode) {
            case StudyMode::MultipleChoice:
                rating = answer_multiple_choice(card, before, recalled, response_ms);
                break;
            case StudyMode::TimelineEvent:
                rating = answer_timeline(card, recalled, response_ms);
                break;
            case StudyMode::Flashcard:
                rating = answer_flashcard(card, recalled, response_ms);
                break;
        }
        state_[i] = scheduler_.next(before, rating, now, card.id);
        last_rating_ = rating;
        // The learner's memory follows what happened, not what the answer looked like: a lucky
        // guess is still a lapse (the game shows the right answer afterwards).
        memory_[i] = learner_.next(memory_[i], recalled ? rating : Rating::Again, now);

        ++result_.reviews;
        ++result_.ratings[static_cast<std::size_t>(to_int(rating) - 1)];
        if (source == QueueSource::Review) {
            ++result_.due_reviews;
            result_.due_recalled += recalled ? 1 : 0;
        }
        if (before.phase == CardPhase::New) ++result_.new_cards;
        if (state_[i].lapses > before.lapses) ++result_.lapses;
        if (on_review_) {
            SimulatedReview r;
            r.day = day;
            r.at = now;
            r.card = &card;
            r.source = source;
            r.before = before;
            r.after = state_[i];
            r.rating = rating;
            r.recall_probability = p_recall;
            r.recalled = recalled;
            r.response_ms = response_ms;
            on_review_(r);
        }
        return response_ms;
    }

    void finish() {
        const TimeMs end = o_.start + o_.days * kDayMs;
        double recall = 0.0;
        for (std::size_t i = 0; i < cards_.size(); ++i) {
            if (state_[i].phase == CardPhase::Review) ++result_.cards_known;
            if (memory_[i].phase != CardPhase::New) recall += recall_probability(memory_[i], end);
        }
        result_.mean_recall_end =
            cards_.empty() ? 0.0 : recall / static_cast<double>(cards_.size());
        result_.reviews_per_day =
            o_.days > 0 ? static_cast<double>(result_.reviews) / o_.days : 0.0;
        result_.measured_retention = result_.due_reviews > 0
                                         ? static_cast<double>(result_.due_recalled) /
                                               static_cast<double>(result_.due_reviews)
                                         : 0.0;
    }

    std::span<const SimulatedCard> cards_;
    const SimulationOptions& o_;
    const ReviewCallback& on_review_;
    Scheduler scheduler_;
    Scheduler learner_;  // fuzz off: only its memory formulas and forgetting curve are used
    Rng rng_;
    std::vector<CardState> state_;   // what the scheduler knows
    std::vector<CardState> memory_;  // the learner's true memory
    std::unordered_map<std::uint64_t, std::size_t> index_;
    SimulationResult result_;
    const ExamSimulation* exam_ = nullptr;
    TimeMs exam_at_ = 0;
    std::vector<StudyCard> study_;
    std::vector<plan::PlanCard> plan_cards_;
    std::int64_t answer_ms_ = 0;  // every answer's time, feedback included
    long answers_ = 0;
    long first_answers_ = 0;  // answers to new cards, and how many of them were recalled
    long first_recalled_ = 0;
    Rating last_rating_ = Rating::Again;
};

}  // namespace

std::vector<SimulatedCard> simulation_cards(const bank::QuestionBank& bank) {
    std::vector<SimulatedCard> out;
    std::unordered_map<std::uint64_t, std::string> seen;
    for (const bank::Item* item : bank.items()) {
        SimulatedCard c;
        c.item_id = item->id;
        c.id = card_key(item->id);
        if (const auto* mc = item->multiple_choice()) {
            std::vector<std::string_view> choices{mc->answer};
            for (const auto& d : mc->distractors)
                choices.push_back(d);
            c.mode = StudyMode::MultipleChoice;
            c.reading_chars = round::reading_length(mc->prompt, choices);
            c.choices = static_cast<int>(choices.size());
        } else if (const auto* ev = item->event()) {
            c.mode = StudyMode::TimelineEvent;
            c.reading_chars = round::count_characters(ev->text);
        } else if (const auto* fc = item->flashcard()) {
            c.mode = StudyMode::Flashcard;
            c.reading_chars = round::count_characters(fc->front);
        }
        const auto [it, fresh] = seen.emplace(c.id, c.item_id);
        if (!fresh)
            throw std::invalid_argument("items '" + it->second + "' and '" + c.item_id +
                                        "' have the same 64-bit card key");
        out.push_back(std::move(c));
    }
    return out;
}

SimulationResult simulate_learner(std::span<const SimulatedCard> cards,
                                  const SimulationOptions& options,
                                  const ReviewCallback& on_review) {
    return Simulation(cards, options, on_review).run();
}

}  // namespace chronik
