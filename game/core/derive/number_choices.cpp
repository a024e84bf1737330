#include "derive/number_choices.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "derive/tokens.hpp"

namespace chronik::derive {
namespace {

// "136", "30.000", "17,3" as a value; false for anything else.
bool number_value(std::string_view w, double* value) {
    std::string digits;
    for (char c : w) {
        if (std::isdigit(static_cast<unsigned char>(c)))
            digits += c;
        else if (c == ',')
            digits += '.';
        else if (c != '.')
            return false;
    }
    if (digits.empty() || digits.front() == '.') return false;
    *value = std::atof(digits.c_str());
    return true;
}

// How the answer writes its number: decimals after ',', '.' between thousands.
struct NumberStyle {
    int decimals = 0;
    bool thousands_dots = false;
    long long scaled = 0;  // the value times 10^decimals
    long long unit = 1;    // the rounding of the written number ("30.000": 1000)
};

NumberStyle style_of(const Fact& f) {
    NumberStyle st;
    const std::string number = f.text.substr(0, f.text.size() - f.unit.size());
    std::string digits;
    bool after_comma = false;
    for (char c : number) {
        if (std::isdigit(static_cast<unsigned char>(c))) {
            digits += c;
            if (after_comma) ++st.decimals;
        } else if (c == ',') {
            after_comma = true;
        } else if (c == '.') {
            st.thousands_dots = true;
        }
    }
    st.scaled = digits.empty() ? 0 : std::atoll(digits.c_str());
    int zeros = 0;
    for (std::size_t i = digits.size(); i-- > 1 && digits[i] == '0';)
        ++zeros;
    for (int i = 0; i < zeros; ++i)
        st.unit *= 10;
    // "300" rounds to hundreds only when there is room below it: "30" keeps tens.
    while (st.unit > 1 && st.scaled / st.unit < 2)
        st.unit /= 10;
    return st;
}

std::string format_scaled(long long scaled, const NumberStyle& st) {
    long long whole = scaled;
    std::string frac;
    for (int i = 0; i < st.decimals; ++i) {
        frac.insert(frac.begin(), static_cast<char>('0' + whole % 10));
        whole /= 10;
    }
    std::string digits = std::to_string(whole);
    if (st.thousands_dots && digits.size() > 3) {
        std::string out;
        const std::size_t lead = digits.size() % 3;
        for (std::size_t i = 0; i < digits.size(); ++i) {
            if (i != 0 && (i + 3 - lead) % 3 == 0) out += '.';
            out += digits[i];
        }
        digits = out;
    }
    return frac.empty() ? digits : digits + "," + frac;
}

double scale_of(const NumberStyle& st) {
    return std::pow(10.0, st.decimals);
}

}  // namespace

NumberBounds number_bounds(std::string_view s, const Fact& f) {
    NumberBounds b;
    if (f.unit == "%" || f.unit == "Prozent") b.below = 100.0 + 1e-9;
    const auto before = tokenize(s.substr(0, f.begin));
    const std::size_t n = before.size();
    double v = 0;
    if (n >= 3 && (before[n - 1].word == "und" || before[n - 1].word == "bis") &&
        (before[n - 3].word == "zwischen" || before[n - 3].word == "Zwischen" ||
         before[n - 3].word == "von" || before[n - 3].word == "Von") &&
        number_value(before[n - 2].word, &v))
        b.above = v;
    const auto after = tokenize(s.substr(f.end));
    if (after.size() >= 2 && (after[0].word == "und" || after[0].word == "bis") &&
        number_value(after[1].word, &v)) {
        const auto lead = tokenize(s.substr(0, f.begin));
        if (!lead.empty() && (lead.back().word == "zwischen" || lead.back().word == "Zwischen" ||
                              lead.back().word == "von" || lead.back().word == "Von"))
            b.below = v;
    }
    return b;
}

bool plausible_number(double value, const Fact& f, const NumberBounds& b) {
    if (value <= 0 || value == f.value) return false;
    if (value <= b.above || value >= b.below) return false;
    return value * 3 >= f.value && value <= f.value * 3;
}

std::vector<std::string> nearby_numbers(const Fact& f, const NumberBounds& b, std::uint32_t seed,
                                        std::size_t count) {
    const NumberStyle st = style_of(f);
    std::vector<std::string> out;
    if (st.scaled <= 0) return out;
    long long step =
        std::llround(static_cast<double>(st.scaled) * 0.15 / static_cast<double>(st.unit)) *
        st.unit;
    step = std::max(step, st.unit);
    // Where the answer stands among the choices: lowest, in the middle or highest.
    static const int kPatterns[][3] = {{-2, -1, 1},  {-1, 1, 2}, {1, 2, 3},
                                       {-3, -2, -1}, {-1, 1, 3}, {-2, 1, 2}};
    const auto& pattern = kPatterns[seed % 6];
    std::vector<int> offsets(pattern, pattern + 3);
    for (int k : {1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6})
        if (std::find(offsets.begin(), offsets.end(), k) == offsets.end()) offsets.push_back(k);
    for (int k : offsets) {
        const long long v = st.scaled + k * step;
        const double value = static_cast<double>(v) / scale_of(st);
        if (v <= 0 || !plausible_number(value, f, b)) continue;
        const auto text = format_scaled(v, st) + " " + f.unit;
        if (text == f.text || std::find(out.begin(), out.end(), text) != out.end()) continue;
        out.push_back(text);
        if (out.size() >= count) break;
    }
    return out;
}

}  // namespace chronik::derive
