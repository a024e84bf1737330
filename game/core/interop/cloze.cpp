#include "interop/cloze.hpp"

#include <cctype>
#include <optional>
#include <set>

namespace chronik::interop {
namespace {

struct Cloze {
    std::size_t begin = 0;  // at "{{"
    std::size_t end = 0;    // after "}}"
    int number = 0;
    std::string_view body;  // between "::" and "}}": answer[::hint], may hold nested clozes
};

// The cloze that starts at `pos` ("{{c<digits>::"), with its matching "}}".
std::optional<Cloze> cloze_at(std::string_view text, std::size_t pos) {
    if (text.compare(pos, 3, "{{c") != 0) return std::nullopt;
    std::size_t i = pos + 3;
    int number = 0;
    const std::size_t digits_start = i;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) &&
           i - digits_start < 6)
        number = number * 10 + (text[i++] - '0');
    if (i == digits_start || number == 0 || text.compare(i, 2, "::") != 0) return std::nullopt;
    const std::size_t body_start = i + 2;
    int depth = 1;
    for (std::size_t k = body_start; k + 1 < text.size(); ++k) {
        if (text[k] == '{' && text[k + 1] == '{') {
            ++depth;
            ++k;
        } else if (text[k] == '}' && text[k + 1] == '}') {
            if (--depth == 0)
                return Cloze{pos, k + 2, number, text.substr(body_start, k - body_start)};
            ++k;
        }
    }
    return std::nullopt;
}

// Splits a body into answer and hint at the last "::" outside nested braces.
std::pair<std::string_view, std::string_view> answer_and_hint(std::string_view body) {
    int depth = 0;
    std::size_t split = std::string_view::npos;
    for (std::size_t k = 0; k + 1 < body.size(); ++k) {
        if (body[k] == '{' && body[k + 1] == '{') {
            ++depth;
            ++k;
        } else if (body[k] == '}' && body[k + 1] == '}') {
            --depth;
            ++k;
        } else if (depth == 0 && body[k] == ':' && body[k + 1] == ':') {
            split = k;
            ++k;
        }
    }
    if (split == std::string_view::npos) return {body, {}};
    return {body.substr(0, split), body.substr(split + 2)};
}

// The text as card `active` shows it (active 0: every cloze revealed); the hidden answers of
// `active` are appended to `answers`.
std::string render(std::string_view text, int active, std::vector<std::string>* answers) {
    std::string out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto open = text.find("{{c", pos);
        if (open == std::string_view::npos) break;
        const auto cloze = cloze_at(text, open);
        if (!cloze) {
            out.append(text.substr(pos, open + 3 - pos));
            pos = open + 3;
            continue;
        }
        out.append(text.substr(pos, open - pos));
        const auto [answer, hint] = answer_and_hint(cloze->body);
        if (cloze->number == active) {
            if (answers) answers->push_back(render(answer, 0, nullptr));
            out += '[';
            out += hint.empty() ? std::string_view("…") : hint;
            out += ']';
        } else {
            out += render(answer, active, answers);
        }
        pos = cloze->end;
    }
    out.append(text.substr(pos));
    return out;
}

// Runs of spaces as one space and no space at either end of a line: taking a cloze out of its
// text, or joining answers with a space of their own ("{{c1:: Il-sung}}"), must not leave two
// spaces that the field text never had (and that an export to Anki would not keep).
std::string tidy_spaces(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == ' ' && (out.empty() || out.back() == ' ' || out.back() == '\n')) continue;
        if (c == '\n')
            while (!out.empty() && out.back() == ' ')
                out.pop_back();
        out += c;
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

void collect_numbers(std::string_view text, std::set<int>& numbers) {
    std::size_t pos = 0;
    while ((pos = text.find("{{c", pos)) != std::string_view::npos) {
        if (const auto cloze = cloze_at(text, pos)) {
            numbers.insert(cloze->number);
            collect_numbers(answer_and_hint(cloze->body).first, numbers);
            pos = cloze->end;
        } else {
            pos += 3;
        }
    }
}

}  // namespace

bool has_cloze(std::string_view text) {
    std::size_t pos = 0;
    while ((pos = text.find("{{c", pos)) != std::string_view::npos) {
        if (cloze_at(text, pos)) return true;
        pos += 3;
    }
    return false;
}

std::vector<ClozeCard> cloze_cards(std::string_view text) {
    std::set<int> numbers;
    collect_numbers(text, numbers);
    std::vector<ClozeCard> cards;
    for (int n : numbers) {
        ClozeCard card;
        card.number = n;
        std::vector<std::string> answers;
        card.front = tidy_spaces(render(text, n, &answers));
        for (const auto& a : answers) {
            if (!card.back.empty()) card.back += "; ";
            // An answer that ends a list item or a paragraph ends with a line break: not kept.
            std::string answer = tidy_spaces(a);
            while (!answer.empty() && (answer.back() == '\n' || answer.back() == ' '))
                answer.pop_back();
            while (!answer.empty() && (answer.front() == '\n' || answer.front() == ' '))
                answer.erase(answer.begin());
            card.back += answer;
        }
        card.back = tidy_spaces(card.back);
        cards.push_back(std::move(card));
    }
    return cards;
}

}  // namespace chronik::interop
