#include "ui/widgets/text_wrap.hpp"

namespace chronik::ui {
namespace {

// A word ends at a space or a line break, or just after a hyphen inside it
// ("Russisch-|Ukrainischer"), so compounds break where a reader expects.
std::size_t word_end(const std::u32string& text, std::size_t i) {
    std::size_t end = i;
    while (end < text.size() && text[end] != U' ' && text[end] != U'\n') {
        ++end;
        if (text[end - 1] == U'-' && end - i > 1 && end < text.size() && text[end] != U' ' &&
            text[end] != U'\n')
            break;
    }
    return end;
}

}  // namespace

float line_width(const std::u32string& line, const AdvanceFn& advance) {
    float w = 0;
    char32_t prev = 0;
    for (char32_t c : line) {
        w += advance(prev, c);
        prev = c;
    }
    return w;
}

std::vector<std::u32string> wrap_lines(const std::u32string& text, float max_width,
                                       const AdvanceFn& advance) {
    std::vector<std::u32string> lines;
    std::u32string line;
    float width = 0;
    std::size_t i = 0;
    auto flush = [&] {
        while (!line.empty() && line.back() == U' ')
            line.pop_back();
        lines.push_back(line);
        line.clear();
        width = 0;
    };
    while (i < text.size()) {
        if (text[i] == U'\n') {
            flush();
            ++i;
            continue;
        }
        if (text[i] == U' ') {
            if (!line.empty()) {
                width += advance(line.back(), U' ');
                line.push_back(U' ');
            }
            ++i;
            continue;
        }
        const std::size_t end = word_end(text, i);
        const std::u32string word = text.substr(i, end - i);
        const float word_w = line_width(word, advance);
        const float joined =
            width +
            (line.empty() ? 0.f : advance(line.back(), word.front()) - advance(0, word.front())) +
            word_w;
        if (line.empty() || joined <= max_width) {
            if (line.empty() && word_w > max_width) {
                // A word longer than the box: split it between characters.
                for (char32_t c : word) {
                    const float a = advance(line.empty() ? 0 : line.back(), c);
                    if (!line.empty() && width + a > max_width) flush();
                    width += line.empty() ? advance(0, c) : a;
                    line.push_back(c);
                }
            } else {
                width = joined;
                line += word;
            }
            i = end;
        } else {
            flush();
        }
    }
    if (!line.empty() || lines.empty()) flush();
    return lines;
}

bool needs_char_split(const std::u32string& text, float max_width, const AdvanceFn& advance) {
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t end = word_end(text, i);
        if (end > i && line_width(text.substr(i, end - i), advance) > max_width) return true;
        i = end == i ? i + 1 : end;
    }
    return false;
}

}  // namespace chronik::ui
