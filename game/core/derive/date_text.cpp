// parse_date_text (date_mentions.hpp): a whole cell of an imported table as one date.
#include <cctype>
#include <string>

#include "derive/date_mentions.hpp"
#include "derive/tokens.hpp"

namespace chronik::derive {

using bank::EventDate;

std::optional<bank::EventDate> parse_date_text(std::string_view text) {
    std::string s(text);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.pop_back();
    std::size_t b = 0;
    while (b < s.size() && std::isspace(static_cast<unsigned char>(s[b])))
        ++b;
    s = s.substr(b);
    if (s.empty()) return std::nullopt;
    auto valid = [](const EventDate& d) -> std::optional<EventDate> {
        if (bank::date_problem(d)) return std::nullopt;
        return d;
    };
    // A cell of a date column that is only a number is a year, whatever its size: "800",
    // "1517", "2500" (the importer decides which years it accepts).
    if (s.size() <= 4 && all_digits(s) && std::stoi(s) != 0)
        return valid(EventDate::in_year(std::stoi(s)));
    // ISO: 2022-03-02, 2022-03
    if (s.size() >= 7 && all_digits(s.substr(0, 4)) && s[4] == '-') {
        const auto rest = s.substr(5);
        const auto dash = rest.find('-');
        const auto mm = rest.substr(0, dash);
        if (!all_digits(mm) || mm.size() > 2) return std::nullopt;
        const int y = std::stoi(s.substr(0, 4));
        const int mo = std::stoi(mm);
        if (dash == std::string::npos) return valid(EventDate::in_month(y, mo));
        const auto dd = rest.substr(dash + 1);
        if (!all_digits(dd) || dd.size() > 2) return std::nullopt;
        return valid(EventDate::on_day(y, mo, std::stoi(dd)));
    }
    // Numeric German: 2.3.2022, 02.03.2022
    {
        const auto d1 = s.find('.');
        if (d1 != std::string::npos && d1 > 0 && d1 <= 2) {
            const auto d2 = s.find('.', d1 + 1);
            if (d2 != std::string::npos && d2 > d1 + 1 && d2 - d1 - 1 <= 2) {
                const auto dd = s.substr(0, d1), mm = s.substr(d1 + 1, d2 - d1 - 1),
                           yy = s.substr(d2 + 1);
                if (all_digits(dd) && all_digits(mm) && all_digits(yy) && yy.size() == 4)
                    return valid(EventDate::on_day(std::stoi(yy), std::stoi(mm), std::stoi(dd)));
            }
        }
    }
    // Words: the whole cell must be one date expression.
    DateContext ctx;
    const auto mentions = find_dates(s, ctx);
    if (mentions.size() != 1 || !mentions[0].explicit_year || mentions[0].role != DateRole::At)
        return std::nullopt;
    // Nothing but date words around it.
    const auto toks = tokenize(s);
    for (const auto& t : toks) {
        if (t.begin >= mentions[0].begin && t.end <= mentions[0].end) continue;
        return std::nullopt;
    }
    return valid(mentions[0].date);
}

}  // namespace chronik::derive
