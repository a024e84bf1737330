#include "progress/exam_goal.hpp"

#include <cstdio>
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
