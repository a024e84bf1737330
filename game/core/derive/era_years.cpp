#include "derive/era_years.hpp"

#include <cstdlib>
#include <string>
#include <string_view>

#include "derive/lexicon.hpp"

namespace chronik::derive {
namespace {

bool is_time_preposition(std::string_view w) {
    for (std::string_view p : {"im", "Im", "um", "Um", "seit", "Seit", "ab", "Ab", "bis", "Bis",
                               "nach", "Nach", "vor", "Vor", "gegen", "Gegen", "anno", "Anno"})
        if (w == p) return true;
    return false;
}

// 1 to `max_digits` digits, not 0, without leading zero.
int small_number(std::string_view w, std::size_t max_digits) {
    if (w.empty() || w.size() > max_digits || w[0] == '0' || !all_digits(w)) return 0;
    return std::stoi(std::string(w));
}

}  // namespace

bool era_span(const std::vector<Token>& toks, std::size_t k, int* start, int* end) {
    if (k >= toks.size() || toks[k].dot) return false;
    const std::string_view w = toks[k].word;
    for (std::string_view dash : {"–", "—", "-"}) {
        const auto at = w.find(dash);
        if (at == std::string_view::npos) continue;
        const int a = small_number(w.substr(0, at), 4);
        const int b = small_number(w.substr(at + dash.size()), 4);
        if (a == 0 || b == 0) return false;
        const auto era = toks[k].comma ? EraMarker{} : era_marker_at(toks, k + 1);
        // "938–941: Aufstände der Herzöge" opening an outline's line: a span of the first
        // millennium without its era, read like the outline's "772: …".
        if (era.tokens == 0) {
            if (k != 0 || !toks[k].comma || a >= 1000 || b >= 1000 || a < 100 || b <= a ||
                b - a >= 200)
                return false;
            *start = a;
            *end = b;
            return true;
        }
        const bool ordered = era.before_christ ? a > b : a < b;
        if (!ordered || std::abs(a - b) >= 200) return false;
        *start = a;
        *end = era.before_christ ? -b : b;
        return true;
    }
    return false;
}

bool is_count_unit(std::string_view w) {
    static const std::string_view kUnits[] = {
        "Meter",   "Kilometer", "km",       "m",         "Soldaten", "Menschen",  "Einwohner",
        "Tonnen",  "t",         "Prozent",  "%",         "Dollar",   "US-Dollar", "Euro",
        "Mark",    "Rubel",     "Mann",     "Personen",  "Opfer",    "Tote",      "Toten",
        "Schiffe", "Flugzeuge", "Panzer",   "Stück",     "Jahre",    "Tage",      "Kilogramm",
        "kg",      "Gefangene", "Arbeiter", "Millionen", "Mio",      "Mrd"};
    for (auto u : kUnits)
        if (u == w) return true;
    return false;
}

EraMarker era_marker_at(const std::vector<Token>& toks, std::size_t k) {
    auto word = [&](std::size_t j) -> std::string_view {
        return j < toks.size() ? std::string_view(toks[j].word) : std::string_view();
    };
    const auto a = word(k);
    if (a == "n.Chr" || a == "v.Chr") return {1, a[0] == 'v'};
    if ((a == "n" || a == "v") && toks[k].dot && word(k + 1) == "Chr") return {2, a == "v"};
    if ((a == "nach" || a == "vor") && word(k + 1) == "Christus") return {2, a == "vor"};
    // "v. u. Z." / "n. u. Z." (vor / nach unserer Zeitrechnung)
    if ((a == "n" || a == "v") && toks[k].dot && word(k + 1) == "u" && word(k + 2) == "Z")
        return {3, a == "v"};
    return {};
}

bool early_year_at(const std::vector<Token>& toks, std::size_t k, int context_year, int* year) {
    if (k >= toks.size()) return false;
    const auto& w = toks[k].word;
    if (era_marker_at(toks, k + 1).tokens != 0) {
        const int y = small_number(w, 4);
        if (y == 0) return false;
        *year = y;
        return true;
    }
    const int y = small_number(w, 3);
    if (y == 0 || y >= 1000) return false;
    const bool punct_after = toks[k].comma || toks[k].dot;
    if (k + 1 < toks.size() && !punct_after && is_count_unit(toks[k + 1].word)) return false;
    const std::string_view before = k > 0 ? std::string_view(toks[k - 1].word) : "";
    // "im Jahr 800", "25. Dezember 800", "im Dezember 800", a Tafelbild's "2. Feb. 962"
    const bool after_month =
        month_number(before) != 0 || (k > 0 && toks[k - 1].dot && month_after_day(before) != 0);
    if (before == "Jahr" || before == "Jahre" || before == "Jahres" ||
        (w.size() == 3 && after_month)) {
        *year = y;
        return true;
    }
    const bool noun_after = !punct_after && k + 1 < toks.size() && is_capitalised(toks[k + 1].word);
    if (w.size() != 3 || noun_after) return false;
    // "772: Zerstörung der Irminsul" opening an outline's line.
    if (k == 0 && toks[k].comma) {
        *year = y;
        return true;
    }
    // "um 260 drangen die Alamannen …" in a text that tells of the first millennium.
    if (context_year != 0 && context_year < 1000 && (k == 0 || is_time_preposition(before))) {
        *year = y;
        return true;
    }
    return false;
}

}  // namespace chronik::derive
