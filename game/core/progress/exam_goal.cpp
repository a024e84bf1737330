#include "progress/exam_goal.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <iterator>
#include <set>

namespace chronik {

bool valid_date(CivilDate date) {
    if (date.year < 1900 || date.year > 9999 || date.month < 1 || date.month > 12 || date.day < 1)
        return false;
    return civil_from_days(days_from_civil(date)) == date;
}

std::vector<std::string> exam_goal_problems(const ExamGoal& goal) {
    std::vector<std::string> problems;
    if (!valid_date(goal.date))
        problems.push_back("exam.date " + format_iso_date(goal.date) + " is not a calendar date");
    if (goal.minute_of_day < 0 || goal.minute_of_day >= 24 * 60)
        problems.push_back("exam.minute_of_day is " + std::to_string(goal.minute_of_day) +
                           ", allowed is 0 to 1439");
    if (goal.minutes_per_day < 1 || goal.minutes_per_day > kMaxExamMinutesPerDay)
        problems.push_back("exam.minutes_per_day is " + std::to_string(goal.minutes_per_day) +
                           ", allowed is 1 to " + std::to_string(kMaxExamMinutesPerDay));
    for (const auto* list : {&goal.decks, &goal.topics}) {
        const char* field = list == &goal.decks ? "exam.decks" : "exam.topics";
        std::set<std::string> seen;
        for (const auto& id : *list) {
            if (id.empty())
                problems.push_back(std::string(field) + ": an entry is empty");
            else if (!seen.insert(id).second)
                problems.push_back(std::string(field) + ": \"" + id + "\" is listed twice");
        }
    }
    return problems;
}

TimeMs exam_at(const ExamGoal& goal, int utc_offset_minutes) {
    return days_from_civil(goal.date) * kDayMs +
           static_cast<TimeMs>(goal.minute_of_day - utc_offset_minutes) * kMinuteMs;
}

ExamGoal default_exam_goal(std::int64_t today) {
    ExamGoal goal;
    goal.date = civil_from_days(today + 14);
    return goal;
}

CivilDate shift_exam_date(CivilDate date, int days, std::int64_t today) {
    const std::int64_t day =
        std::clamp<std::int64_t>(days_from_civil(date) + days, today, today + kMaxExamDaysAhead);
    return civil_from_days(day);
}

int step_minutes_per_day(int minutes, int steps) {
    static constexpr std::array<int, 19> kChoices{5,  10,  15,  20,  25,  30,  40,  50,  60, 75,
                                                  90, 120, 150, 180, 240, 300, 360, 480, 600};
    for (; steps > 0; --steps) {
        const auto it = std::upper_bound(kChoices.begin(), kChoices.end(), minutes);
        minutes = it == kChoices.end() ? kChoices.back() : *it;
    }
    for (; steps < 0; ++steps) {
        const auto it = std::lower_bound(kChoices.begin(), kChoices.end(), minutes);
        minutes = it == kChoices.begin() ? std::min(minutes, kChoices.front()) : *std::prev(it);
    }
    return minutes;
}

std::string format_iso_date(CivilDate date) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04lld-%02d-%02d", static_cast<long long>(date.year),
                  date.month, date.day);
    return buf;
}

std::optional<CivilDate> parse_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    auto number = [&](std::size_t from, std::size_t length) -> std::optional<int> {
        int v = 0;
        for (std::size_t i = from; i < from + length; ++i) {
            if (text[i] < '0' || text[i] > '9') return std::nullopt;
            v = v * 10 + (text[i] - '0');
        }
        return v;
    };
    const auto y = number(0, 4), m = number(5, 2), d = number(8, 2);
    if (!y || !m || !d) return std::nullopt;
    const CivilDate date{*y, *m, *d};
    if (!valid_date(date)) return std::nullopt;
    return date;
}

}  // namespace chronik
