#include "bank/answer_shape.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "text/ascii.hpp"

namespace chronik::bank {

namespace {

using text::lower_ascii;

std::vector<std::string_view> split_words(std::string_view s) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'))
            ++i;
        const std::size_t start = i;
        while (i < s.size() && s[i] != ' ' && s[i] != '\t' && s[i] != '\n')
            ++i;
        if (i > start) words.push_back(s.substr(start, i - start));
    }
    return words;
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), is_digit);
}

bool has_digit(std::string_view s) {
    return std::any_of(s.begin(), s.end(), is_digit);
}

bool has_letter(std::string_view s) {
    // Any byte of a multi-byte UTF-8 sequence counts: umlauts, Cyrillic, ŏ.
    return std::any_of(s.begin(), s.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || u >= 0x80;
    });
}

template <std::size_t N>
bool in(const std::array<std::string_view, N>& words, std::string_view w) {
    const std::string l = lower_ascii(w);
    return std::find(words.begin(), words.end(), l) != words.end();
}

// A bare year: 3–4 digits, no leading zero.
bool is_year_token(std::string_view w) {
    return all_digits(w) && (w.size() == 3 || w.size() == 4) && w[0] != '0';
}

// "1980er": a decade.
bool is_decade_token(std::string_view w) {
    return w.size() >= 5 && w.substr(w.size() - 2) == "er" &&
           is_year_token(w.substr(0, w.size() - 2)) && w[w.size() - 3] == '0';
}

// "1996/97" (a winter).
bool is_split_year_token(std::string_view w) {
    const auto slash = w.find('/');
    return slash != std::string_view::npos && is_year_token(w.substr(0, slash)) &&
           all_digits(w.substr(slash + 1)) && w.size() - slash - 1 <= 4;
}

// "2.3.2022" or "2022-03-02".
bool is_numeric_date_token(std::string_view w) {
    std::vector<std::string_view> parts;
    const char sep = w.find('-') != std::string_view::npos ? '-' : '.';
    std::size_t start = 0;
    for (std::size_t i = 0; i <= w.size(); ++i) {
        if (i == w.size() || w[i] == sep) {
            parts.push_back(w.substr(start, i - start));
            start = i + 1;
        }
    }
    if (parts.size() != 3 || !std::all_of(parts.begin(), parts.end(), all_digits)) return false;
    if (sep == '-') return parts[0].size() == 4 && parts[1].size() <= 2 && parts[2].size() <= 2;
    return parts[0].size() <= 2 && parts[1].size() <= 2 && is_year_token(parts[2]);
}

// "2." as in "2. März".
bool is_day_token(std::string_view w) {
    return w.size() >= 2 && w.size() <= 3 && w.back() == '.' &&
           all_digits(w.substr(0, w.size() - 1));
}

constexpr std::array<std::string_view, 12> kMonths = {
    "januar", "februar", "märz",      "april",   "mai",      "juni",
    "juli",   "august",  "september", "oktober", "november", "dezember"};

// Words a German date may contain besides its numbers.
constexpr std::array<std::string_view, 27> kDateWords = {
    "am",    "im",       "in",       "den",       "der",    "des",    "zu",     "gegen",
    "um",    "frühjahr", "frühling", "sommer",    "herbst", "winter", "anfang", "mitte",
    "ende",  "frühen",   "späten",   "mittleren", "jahre",  "jahren", "beginn", "jahreswechsel",
    "laufe", "jahres"};

// Words before or between numbers that qualify them: "rund 100", "bis zu 90", "über 4".
constexpr std::array<std::string_view, 24> kQualifiers = {
    "über",    "unter", "rund",       "etwa",      "ca.",    "circa",     "fast", "knapp",
    "mehr",    "als",   "weniger",    "bis",       "zu",     "zwischen",  "und",  "einige",
    "mehrere", "gut",   "mindestens", "höchstens", "nahezu", "annähernd", "–",    "-"};

constexpr std::array<std::string_view, 20> kNumberWords = {
    "ein",     "eine",    "einen",   "zwei",    "drei",    "vier",   "fünf",
    "sechs",   "sieben",  "acht",    "neun",    "zehn",    "elf",    "zwölf",
    "zwanzig", "dreißig", "vierzig", "fünfzig", "hundert", "tausend"};

constexpr std::array<std::string_view, 8> kMagnitudeEndings = {
    "tausend", "tausende",  "hundert",   "hunderte",
    "million", "millionen", "milliarde", "milliarden"};

constexpr std::array<std::string_view, 5> kMagnitudeAbbreviations = {"mio.", "mrd.", "tsd.", "mio",
                                                                     "mrd"};

bool ends_with(std::string_view s, std::string_view end) {
    return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

// "17", "17,3", "10.000", "30.000–50.000", "90%".
bool is_numeral_token(std::string_view w) {
    if (!has_digit(w)) return false;
    return std::all_of(w.begin(), w.end(), [](char c) {
        return is_digit(c) || c == '.' || c == ',' || c == '-' || c == '%' || c == '+';
    });
}

bool is_number_word(std::string_view w) {
    const std::string l = lower_ascii(w);
    if (in(kNumberWords, l) || in(kMagnitudeAbbreviations, l)) return true;
    return std::any_of(kMagnitudeEndings.begin(), kMagnitudeEndings.end(),
                       [&](std::string_view e) { return ends_with(l, e); });
}

}  // namespace

bool looks_like_year(std::string_view text) {
    const auto words = split_words(text);
    if (words.empty()) return false;
    if (words.size() == 1) return is_year_token(words[0]);
    // With its era a year may be short: "9 n. Chr.", "44 v. Chr.".
    return words.size() == 3 && all_digits(words[0]) && words[0].size() <= 4 &&
           words[0][0] != '0' && (words[1] == "v." || words[1] == "n.") && words[2] == "Chr.";
}

bool looks_like_date(std::string_view text) {
    const auto words = split_words(text);
    bool has_year = false;
    bool has_date_part = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto w = words[i];
        if (is_numeric_date_token(w) || is_decade_token(w) || is_split_year_token(w)) {
            has_year = has_date_part = true;
        } else if (is_year_token(w)) {
            has_year = true;
        } else if (is_day_token(w) || in(kMonths, w) || in(kDateWords, w)) {
            has_date_part = true;
        } else {
            return false;
        }
    }
    return has_year && has_date_part;
}

DateForm date_form(std::string_view text) {
    if (!looks_like_date(text)) return DateForm::Other;
    const auto words = split_words(text);
    const auto any = [&](auto pred) { return std::any_of(words.begin(), words.end(), pred); };
    if (any([](std::string_view w) { return is_numeric_date_token(w) || is_day_token(w); })) {
        return DateForm::Day;
    }
    if (any([](std::string_view w) { return in(kMonths, w); })) return DateForm::Month;
    if (any([](std::string_view w) { return is_decade_token(w); })) return DateForm::Decade;
    return DateForm::PartOfYear;
}

std::optional<NumberChoice> parse_number_choice(std::string_view text) {
    NumberChoice out;
    bool found = false;
    for (const auto w : split_words(text)) {
        if (is_numeral_token(w) || is_number_word(w)) {
            if (!out.value.empty()) out.value += ' ';
            out.value += std::string(w);
            found = true;
        } else if (in(kQualifiers, w) && out.unit.empty()) {
            continue;  // qualifiers belong to the number, not the unit
        } else {
            if (!out.unit.empty()) out.unit += ' ';
            out.unit += std::string(w);
        }
    }
    if (!found) return std::nullopt;
    return out;
}

bool same_number_unit(std::string_view a, std::string_view b) {
    const auto ua = parse_number_choice(a);
    const auto ub = parse_number_choice(b);
    if (!ua || !ub) return false;
    const std::string la = lower_ascii(ua->unit);
    const std::string lb = lower_ascii(ub->unit);
    if (la == lb) return true;
    // Singular and plural of the same word: "Jahr" / "Jahre" / "Jahren".
    const auto& shorter = la.size() < lb.size() ? la : lb;
    const auto& longer = la.size() < lb.size() ? lb : la;
    return !shorter.empty() && longer.size() - shorter.size() <= 2 &&
           longer.compare(0, shorter.size(), shorter) == 0;
}

std::optional<std::string> shape_problem(AnswerType type, std::string_view choice) {
    const auto words = split_words(choice);
    if (words.empty()) return "is empty";
    switch (type) {
        case AnswerType::Year:
            if (!looks_like_year(choice)) return "is not a year (3 or 4 digits, e.g. 1961)";
            return std::nullopt;
        case AnswerType::Date:
            if (looks_like_year(choice)) return "is a bare year; the answer type is 'date'";
            if (!looks_like_date(choice)) {
                return "is not a date (e.g. \"2. März 2022\", \"Juni 1950\", \"Frühjahr 1996\")";
            }
            return std::nullopt;
        case AnswerType::Number:
            if (!parse_number_choice(choice)) return "has no number (digits or a number word)";
            return std::nullopt;
        case AnswerType::Person:
        case AnswerType::Place:
        case AnswerType::Country:
        case AnswerType::Organisation:
            if (!has_letter(choice)) return "has no letters";
            if (looks_like_year(choice) || looks_like_date(choice)) {
                return std::string("is a year or a date, not a ") +
                       std::string(answer_type_name(type));
            }
            return std::nullopt;
        case AnswerType::Event:
        case AnswerType::Term:
            if (!has_letter(choice)) return "has no letters";
            return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace chronik::bank
