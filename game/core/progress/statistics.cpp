#include "progress/statistics.hpp"

#include <algorithm>

namespace chronik {

std::vector<DayCount> reviews_per_day(const ProfileProgress& progress, std::int64_t first_day,
                                      std::int64_t last_day) {
    std::vector<DayCount> out;
    if (last_day < first_day) return out;
    out.reserve(static_cast<std::size_t>(last_day - first_day + 1));
    auto it = progress.days().lower_bound(first_day);
    for (std::int64_t d = first_day; d <= last_day; ++d) {
        std::int64_t n = 0;
        if (it != progress.days().end() && it->first == d) {
            n = it->second.reviews;
            ++it;
        }
        out.push_back({d, n});
    }
    return out;
}

std::vector<RetentionPoint> true_retention(const ProfileProgress& progress, Period period) {
    std::map<std::int64_t, RetentionPoint> buckets;
    for (const auto& [day, tally] : progress.days()) {
        if (tally.first_reviews == 0) continue;
        const std::int64_t key = period == Period::Day    ? day
                                 : period == Period::Week ? study_week(day)
                                                          : study_month(day);
        auto& p = buckets.try_emplace(key, RetentionPoint{key, 0, 0}).first->second;
        p.first_reviews += tally.first_reviews;
        p.passed += tally.first_passed;
    }
    std::vector<RetentionPoint> out;
    out.reserve(buckets.size());
    for (const auto& [k, p] : buckets)
        out.push_back(p);
    return out;
}

std::vector<std::int64_t> due_forecast(const ProfileProgress& progress, TimeMs now,
                                       int utc_offset_minutes, int days) {
    std::vector<std::int64_t> out(static_cast<std::size_t>(std::max(days, 0)), 0);
    if (out.empty()) return out;
    const std::int64_t today = study_day(now, utc_offset_minutes);
    const TimeMs horizon = study_day_start(today + days, utc_offset_minutes);
    const auto& dues = progress.due_times();
    for (auto it = dues.begin(); it != dues.end() && *it < horizon; ++it) {
        const std::int64_t offset =
            std::max<std::int64_t>(0, study_day(*it, utc_offset_minutes) - today);
        out[static_cast<std::size_t>(offset)] += 1;
    }
    return out;
}

namespace {

void count_card(CardCounts& c, const CardState& s) {
    switch (s.phase) {
        case CardPhase::New:
            c.new_cards += 1;
            break;
        case CardPhase::Learning:
        case CardPhase::Relearning:
            c.learning += 1;
            break;
        case CardPhase::Review:
            if (s.scheduled_days >= kMatureIntervalDays)
                c.mature += 1;
            else
                c.young += 1;
            break;
    }
}

}  // namespace

CardCounts card_counts(const ProfileProgress& progress, std::size_t bank_size) {
    CardCounts c;
    for (const auto& [id, s] : progress.cards())
        count_card(c, s);
    const auto seen = static_cast<std::int64_t>(progress.cards().size());
    const auto bank = static_cast<std::int64_t>(bank_size);
    if (bank > seen) c.new_cards += bank - seen;
    return c;
}

std::map<std::string, TagMastery> tag_mastery(
    const ProfileProgress& progress,
    const std::map<std::string, std::vector<std::string>>& card_tags) {
    std::map<std::string, TagMastery> out;
    for (const auto& [card_id, tags] : card_tags) {
        const auto state = progress.card(card_id);
        for (const auto& tag : tags) {
            CardCounts& c = out[tag].counts;
            if (state)
                count_card(c, *state);
            else
                c.new_cards += 1;
        }
    }
    for (auto& [tag, m] : out) {
        const auto& c = m.counts;
        const std::int64_t total = c.new_cards + c.learning + c.young + c.mature;
        m.mastery = total == 0
                        ? 0.0
                        : (static_cast<double>(c.mature) + 0.5 * static_cast<double>(c.young)) /
                              static_cast<double>(total);
    }
    return out;
}

std::vector<CalendarDay> study_calendar(const ProfileProgress& progress, std::int64_t first_day,
                                        std::int64_t last_day) {
    std::vector<CalendarDay> out;
    for (const auto& [day, n] : reviews_per_day(progress, first_day, last_day)) {
        const int level = n == 0 ? 0 : n < 10 ? 1 : n < 30 ? 2 : n < 60 ? 3 : 4;
        out.push_back({day, civil_from_days(day), n, level});
    }
    return out;
}

StreakView streak_view(const ProfileProgress& progress, TimeMs now, int utc_offset_minutes) {
    const KindStreak& s = progress.streak();
    StreakView v{s.current_days, s.best_days, s.rest_days, false};
    if (!s.last_study_day) return v;
    const std::int64_t today = study_day(now, utc_offset_minutes);
    v.studied_today = *s.last_study_day >= today;
    // Days already missed: after the last study day, before today (today can still be saved).
    std::int64_t first_gap = *s.last_study_day + 1;
    const auto& dues = progress.due_times();
    if (dues.empty()) return v;
    first_gap = std::max(first_gap, study_day(*dues.begin(), utc_offset_minutes));
    const std::int64_t missed = std::max<std::int64_t>(0, today - first_gap);
    if (missed > v.rest_days) {
        v.current_days = 0;
        v.rest_days = KindStreak::kStartRestDays;
    } else {
        v.rest_days -= static_cast<int>(missed);
    }
    return v;
}

}  // namespace chronik
