#include "srs/scheduler.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "random/rng.hpp"
#include "srs/js_rounding.hpp"

namespace chronik {

namespace {

constexpr double kMinStability = 0.001;
constexpr double kMaxStability = 36500.0;
// JavaScript's Date range, +-100,000,000 days around 1970: far beyond any real review, and
// small enough that due = now + a step or an interval can never overflow int64 ms.
constexpr TimeMs kMaxAbsTimeMs = 8'640'000'000'000'000;

double clamp(double x, double lo, double hi) {
    return std::min(std::max(x, lo), hi);
}

// One row of the (re)learning step table (section 6.1): a step of `minutes` that moves the card
// to step `next`. minutes < 0 means "none": the card graduates to a day interval.
struct Step {
    long long minutes = -1;
    int next = 0;
};

Step step_for(const std::vector<int>& steps, int index, CardPhase phase, int g) {
    const int n = static_cast<int>(steps.size());
    if (n == 0 || index < 0 || index >= n) return {};
    if (phase == CardPhase::Review) {
        // Only Again looks up the table for a Review card, at the card's own index (normally
        // 0; a card that graduated through a step of a day or more keeps its index).
        if (g == 1) return {steps[static_cast<std::size_t>(index)], 0};
        return {};
    }
    switch (g) {
        case 1:
            return {steps[0], 0};
        case 2: {
            // Hard always uses the first two steps, whatever the index.
            const double m =
                n == 1 ? jsround(1.5 * steps[0]) : jsround((steps[0] + steps[1]) / 2.0);
            return {static_cast<long long>(m), index};
        }
        case 3:
            if (index + 1 < n && steps[static_cast<std::size_t>(index) + 1] != 0)
                return {steps[static_cast<std::size_t>(index) + 1], index + 1};
            return {};
        default:
            return {};  // Easy always graduates
    }
}

}  // namespace

struct Scheduler::ReviewContext {
    const CardState& card;
    TimeMs now;
    std::uint64_t card_key;
    int t;     // elapsed whole UTC days
    double r;  // R(t, S), 0 for a New card
    // Shared by the ratings of one review and computed on first use (NaN until then): the
    // fuzz draw, the rating-independent part of the recall increment, S^-w19.
    double fuzz_u = std::numeric_limits<double>::quiet_NaN();
    double recall_base = std::numeric_limits<double>::quiet_NaN();
    double short_term_base = std::numeric_limits<double>::quiet_NaN();
};

Scheduler::Scheduler(const SchedulerParams& params)
    : params_(normalized(params)),
      derived_(derive_constants(params_.w, params_.request_retention)) {
    const auto& w = params_.w;
    for (int g = 1; g <= 4; ++g) {
        d0_[static_cast<std::size_t>(g)] = round8(w[4] - std::exp((g - 1) * w[5]) + 1.0);
        short_term_exp_[static_cast<std::size_t>(g)] = std::exp(w[17] * (g - 3 + w[18]));
    }
    for (int g = 1; g <= 4; ++g)
        difficulty_delta_[static_cast<std::size_t>(g)] = -w[6] * (g - 3);
    mean_reversion_target_ = w[7] * d0_[4];
    mean_reversion_keep_ = 1.0 - w[7];
    exp_w8_ = std::exp(w[8]);
    exp_w17_w18_ = params_.enable_short_term ? std::exp(w[17] * w[18]) : std::exp(0.0);
}

int Scheduler::elapsed_days(const CardState& card, TimeMs now) const {
    if (card.phase == CardPhase::New || !card.last_review) return 0;
    const long long t = utc_day_number(now) - utc_day_number(*card.last_review);
    if (t < 0)
        throw SchedulingError("review at " + std::to_string(now) +
                              " ms is on an earlier UTC day than the last review at " +
                              std::to_string(*card.last_review) + " ms");
    if (t > INT_MAX) throw SchedulingError("review is more than 2^31 days after the last one");
    return static_cast<int>(t);
}

double Scheduler::forgetting_curve(double elapsed, double stability) const {
    return round8(std::pow(1.0 + derived_.factor * elapsed / stability, derived_.decay));
}

std::optional<double> Scheduler::review_retrievability(const CardState& card, TimeMs now) const {
    if (card.phase == CardPhase::New) return std::nullopt;
    return forgetting_curve(elapsed_days(card, now), card.stability);
}

double Scheduler::retrievability(const CardState& card, TimeMs now) const {
    if (card.phase == CardPhase::New || !card.last_review) return 0.0;
    const TimeMs since = now - *card.last_review;
    const double periods = since <= 0 ? 0.0 : static_cast<double>(since / kDayMs);
    return forgetting_curve(periods, round8(card.stability));
}

int Scheduler::interval_days(double stability) const {
    const double days = std::max(1.0, jsround(stability * derived_.interval_modifier));
    return static_cast<int>(std::min(days, static_cast<double>(params_.maximum_interval)));
}

int Scheduler::fuzzed_interval(double stability, ReviewContext& ctx) const {
    const int ivl = interval_days(stability);
    if (!params_.enable_fuzz || ivl < 3) return ivl;
    if (std::isnan(ctx.fuzz_u)) {
        Rng rng(Rng::mix(Rng::mix(params_.fuzz_seed, ctx.card_key),
                         Rng::mix(static_cast<std::uint64_t>(ctx.card.reps),
                                  static_cast<std::uint64_t>(ctx.now))));
        ctx.fuzz_u = rng.uniform();
    }
    struct FuzzRange {
        double start, end, factor;
    };
    static constexpr FuzzRange kRanges[] = {
        {2.5, 7.0, 0.15}, {7.0, 20.0, 0.1}, {20.0, 1e300, 0.05}};
    const double interval = ivl;
    double delta = 1.0;
    for (const auto& r : kRanges)
        delta += r.factor * std::max(std::min(interval, r.end) - r.start, 0.0);
    const double max_interval = params_.maximum_interval;
    double lo = std::max(2.0, jsround(interval - delta));
    const double hi = std::min(jsround(interval + delta), max_interval);
    if (interval > ctx.t) lo = std::max(lo, ctx.t + 1.0);
    lo = std::min(lo, hi);
    return static_cast<int>(std::floor(ctx.fuzz_u * (hi - lo + 1.0) + lo));
}

Scheduler::Memory Scheduler::initial_memory(int g) const {
    const auto gi = static_cast<std::size_t>(g);
    return {std::max(params_.w[gi - 1], 0.1), clamp(d0_[gi], 1.0, 10.0)};
}

double Scheduler::next_difficulty(double d, int g) const {
    // Good has delta 0, so its damping term is round8(+-0) == 0 and D' == D.
    const double damped =
        g == 3 ? d : d + round8(difficulty_delta_[static_cast<std::size_t>(g)] * (10.0 - d) / 9.0);
    const double reverted = round8(mean_reversion_target_ + mean_reversion_keep_ * damped);
    return clamp(reverted, 1.0, 10.0);
}

Scheduler::Memory Scheduler::memory_after(ReviewContext& ctx, int g) const {
    const auto& w = params_.w;
    const double s = ctx.card.stability;
    const double d = ctx.card.difficulty;
    double s_new;
    if (ctx.t == 0 && params_.enable_short_term) {
        // Same-day review (section 5.6), in every state and for every rating.
        if (std::isnan(ctx.short_term_base)) ctx.short_term_base = std::pow(s, -w[19]);
        double sinc = ctx.short_term_base * short_term_exp_[static_cast<std::size_t>(g)];
        if (g >= 2) sinc = std::max(sinc, 1.0);
        s_new = round8(clamp(s * sinc, kMinStability, kMaxStability));
    } else if (g == 1) {
        // Forgetting (section 5.5).
        const double sf =
            round8(clamp(w[11] * std::pow(d, -w[12]) * (std::pow(s + 1.0, w[13]) - 1.0) *
                             std::exp((1.0 - ctx.r) * w[14]),
                         kMinStability, kMaxStability));
        s_new = std::min(std::max(round8(s / exp_w17_w18_), kMinStability), sf);
    } else {
        // Recall (section 5.4), multiplied left to right as ts-fsrs does: the rating-independent
        // product first, then the Hard penalty and the Easy bonus (x * 1.0 is exact, so
        // skipping a factor of 1 changes no bit).
        if (std::isnan(ctx.recall_base))
            ctx.recall_base =
                exp_w8_ * (11.0 - d) * std::pow(s, -w[9]) * (std::exp((1.0 - ctx.r) * w[10]) - 1.0);
        double inc = ctx.recall_base;
        if (g == 2) inc = inc * w[15];
        if (g == 4) inc = inc * w[16];
        s_new = round8(clamp(s * (1.0 + inc), kMinStability, kMaxStability));
    }
    return {s_new, next_difficulty(d, g)};
}

void Scheduler::compute(const CardState& card, TimeMs now, std::uint64_t card_key,
                        const std::array<ReviewOutcome*, 5>& out) const {
    const bool is_new = card.phase == CardPhase::New;
    // A reviewed card without a usable memory state (e.g. from a damaged save) would turn every
    // later number into NaN; refuse it instead.
    if (!is_new && !(card.stability > 0.0 && card.stability <= kMaxStability &&
                     card.difficulty >= 1.0 && card.difficulty <= 10.0))
        throw SchedulingError("card in phase " + std::to_string(static_cast<int>(card.phase)) +
                              " has stability " + std::to_string(card.stability) +
                              " and difficulty " + std::to_string(card.difficulty) +
                              " (expected S in (0, 36500], D in [1, 10])");
    if (now > kMaxAbsTimeMs || now < -kMaxAbsTimeMs)
        throw SchedulingError("review time " + std::to_string(now) +
                              " ms is outside the range of dates (+-8.64e15 ms)");
    const int t = elapsed_days(card, now);
    ReviewContext ctx{card, now, card_key, t, is_new ? 0.0 : forgetting_curve(t, card.stability)};

    // The common part of every outcome; out[g] is filled for each wanted g.
    auto start = [&](int g, const Memory& m) -> CardState& {
        ReviewOutcome& o = *out[static_cast<std::size_t>(g)];
        o.rating = static_cast<Rating>(g);
        o.card = card;
        o.card.stability = m.stability;
        o.card.difficulty = m.difficulty;
        o.card.reps = card.reps + 1;
        o.card.last_review = now;
        o.card.elapsed_days = t;
        return o.card;
    };
    auto finish_days = [&](int g, int days) {
        ReviewOutcome& o = *out[static_cast<std::size_t>(g)];
        o.card.phase = CardPhase::Review;
        o.card.learning_steps = 0;
        o.card.scheduled_days = days;
        o.card.due = now + static_cast<TimeMs>(days) * kDayMs;
        o.interval_ms = o.card.due - now;
    };
    // Section 6.2: a step under a day keeps the card in `target`; a step of a day or more puts
    // it in Review but keeps the step index; no step graduates it to ivl(S) days.
    auto finish_step = [&](int g, const Step& step, CardPhase target) {
        ReviewOutcome& o = *out[static_cast<std::size_t>(g)];
        if (step.minutes <= 0) {
            finish_days(g, fuzzed_interval(o.card.stability, ctx));
            return;
        }
        o.card.phase = step.minutes < 1440 ? target : CardPhase::Review;
        o.card.learning_steps = step.next;
        o.card.scheduled_days = static_cast<int>(step.minutes / 1440);
        o.card.due = now + step.minutes * kMinuteMs;
        o.interval_ms = o.card.due - now;
    };

    if (!params_.enable_short_term) {
        // Section 6.3: always Review, day intervals put in order across all four ratings.
        std::array<Memory, 5> m{};
        for (int g = 1; g <= 4; ++g)
            m[g] = is_new ? initial_memory(g) : memory_after(ctx, g);
        int a = fuzzed_interval(m[1].stability, ctx);
        int h = fuzzed_interval(m[2].stability, ctx);
        int gd = fuzzed_interval(m[3].stability, ctx);
        int e = fuzzed_interval(m[4].stability, ctx);
        a = std::min(a, h);
        h = std::max(h, a + 1);
        gd = std::max(gd, h + 1);
        e = std::max(e, gd + 1);
        const int days[5] = {0, a, h, gd, e};
        for (int g = 1; g <= 4; ++g) {
            if (!out[static_cast<std::size_t>(g)]) continue;
            CardState& c = start(g, m[g]);
            if (g == 1 && !is_new) c.lapses = card.lapses + 1;
            finish_days(g, days[g]);
        }
        return;
    }

    switch (card.phase) {
        case CardPhase::New:
        case CardPhase::Learning:
        case CardPhase::Relearning: {
            const auto& steps = card.phase == CardPhase::Relearning ? params_.relearning_steps
                                                                    : params_.learning_steps;
            const int index = is_new ? 0 : card.learning_steps;
            const CardPhase target = is_new ? CardPhase::Learning : card.phase;
            for (int g = 1; g <= 4; ++g) {
                if (!out[static_cast<std::size_t>(g)]) continue;
                start(g, is_new ? initial_memory(g) : memory_after(ctx, g));
                finish_step(g, step_for(steps, index, card.phase, g), target);
            }
            return;
        }
        case CardPhase::Review: {
            if (out[1]) {
                CardState& c = start(1, memory_after(ctx, 1));
                c.lapses = card.lapses + 1;
                finish_step(
                    1,
                    step_for(params_.relearning_steps, card.learning_steps, CardPhase::Review, 1),
                    CardPhase::Relearning);
            }
            if (!out[2] && !out[3] && !out[4]) return;
            // Hard <= Good < Easy, Good >= Hard + 1: Hard and Good depend on each other, Easy
            // on both.
            const Memory hard = memory_after(ctx, 2);
            const Memory good = memory_after(ctx, 3);
            int h = fuzzed_interval(hard.stability, ctx);
            int gd = fuzzed_interval(good.stability, ctx);
            h = std::min(h, gd);
            gd = std::max(gd, h + 1);
            if (out[2]) {
                start(2, hard);
                finish_days(2, h);
            }
            if (out[3]) {
                start(3, good);
                finish_days(3, gd);
            }
            if (out[4]) {
                const Memory easy = memory_after(ctx, 4);
                start(4, easy);
                finish_days(4, std::max(fuzzed_interval(easy.stability, ctx), gd + 1));
            }
            return;
        }
    }
}

ReviewPreview Scheduler::preview(const CardState& card, TimeMs now, std::uint64_t card_key) const {
    ReviewPreview p;
    compute(card, now, card_key,
            {nullptr, &p.outcomes[0], &p.outcomes[1], &p.outcomes[2], &p.outcomes[3]});
    return p;
}

CardState Scheduler::next(const CardState& card, Rating rating, TimeMs now,
                          std::uint64_t card_key) const {
    ReviewOutcome single;
    std::array<ReviewOutcome*, 5> out{};
    out[static_cast<std::size_t>(to_int(rating))] = &single;
    compute(card, now, card_key, out);
    return single.card;
}

}  // namespace chronik
