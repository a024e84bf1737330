#include "derive/question_prompts.hpp"

#include <cctype>

#include "bank/source_text.hpp"
#include "derive/tokens.hpp"

namespace chronik::derive {

std::string fact_before(std::string_view sentence, std::size_t begin) {
    const auto toks = tokenize(sentence.substr(0, begin));
    if (toks.empty() || toks.back().comma) return {};
    std::string w = toks.back().word;
    for (auto& c : w)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return w;
}

std::string_view gap_lead(FactKind k) {
    switch (k) {
        case FactKind::Year:
            return "Welches Jahr gehört in die Lücke?";
        case FactKind::Number:
            return "Welche Zahl gehört in die Lücke?";
        case FactKind::Person:
            return "Welche Person gehört in die Lücke?";
        case FactKind::Country:
            return "Welches Land gehört in die Lücke?";
        case FactKind::Place:
            return "Welcher Ort gehört in die Lücke?";
        case FactKind::Organisation:
            return "Welche Organisation gehört in die Lücke?";
    }
    return "Was gehört in die Lücke?";
}

bank::AnswerType answer_type_of(FactKind k) {
    switch (k) {
        case FactKind::Year:
            return bank::AnswerType::Year;
        case FactKind::Number:
            return bank::AnswerType::Number;
        case FactKind::Person:
            return bank::AnswerType::Person;
        case FactKind::Country:
            return bank::AnswerType::Country;
        case FactKind::Place:
            return bank::AnswerType::Place;
        case FactKind::Organisation:
            return bank::AnswerType::Organisation;
    }
    return bank::AnswerType::Term;
}

bool pronoun_without_referent(std::string_view s, std::pair<std::size_t, std::size_t> piece,
                              const std::vector<Fact>& facts) {
    for (const auto& t : tokenize(s.substr(piece.first, piece.second - piece.first))) {
        const auto& w = t.word;
        if (w != "er" && w != "ihm" && w != "ihn" && w != "ihnen" && w != "sie") continue;
        const std::size_t at = piece.first + t.begin;
        bool named = false;
        for (const auto& f : facts)
            if ((f.kind == FactKind::Person ||
                 ((w == "sie" || w == "ihnen") && f.kind != FactKind::Year &&
                  f.kind != FactKind::Number)) &&
                f.begin >= piece.first && f.end <= at)
                named = true;  // "er", "ihm", "ihn" stand for a person
        if (!named) return true;
    }
    return false;
}

std::string gap_text(std::string_view blanked) {
    std::string t = bank::normalise(join_broken_words(blanked));
    for (bool again = true; again;) {
        again = false;
        for (std::string_view lead : {"— ", "– ", "- "})
            if (t.rfind(lead, 0) == 0) {
                t.erase(0, lead.size());
                again = true;
            }
        if (t.size() >= 3 && t[0] >= 'a' && t[0] <= 'z' && t[1] == ')' && t[2] == ' ') {
            t.erase(0, 3);
            again = true;
        }
    }
    return t;
}

bool continues_in_next_piece(std::string_view s, std::size_t end) {
    if (end >= s.size()) return false;
    const auto rest = s.substr(end);
    if (rest.front() == ':') return true;
    if (rest.front() != ',') return false;
    const auto after = rest.substr(1);
    const auto toks = tokenize(after);
    if (toks.empty()) return false;
    const auto& w = toks[0].word;
    return w == "dass" || w == "daß" || w == "ob" || w == "wie" || w == "warum" ||
           after.find_first_not_of(' ') == after.find("„");
}

bool ends_with_saying(std::string_view q) {
    if (q.find("„") != std::string_view::npos) return false;
    static const std::string_view kSaying[] = {
        "sagte",      "sagten",     "erklärte", "erklärten",  "betonte", "meinte",
        "verkündete", "behauptete", "schrieb",  "berichtete", "warnte",  "sagt",
        "erklärt",    "betont",     "meint",    "dass",       "daß"};
    bool saying = false;
    for (const auto& t : tokenize(q))
        for (auto v : kSaying) {
            if (t.word == v && (v == "dass" || v == "daß")) return false;
            saying = saying || t.word == v;
        }
    return saying;
}

}  // namespace chronik::derive
