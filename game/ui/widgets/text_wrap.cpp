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
                                       const AdvanceFn& advance, const HyphenFn& hyphenate) {
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
        std::u32string word = text.substr(i, end - i);
        float word_w = line_width(word, advance);
        if (line.empty() && word_w > max_width && hyphenate) {
            // Too long for a line of its own: the longest head up to a syllable break, with a
            // hyphen ("Freundschafts-|abkommen"); the rest is wrapped like a word of its own.
            std::size_t head = 0;
            for (const std::size_t b : hyphenate(word))
                if (b > head && b < word.size() &&
                    line_width(word.substr(0, b) + U'-', advance) <= max_width)
                    head = b;
            if (head > 0) {
                lines.push_back(word.substr(0, head) + U'-');
                i += head;
                continue;
            }
        }
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

bool needs_char_split(const std::u32string& text, float max_width, const AdvanceFn& advance,
                      const HyphenFn& hyphenate) {
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t end = word_end(text, i);
        const std::u32string word = text.substr(i, end - i);
        if (end > i && line_width(word, advance) > max_width) {
            if (!hyphenate) return true;
            // Every piece between syllable breaks (with its hyphen) must fit.
            std::size_t from = 0;
            auto breaks = hyphenate(word);
            breaks.push_back(word.size());
            for (const std::size_t b : breaks) {
                if (b <= from || b > word.size()) continue;
                std::u32string piece = word.substr(from, b - from);
                if (b < word.size()) piece.push_back(U'-');
                if (line_width(piece, advance) > max_width) return true;
                from = b;
            }
        }
        i = end == i ? i + 1 : end;
    }
    return false;
}

}  // namespace chronik::ui
