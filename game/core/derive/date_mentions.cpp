#include "derive/date_mentions.hpp"

#include <cctype>
#include <string>

#include "derive/era_years.hpp"
#include "derive/lexicon.hpp"
#include "derive/tokens.hpp"

namespace chronik::derive {
namespace {

using bank::EventDate;
using bank::PeriodPart;
using bank::Season;

std::optional<Season> season_word(std::string_view w) {
    // With the dative -e and genitive -s of older books ("im Frühjahre 1757", "des Herbstes").
    if (w == "Frühjahr" || w == "Frühling" || w == "Frühjahre" || w == "Frühjahrs")
        return Season::Spring;
    if (w == "Sommer" || w == "Sommers") return Season::Summer;
    if (w == "Herbst" || w == "Herbste" || w == "Herbstes") return Season::Autumn;
    if (w == "Winter" || w == "Winters") return Season::Winter;
    return std::nullopt;
}

std::optional<PeriodPart> part_word(std::string_view w) {
    if (w == "Anfang" || w == "Beginn") return PeriodPart::Early;
    if (w == "Mitte") return PeriodPart::Mid;
    if (w == "Ende") return PeriodPart::Late;
    return std::nullopt;
}

std::optional<PeriodPart> decade_adjective(std::string_view w) {
    if (w == "frühen" || w == "früheren" || w == "ersten") return PeriodPart::Early;
    if (w == "mittleren") return PeriodPart::Mid;
    if (w == "späten" || w == "späteren" || w == "letzten") return PeriodPart::Late;
    return std::nullopt;
}

// "1980er" -> 1980
int decade_word(std::string_view w) {
    if (w.size() == 6 && w.substr(4) == "er" && all_digits(w.substr(0, 4))) {
        const int y = std::stoi(std::string(w.substr(0, 4)));
        if (y % 10 == 0 && y >= 1000 && y <= 2100) return y;
    }
    return 0;
}

bool lower_eq(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) !=
            std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

bool blocks_year(std::string_view before) {
    static const std::string_view kBlock[] = {
        "Resolution", "Nr",   "Nummer", "Band",    "S",  "Seite", "ISSN", "Artikel",
        "Paragraph",  "Flug", "Linie",  "Nummern", "Bd", "Heft",  "Jg"};
    for (auto b : kBlock)
        if (b == before) return true;
    return false;
}

// "2.7.936", "09.11.1989": day, month and a year of three or four digits, in figures; false
// for anything else or an impossible day.
bool figure_date(std::string_view w, int* day, int* month, int* year) {
    const auto d1 = w.find('.');
    if (d1 == std::string_view::npos || d1 == 0 || d1 > 2) return false;
    const auto d2 = w.find('.', d1 + 1);
    if (d2 == std::string_view::npos || d2 == d1 + 1 || d2 - d1 - 1 > 2) return false;
    const auto dd = w.substr(0, d1), mm = w.substr(d1 + 1, d2 - d1 - 1), yy = w.substr(d2 + 1);
    if (!all_digits(dd) || !all_digits(mm) || !all_digits(yy) || yy.size() < 3 || yy.size() > 4 ||
        yy[0] == '0')
        return false;
    const int y = std::stoi(std::string(yy)), mo = std::stoi(std::string(mm)),
              d = std::stoi(std::string(dd));
    if (y > 2100 || mo < 1 || mo > 12 || d < 1 || d > bank::days_in_month(y, mo)) return false;
    *day = d;
    *month = mo;
    *year = y;
    return true;
}

// A word that makes the number after it a count, not a year: "rund 1400 Exilkubaner", "über
// 1200 Schiffe", "mehr als 1500 …" (an approximate year is "um 1400", "gegen 1400", "ca. 1400").
bool count_word_before(const std::vector<Token>& toks, std::size_t k) {
    if (k == 0 || toks[k - 1].comma || toks[k - 1].dot) return false;
    const auto& b = toks[k - 1].word;
    for (std::string_view q : {"rund", "knapp", "fast", "beinahe", "über", "insgesamt", "nur"})
        if (lower_eq(b, q)) return true;
    // "mehr als", "weniger als", "bis zu"
    if (k >= 2 && !toks[k - 2].comma &&
        ((lower_eq(b, "als") &&
          (lower_eq(toks[k - 2].word, "mehr") || lower_eq(toks[k - 2].word, "weniger"))) ||
         (lower_eq(b, "zu") && lower_eq(toks[k - 2].word, "bis"))))
        return true;
    return false;
}

// "zwei" in "zwei Tage später", "einen Tag danach": 1–12 as a word or in figures; 0 else.
int small_count(std::string_view w) {
    static constexpr std::string_view kWords[] = {"ein",  "zwei",  "drei",   "vier",
                                                  "fünf", "sechs", "sieben", "acht",
                                                  "neun", "zehn",  "elf",    "zwölf"};
    std::string low(w);
    if (!low.empty() && low[0] >= 'A' && low[0] <= 'Z') low[0] = static_cast<char>(low[0] + 32);
    for (std::string_view suffix : {"en", "em", "e"})
        if (low.size() > 3 && low.starts_with("ein") && low.substr(3) == suffix) low = "ein";
    for (int k = 0; k < 12; ++k)
        if (low == kWords[k]) return k + 1;
    if (!w.empty() && w.size() <= 2 && all_digits(w)) return std::stoi(std::string(w));
    return 0;
}

EventDate days_after(int y, int m, int d, int n) {
    for (d += n; d > bank::days_in_month(y, m);) {
        d -= bank::days_in_month(y, m);
        if (++m > 12) {
            m = 1;
            ++y;
        }
    }
    return EventDate::on_day(y, m, d);
}

bool is_relative_pronoun(std::string_view w) {
    for (std::string_view r : {"der", "die", "das", "dem", "den", "denen", "deren", "dessen",
                               "welcher", "welche", "welches", "welchem", "welchen"})
        if (w == r) return true;
    return false;
}

// Is token `k` inside a relative clause (", der am 1. Mai 1218 geboren war")? The clause opens
// after the last comma before `k` with a relative pronoun, or a preposition and one ("von
// denen", "in dem").
bool in_relative_clause(const std::vector<Token>& toks, std::size_t k) {
    std::size_t j = k;
    while (j > 0 && !toks[j - 1].comma)
        --j;
    if (j == 0 || j >= k) return false;
    if (is_relative_pronoun(toks[j].word)) return true;
    return j + 1 < k && !is_capitalised(toks[j].word) && toks[j].word.size() <= 4 &&
           (toks[j + 1].word == "dem" || toks[j + 1].word == "denen" || toks[j + 1].word == "der" ||
            toks[j + 1].word == "welchem");
}

struct Cursor {
    const std::vector<Token>& t;
    std::size_t i;
    bool at(std::size_t k) const { return i + k < t.size(); }
    const std::string& w(std::size_t k) const { return t[i + k].word; }
};

}  // namespace

std::vector<DateMention> find_dates(std::string_view sentence, DateContext& ctx) {
    const auto toks = tokenize(sentence);
    std::vector<DateMention> out;
    // The context a date of the main clause set: a date in a relative clause (", der am 1. Mai
    // 1218 geboren war") is a side remark and does not move the narrative's year when the
    // sentence dates its main statement ("am 1. Oktober 1273 wählten die Fürsten …").
    DateContext main_ctx = ctx;
    bool main_set = false;
    bool side_last = false;
    // A year after a month or "Jahr" may have fewer digits ("25. Dezember 800").
    auto year_of = [&](std::size_t k, int* y) {
        return k < toks.size() &&
               (is_year_word(toks[k].word, y) || early_year_at(toks, k, ctx.year, y));
    };
    for (std::size_t i = 0; i < toks.size(); ++i) {
        DateMention m;
        std::size_t first = i, last = i;  // token range of the expression
        std::size_t year_tok = toks.size();
        int y = 0;
        const auto& w = toks[i].word;
        bool found = false;
        auto day_at = [&](std::size_t k) {
            return k < toks.size() && toks[k].dot && all_digits(toks[k].word) &&
                   toks[k].word.size() <= 2;
        };
        // A list of days before the month ("16. und 18. October", "9. 10. März"): the month
        // token of the last day; the first day is the date.
        std::size_t month_tok = i + 1;
        if (day_at(i)) {
            std::size_t k = i + 1;
            if (k < toks.size() && (lower_eq(toks[k].word, "und") || toks[k].word == "u" ||
                                    toks[k].word == "–" || toks[k].word == "-"))
                ++k;
            if (day_at(k) && k + 1 < toks.size() && month_after_day(toks[k + 1].word) != 0 &&
                std::stoi(toks[k].word) > std::stoi(w))
                month_tok = k + 1;
        }
        // "des Jahres 1757" / "im Jahre 1757" after a day or month.
        auto year_phrase_at = [&](std::size_t k, int* yy) {
            return k + 2 < toks.size() &&
                   (lower_eq(toks[k].word, "des") || lower_eq(toks[k].word, "im")) &&
                   (toks[k + 1].word == "Jahres" || toks[k + 1].word == "Jahre") &&
                   year_of(k + 2, yy);
        };
        // "desselben Jahres" (1 more token) / "des folgenden Jahres" (2 more) after a day or
        // month: the context's year or the next; 0 when there is none.
        auto relative_year_at = [&](std::size_t k, std::size_t* extra) {
            if (ctx.year == 0 || k + 1 >= toks.size()) return 0;
            if ((toks[k].word == "desselben" || toks[k].word == "dieses") &&
                toks[k + 1].word == "Jahres") {
                *extra = 1;
                return ctx.year;
            }
            if (k + 2 < toks.size() && toks[k].word == "des" &&
                (toks[k + 1].word == "folgenden" || toks[k + 1].word == "nächsten") &&
                toks[k + 2].word == "Jahres") {
                *extra = 2;
                return ctx.year + 1;
            }
            return 0;
        };
        std::size_t rel_extra = 0;
        // A number of three or four digits: a year that was not read, not a day or a count.
        auto number_after = [&](std::size_t k) {
            return k < toks.size() && all_digits(toks[k].word) && toks[k].word.size() >= 3 &&
                   toks[k].word.size() <= 4 &&
                   !(k + 1 < toks.size() && !toks[k].comma && !toks[k].dot &&
                     is_count_unit(toks[k + 1].word));
        };
        int fig_day = 0, fig_month = 0, fig_year = 0;
        std::size_t fig_year_off = 0;  // where the year starts in a date in figures
        // "im folgenden Jahre", "im selben Jahr": the year of the context or the next.
        const bool relative_year =
            ctx.year != 0 && lower_eq(w, "im") && i + 2 < toks.size() &&
            (toks[i + 2].word == "Jahr" || toks[i + 2].word == "Jahre") &&
            (toks[i + 1].word == "folgenden" || toks[i + 1].word == "nächsten" ||
             toks[i + 1].word == "darauffolgenden" || toks[i + 1].word == "selben" ||
             toks[i + 1].word == "gleichen");
        // "am folgenden Tage", "am nächsten Tag": the day after the context's day.
        const bool next_day = ctx.day != 0 && lower_eq(w, "am") && i + 2 < toks.size() &&
                              (toks[i + 1].word == "folgenden" || toks[i + 1].word == "nächsten") &&
                              (toks[i + 2].word == "Tag" || toks[i + 2].word == "Tage");
        // "Zwei Tage später", "Einen Tag danach", "Drei Jahre darauf", "Noch am selben Tag":
        // a time counted from the context's date, at the context's precision or coarser.
        const int offset = small_count(w);
        const bool counted_later =
            offset != 0 && !toks[i].dot && i + 2 < toks.size() && !toks[i + 1].comma &&
            (lower_eq(toks[i + 2].word, "später") || lower_eq(toks[i + 2].word, "danach") ||
             lower_eq(toks[i + 2].word, "darauf"));
        const auto& unit = counted_later ? toks[i + 1].word : w;
        const bool days_later =
            counted_later && ctx.day != 0 &&
            (unit == "Tag" || unit == "Tage" || unit == "Wochen" || unit == "Woche");
        const bool years_later =
            counted_later && ctx.year != 0 && !ctx.decade && (unit == "Jahr" || unit == "Jahre");
        const bool same_day = ctx.day != 0 && lower_eq(w, "am") && i + 2 < toks.size() &&
                              (toks[i + 1].word == "selben" || toks[i + 1].word == "gleichen" ||
                               toks[i + 1].word == "selbigen") &&
                              (toks[i + 2].word == "Tag" || toks[i + 2].word == "Tage");
        if (days_later || same_day) {
            const int n = same_day ? 0 : offset * (unit.starts_with("Woche") ? 7 : 1);
            m.date = days_after(ctx.year, ctx.month, ctx.day, n);
            m.explicit_year = false;
            if (i > 0 && lower_eq(toks[i - 1].word, "noch")) first = i - 1;  // "Noch am selben Tag"
            last = i + 2;
            found = true;
        } else if (years_later) {
            m.date = EventDate::in_year(ctx.year + offset);
            m.explicit_year = false;
            last = i + 2;
            found = true;
        } else if (relative_year) {
            const bool next = toks[i + 1].word == "folgenden" || toks[i + 1].word == "nächsten" ||
                              toks[i + 1].word == "darauffolgenden";
            m.date = EventDate::in_year(ctx.year + (next ? 1 : 0));
            m.explicit_year = false;
            last = i + 2;
            found = true;
        } else if (next_day) {
            int yy = ctx.year, mm = ctx.month, dd = ctx.day + 1;
            if (dd > bank::days_in_month(yy, mm)) {
                dd = 1;
                if (++mm > 12) {
                    mm = 1;
                    ++yy;
                }
            }
            m.date = EventDate::on_day(yy, mm, dd);
            m.explicit_year = false;
            last = i + 2;
            found = true;
        } else if (figure_date(w, &fig_day, &fig_month, &fig_year)) {
            // "2.7.936", "9.11.1989": a date in figures.
            m.date = EventDate::on_day(fig_year, fig_month, fig_day);
            year_tok = i;
            fig_year_off = w.rfind('.') + 1;
            found = true;
        } else if ((day_at(i) || (toks[i].dot && day_span_start(w) != 0)) &&
                   month_tok < toks.size() && month_after_day(toks[month_tok].word) != 0) {
            // "13.–25. Aug. 1920": a span of days; the event is its first day.
            const int day = day_at(i) ? std::stoi(w) : day_span_start(w);
            const int month = month_after_day(toks[month_tok].word);
            // "vom 27. Mai bis zum 1. Juni 1832", "1. Aug. – 2. Okt. 1944": the start takes
            // the year of the end.
            std::size_t b = month_tok + 1;
            if (b < toks.size() && (lower_eq(toks[b].word, "bis") || toks[b].word == "–" ||
                                    toks[b].word == "—" || toks[b].word == "-"))
                ++b;
            if (b < toks.size() && (lower_eq(toks[b].word, "zum") || lower_eq(toks[b].word, "zur")))
                ++b;
            int end_year = 0;
            const bool range_year = b > month_tok + 1 && b + 2 < toks.size() && toks[b].dot &&
                                    all_digits(toks[b].word) && toks[b].word.size() <= 2 &&
                                    month_after_day(toks[b + 1].word) != 0 &&
                                    year_of(b + 2, &end_year);
            if (year_of(month_tok + 1, &y)) {
                year_tok = month_tok + 1;
                last = month_tok + 1;
            } else if (year_phrase_at(month_tok + 1, &y)) {
                year_tok = month_tok + 3;
                last = month_tok + 3;
            } else if (const int ry = relative_year_at(month_tok + 1, &rel_extra); ry != 0) {
                y = ry;
                m.explicit_year = false;
                last = month_tok + 1 + rel_extra;
            } else if (range_year) {
                y = end_year - (month > month_after_day(toks[b + 1].word) ? 1 : 0);
                last = month_tok;
            } else if (ctx.year != 0 && !number_after(month_tok + 1)) {
                // A day without its year takes the context's; never when a number follows
                // that is not read as a year ("2. Feb. 962" must not take the line before's).
                y = ctx.year + ((ctx.month != 0 && month < ctx.month) ? 1 : 0);
                m.explicit_year = false;
                last = month_tok;
            } else {
                continue;
            }
            if (day >= 1 && day <= bank::days_in_month(y, month)) {
                m.date = EventDate::on_day(y, month, day);
                found = true;
            }
        } else if (i <= 1 && all_digits(w) && w.size() <= 2 && ctx.day != 0 && ctx.month != 0 &&
                   ctx.year != 0 && toks[i].end < sentence.size() &&
                   (sentence[toks[i].end] == ':' || sentence.compare(toks[i].end, 2, ".:") == 0) &&
                   std::stoi(w) > ctx.day &&
                   std::stoi(w) <= bank::days_in_month(ctx.year, ctx.month)) {
            // "Am 17: Waffenruhe." after "Am 16. October: ...": the next day of that month.
            m.date = EventDate::on_day(ctx.year, ctx.month, std::stoi(w));
            m.explicit_year = false;
            found = true;
            if (i == 1) first = 0;  // "Am 17:", the OCR'd "Ant 18.:"
        } else if (const int short_month = month_after_day(w);
                   short_month != 0 && month_number(w) == 0 && w.size() <= 6 && toks[i].dot &&
                   is_capitalised(w) && year_of(i + 1, &y)) {
            // "Sept. 1192", "Okt. 1096": an abbreviated month with its year, as a Tafelbild
            // writes it (only with its dot and a year: "Mai", "Jun" alone are other words).
            year_tok = i + 1;
            last = i + 1;
            m.date = EventDate::in_month(y, short_month);
            found = true;
        } else if (const int month = month_number(w); month != 0) {
            if (year_of(i + 1, &y)) {
                year_tok = i + 1;
                last = i + 1;
                m.date = EventDate::in_month(y, month);
                found = true;
            } else if (year_phrase_at(i + 1, &y)) {
                // "im Januar des Jahres 1077"
                year_tok = i + 3;
                last = i + 3;
                m.date = EventDate::in_month(y, month);
                found = true;
            } else if (const int ry = relative_year_at(i + 1, &rel_extra); ry != 0) {
                // "im Juli desselben Jahres", "im März des folgenden Jahres"
                last = i + 1 + rel_extra;
                m.date = EventDate::in_month(ry, month);
                m.explicit_year = false;
                found = true;
            } else if (i > 0 && ctx.year != 0 &&
                       (lower_eq(toks[i - 1].word, "im") || lower_eq(toks[i - 1].word, "seit") ||
                        lower_eq(toks[i - 1].word, "bis") || lower_eq(toks[i - 1].word, "ab"))) {
                y = ctx.year + ((ctx.month != 0 && month < ctx.month) ? 1 : 0);
                m.date = EventDate::in_month(y, month);
                m.explicit_year = false;
                found = true;
            }
        } else if (const auto season = season_word(w); season && year_of(i + 1, &y)) {
            year_tok = i + 1;
            last = i + 1;
            m.date = EventDate::in_season(y, *season);
            found = true;
        } else if (const auto part = part_word(w)) {
            int part_month = i + 1 < toks.size() ? month_number(toks[i + 1].word) : 0;
            if (part_month != 0) {
                // "Anfang März (1848)": the month (the bank has no finer part of a month).
                if (year_of(i + 2, &y)) {
                    year_tok = i + 2;
                    last = i + 2;
                } else if (ctx.year != 0) {
                    y = ctx.year + ((ctx.month != 0 && part_month < ctx.month) ? 1 : 0);
                    m.explicit_year = false;
                    last = i + 1;
                }
                if (y != 0) {
                    m.date = EventDate::in_month(y, part_month);
                    found = true;
                }
            } else if (year_of(i + 1, &y)) {
                year_tok = i + 1;
                last = i + 1;
                m.date = EventDate::in_year_part(y, *part);
                found = true;
            } else if (i + 2 < toks.size() && toks[i + 1].word == "der" &&
                       decade_word(toks[i + 2].word) != 0) {
                y = decade_word(toks[i + 2].word);
                year_tok = i + 2;
                last = i + 2;
                m.date = EventDate::in_decade_part(y, *part);
                found = true;
            }
        } else if (const auto adj = decade_adjective(w);
                   adj && i + 1 < toks.size() && decade_word(toks[i + 1].word) != 0) {
            y = decade_word(toks[i + 1].word);
            year_tok = i + 1;
            last = i + 1;
            m.date = EventDate::in_decade_part(y, *adj);
            found = true;
        } else if (decade_word(w) != 0) {
            y = decade_word(w);
            year_tok = i;
            m.date = EventDate::in_decade(y);
            found = true;
        } else if (int era_start = 0, era_end = 0; era_span(toks, i, &era_start, &era_end)) {
            // "264–241 v. Chr.", "73–71 v. Chr.": a span with its era; the event is its start
            // (the era below makes a year before Christ negative).
            y = era_start;
            year_tok = i;
            m.date = EventDate::in_year(y);
            m.role = DateRole::Range;
            m.range_end_year = era_end;
            found = true;
        } else if (int span_end = 0; year_span(w, &y, &span_end)) {
            // "1524—25", "1630—1634": a span; the event is its start.
            year_tok = i;
            m.date = EventDate::in_year(y);
            m.role = DateRole::Range;
            m.range_end_year = span_end;
            found = true;
        } else if (is_year_word(w, &y) || early_year_at(toks, i, ctx.year, &y)) {
            const bool blocked = (i > 0 && blocks_year(toks[i - 1].word)) ||
                                 count_word_before(toks, i) ||
                                 (i + 1 < toks.size() && !toks[i].dot && !toks[i].comma &&
                                  is_count_unit(toks[i + 1].word));
            if (!blocked) {
                year_tok = i;
                m.date = EventDate::in_year(y);
                found = true;
            }
        }
        if (!found) continue;
        bool with_era = false;
        // "9 n. Chr.", "44 v. Chr.": the era goes with the year; before Christ counts back.
        if (year_tok < toks.size() && last == year_tok) {
            if (const auto era = era_marker_at(toks, year_tok + 1); era.tokens != 0) {
                last += era.tokens;
                with_era = true;
                if (era.before_christ) m.date.year = -m.date.year;
            }
        }
        // "1756 – 1763", "1756 bis 1763": a span of years; the end dates nothing of its own.
        if (m.role == DateRole::At && m.date.precision == bank::DatePrecision::Year &&
            year_tok == i && last == i && i + 2 < toks.size() &&
            (toks[i + 1].word == "—" || toks[i + 1].word == "–" || toks[i + 1].word == "-" ||
             toks[i + 1].word == "bis") &&
            !toks[i].comma && !toks[i].dot) {
            int end_year = 0;
            if (year_of(i + 2, &end_year) && end_year > y && end_year - y < 200) {
                m.role = DateRole::Range;
                m.range_end_year = end_year;
                last = i + 2;
            }
        }
        // A decade expression takes its "Jahre"/"Jahren".
        if (last + 1 < toks.size() && decade_word(toks[last].word) != 0 &&
            (toks[last + 1].word == "Jahre" || toks[last + 1].word == "Jahren") && !toks[last].dot)
            ++last;
        // Prepositions before the expression.
        auto prev_is = [&](std::string_view word) {
            return first > 0 && lower_eq(toks[first - 1].word, word);
        };
        if ((prev_is("Jahr") || prev_is("Jahre") || prev_is("Jahres")) && first >= 2 &&
            (lower_eq(toks[first - 2].word, "im") || lower_eq(toks[first - 2].word, "das") ||
             lower_eq(toks[first - 2].word, "des")))
            first -= 2;
        if (prev_is("den") && first >= 2 && lower_eq(toks[first - 2].word, "in")) first -= 2;
        // "am Morgen des 16. November", "in der Nacht des 5. Mai": the time of day goes with it.
        if (m.date.precision == bank::DatePrecision::Day && prev_is("des") && first >= 3) {
            const auto& part = toks[first - 2].word;
            const auto& prep = toks[first - 3].word;
            if ((part == "Morgen" || part == "Abend" || part == "Mittag" || part == "Vormittag" ||
                 part == "Nachmittag" || part == "Tag" || part == "Tage") &&
                lower_eq(prep, "am"))
                first -= 2;  // "am" is taken below
            else if (part == "Nacht" && first >= 4 && lower_eq(prep, "der") &&
                     lower_eq(toks[first - 4].word, "in"))
                first -= 3;
        }
        if (prev_is("der") && m.date.precision == bank::DatePrecision::DecadePart && first >= 2 &&
            lower_eq(toks[first - 2].word, "in"))
            first -= 2;
        // "bis zum 1. Juni 1832" after "vom 27. Mai": the end of a span.
        if ((prev_is("zum") || prev_is("zur")) && first >= 2 &&
            lower_eq(toks[first - 2].word, "bis") && !out.empty() &&
            (lower_eq(sentence.substr(out.back().begin, 4), "vom ") ||
             lower_eq(sentence.substr(out.back().begin, 4), "von "))) {
            m.ends_range = true;
            first -= 2;
        } else if (prev_is("bis") && !out.empty() &&
                   (lower_eq(sentence.substr(out.back().begin, 4), "vom ") ||
                    lower_eq(sentence.substr(out.back().begin, 4), "von "))) {
            m.ends_range = true;
            --first;
        }
        // "15. November 1884 – 26. Februar 1885": a date after a dash right after another
        // date ends that span.
        if (!m.ends_range && first >= 2 && !out.empty() &&
            (toks[first - 1].word == "–" || toks[first - 1].word == "—" ||
             toks[first - 1].word == "-") &&
            out.back().end == toks[first - 2].end)
            m.ends_range = true;
        if (m.ends_range) {
            m.role = DateRole::Until;
        } else if (prev_is("seit") || prev_is("ab")) {
            m.role = DateRole::Since;
            --first;
        } else if (prev_is("bis")) {
            m.role = DateRole::Until;
            --first;
        } else if (prev_is("nach")) {
            m.role = DateRole::After;
            --first;
        } else if (prev_is("vor")) {
            m.role = DateRole::Before;
            --first;
        } else if (prev_is("von") || prev_is("vom") || prev_is("zwischen")) {
            // "von 1652 bis 1689", "zwischen 1349 und 1353" are ranges; "von 2006" / "vom 25.
            // Mai" name the date.
            int end_year = 0;
            if (m.date.precision == bank::DatePrecision::Year && last + 2 < toks.size() &&
                (toks[last + 1].word == "bis" ||
                 (toks[last + 1].word == "und" && prev_is("zwischen"))) &&
                is_year_word(toks[last + 2].word, &end_year) && end_year > y) {
                m.role = DateRole::Range;
                m.range_end_year = end_year;
                last += 2;
            }
            --first;
        } else if (prev_is("im") || prev_is("am") || prev_is("in") || prev_is("um") ||
                   prev_is("gegen") || prev_is("etwa") || prev_is("ca")) {
            // "um 1800", "gegen 260", "ca. 1200": the bank has no "about"; the year stands.
            --first;
        }
        m.begin = toks[first].begin;
        m.end = toks[last].end;
        if (with_era && m.end < sentence.size() && sentence[m.end] == '.') ++m.end;  // "Chr."
        if (year_tok < toks.size()) {
            m.year_begin = toks[year_tok].begin + fig_year_off;
            m.year_end = toks[year_tok].end;
        } else {
            m.year_begin = m.year_end = m.begin;
        }
        // The context is the time the text tells of: not a point of reference ("seit 1949",
        // "nach 1990", "vor 1945") and not a year that names a thing ("die Grenzen von 1792").
        const bool names_thing = m.date.precision == bank::DatePrecision::Year && first >= 1 &&
                                 first + 1 == year_tok && lower_eq(toks[first].word, "von") &&
                                 is_capitalised(toks[first - 1].word) && !toks[first - 1].comma;
        if ((m.role == DateRole::At || m.role == DateRole::Range || m.role == DateRole::Until) &&
            !names_thing) {
            ctx.year = m.date.year;
            ctx.month = m.date.month;
            ctx.day = m.date.precision == bank::DatePrecision::Day ? m.date.day : 0;
            ctx.decade = m.date.precision == bank::DatePrecision::Decade ||
                         m.date.precision == bank::DatePrecision::DecadePart;
            side_last = in_relative_clause(toks, first);
            if (!side_last) {
                main_ctx = ctx;
                main_set = true;
            }
        }
        out.push_back(m);
        i = last;
    }
    if (side_last && main_set) ctx = main_ctx;
    return out;
}

}  // namespace chronik::derive
