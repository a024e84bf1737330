#include "io/bank/deck_giveaways.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <string>
#include <string_view>

#include "bank/event_date.hpp"
#include "bank/utf8.hpp"

namespace chronik::io {
namespace {

using namespace chronik::bank;

// G1: the answer stands out when it is alone the longest and at least a quarter longer than
// the next choice (or alone the shortest and that much shorter), and the gap is at least
// kLengthGap code points: a student who learnt that "the longest choice is right" would pick
// it. Short answers (names of 5 to 15 letters) differ by a few letters and are left alone.
constexpr double kLengthRatio = 1.25;
constexpr std::size_t kLengthGap = 10;

// G3: texts share most of their words when this share of the shorter text's words (of four
// letters or more, case folded) occurs in the other, and at least kMinSharedWords do: one
// common word ("Ereignis", "Russland") says nothing.
constexpr double kSharedWords = 0.6;
constexpr std::size_t kMinSharedWords = 2;

std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size();) {
        decode_utf8(s, i);
        ++n;
    }
    return n;
}

bool length_applies(AnswerType t) {
    return t != AnswerType::Year && t != AnswerType::Date && t != AnswerType::Number;
}

std::string length_giveaway(const MultipleChoice& mc) {
    if (!length_applies(mc.answer_type) || mc.distractors.empty()) return {};
    const std::size_t answer = code_points(mc.answer);
    std::size_t longest = 0;
    std::size_t shortest = static_cast<std::size_t>(-1);
    for (const auto& d : mc.distractors) {
        const std::size_t n = code_points(d);
        longest = std::max(longest, n);
        shortest = std::min(shortest, n);
    }
    if (answer > longest && answer >= longest + kLengthGap &&
        static_cast<double>(answer) >= kLengthRatio * static_cast<double>(longest)) {
        return "the answer (" + std::to_string(answer) + " characters) is much longer than every " +
               "distractor (at most " + std::to_string(longest) + "): its length gives it away";
    }
    if (answer < shortest && answer + kLengthGap <= shortest &&
        kLengthRatio * static_cast<double>(answer) <= static_cast<double>(shortest)) {
        return "the answer (" + std::to_string(answer) + " characters) is much shorter than " +
               "every distractor (at least " + std::to_string(shortest) +
               "): its length gives it away";
    }
    return {};
}

// Words of a text: runs of letters (bytes >= 0x80 count as letters, so umlauts stay inside
// words), ASCII folded to lower case.
std::vector<std::string> words(std::string_view s) {
    std::vector<std::string> out;
    std::string w;
    const auto flush = [&] {
        if (!w.empty()) out.push_back(w);
        w.clear();
    };
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalpha(u) || u >= 0x80) {
            w += static_cast<char>(std::tolower(u));
        } else {
            flush();
        }
    }
    flush();
    return out;
}

// Ordinal words tell the order of events. Only lower-case forms count: "Erster Weltkrieg"
// and "Zweite Teilung Polens" are names; a text that starts with "Erstmals" is caught too.
constexpr std::array<std::string_view, 12> kOrdinalStems = {"erst",     "zweit",  "dritt", "viert",
                                                            "fünft",    "sechst", "siebt", "letzt",
                                                            "vorletzt", "nächst", "achte", "neunt"};
constexpr std::array<std::string_view, 5> kOrdinalEndings = {"e", "er", "es", "en", "em"};

bool is_ordinal_word(std::string_view w) {
    if (w == "erstmals" || w == "erstmalig" || w == "zuletzt" || w == "abermals") return true;
    for (auto stem : kOrdinalStems) {
        if (w.substr(0, stem.size()) != stem) continue;
        const auto rest = w.substr(stem.size());
        if (stem == "achte") return rest.empty() || rest == "r" || rest == "s" || rest == "n";
        for (auto ending : kOrdinalEndings)
            if (rest == ending) return true;
    }
    return false;
}

std::string ordinal_in(std::string_view text) {
    std::string w;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const auto u = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
        if (i < text.size() && (std::isalpha(u) || u >= 0x80)) {
            if (w.empty()) start = i;
            w += text[i];
            continue;
        }
        if (!w.empty()) {
            const bool lower = !std::isupper(static_cast<unsigned char>(w[0]));
            std::string folded = w;
            for (auto& c : folded)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            // A capitalised word counts only at the start and only for "Erstmals" & co., which
            // are adverbs, not part of a name.
            if ((lower && is_ordinal_word(folded)) ||
                (start == 0 && (folded == "erstmals" || folded == "erstmalig")))
                return w;
        }
        w.clear();
    }
    return {};
}

double shared_words(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    std::set<std::string> sa, sb;
    for (const auto& w : a)
        if (code_points(w) >= 4) sa.insert(w);
    for (const auto& w : b)
        if (code_points(w) >= 4) sb.insert(w);
    if (sa.empty() || sb.empty()) return 0;
    std::size_t common = 0;
    for (const auto& w : sa)
        common += sb.count(w);
    if (common < kMinSharedWords) return 0;
    return static_cast<double>(common) / static_cast<double>(std::min(sa.size(), sb.size()));
}

}  // namespace

std::vector<Problem> giveaway_problems(const Deck& deck) {
    std::vector<Problem> out;
    struct Event {
        const Item* item;
        DaySpan span;
        std::vector<std::string> words;
    };
    std::vector<Event> events;
    for (const auto& item : deck.items) {
        if (const auto* mc = item.multiple_choice()) {
            if (auto why = length_giveaway(*mc); !why.empty())
                out.push_back({deck.file, item.id, "answer", std::move(why), Severity::Warning});
        }
        if (const auto* ev = item.event()) {
            if (const auto w = ordinal_in(ev->text); !w.empty()) {
                out.push_back({deck.file, item.id, "text",
                               "\"" + w +
                                   "\" states the event's order among the others: the timeline "
                                   "is what the student orders, name the event by what happened",
                               Severity::Warning});
            }
            if (!date_problem(ev->date))
                events.push_back({&item, ev->date.span(), words(ev->text)});
        }
    }
    for (std::size_t j = 0; j < events.size(); ++j) {
        for (std::size_t i = 0; i < j; ++i) {
            if (!overlaps(events[i].span, events[j].span)) continue;
            if (shared_words(events[i].words, events[j].words) < kSharedWords) continue;
            out.push_back({deck.file, events[j].item->id, "text",
                           "the same event as " + events[i].item->id +
                               " (overlapping dates, mostly the same words): merge them or say "
                               "what tells them apart",
                           Severity::Error});
        }
    }
    return out;
}

}  // namespace chronik::io
