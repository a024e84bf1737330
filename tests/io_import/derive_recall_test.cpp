// Event recall of `derive` against the curated bank on the shipped article.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <iostream>
#include <string>
#include <vector>

#include "bank/source_text.hpp"
#include "derive/derive.hpp"
#include "io/bank/deck_lint.hpp"
#include "io/bank/deck_loader.hpp"

using namespace chronik;

namespace {

std::string folded(std::string_view s) {
    auto out = bank::normalise(s);
    for (auto& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::size_t longest_common_substring(const std::string& a, const std::string& b) {
    std::vector<std::size_t> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
    std::size_t best = 0;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : 0;
            best = std::max(best, cur[j]);
        }
        std::swap(prev, cur);
    }
    return best;
}

// The derived and the curated quote speak of the same passage: the curated quote
// lies in the derived sentence, or the two quotes share a normalised substring
// of at least 30 characters (or all of the shorter one when it is shorter).
bool same_passage(const derive::EventCandidate& derived, const std::string& curated_quote) {
    const auto cq = folded(curated_quote);
    if (folded(derived.sentence).find(cq) != std::string::npos) return true;
    const auto dq = folded(derived.quote);
    const std::size_t need = std::min<std::size_t>(30, std::min(dq.size(), cq.size()));
    return longest_common_substring(dq, cq) >= need;
}

}  // namespace

TEST_CASE(
    "derive finds at least 80% of the curated events of the shipped article, with at most 10% "
    "wrong dates") {
    const auto curated =
        io::load_deck_file(std::string(CHRONIK_SOURCE_DIR) + "/questions/nordkorea-russland.json");
    REQUIRE(curated.ok());
    const auto& source = curated.deck->source_text;
    const auto derived = derive::derive_candidates(source);
    const auto items = derive::draft_items(derived, "derived");
    // The events that made it into the draft deck, with their sentences.
    std::vector<const derive::EventCandidate*> deck_events;
    for (const auto& item : items) {
        const auto* ev = item.event();
        if (!ev) continue;
        for (const auto& c : derived.events)
            if (c.quote == item.quote && c.date == ev->date) {
                deck_events.push_back(&c);
                break;
            }
    }
    struct Curated {
        bank::EventDate date;
        std::string quote;
        std::string id;
    };
    std::vector<Curated> events;
    for (const auto& item : curated.deck->items)
        if (const auto* ev = item.event()) events.push_back({ev->date, item.quote, item.id});
    REQUIRE(events.size() >= 30);

    std::size_t found = 0;
    for (const auto& c : events) {
        const bool hit = std::any_of(deck_events.begin(), deck_events.end(), [&](const auto* d) {
            return d->date == c.date && same_passage(*d, c.quote);
        });
        if (hit)
            ++found;
        else
            MESSAGE("not found: " << c.id << " ("
                                  << bank::format_date(c.date, bank::DateLanguage::German) << ")");
    }
    // A derived event is wrong when its passage is that of curated events but
    // none of them has its date.
    std::size_t matched = 0, wrong = 0;
    for (const auto* d : deck_events) {
        bool any = false, same_date = false;
        for (const auto& c : events)
            if (same_passage(*d, c.quote)) {
                any = true;
                same_date = same_date || c.date == d->date;
            }
        if (!any) continue;
        ++matched;
        if (!same_date) {
            ++wrong;
            MESSAGE("wrong date: " << bank::format_date(d->date, bank::DateLanguage::German)
                                   << " for \"" << d->quote << "\"");
        }
    }
    const double recall = static_cast<double>(found) / static_cast<double>(events.size());
    const double wrong_share =
        matched ? static_cast<double>(wrong) / static_cast<double>(matched) : 0.0;
    std::cout << "derive on the shipped article: recall " << found << "/" << events.size() << " = "
              << static_cast<int>(recall * 100 + 0.5) << "% of curated events; "
              << deck_events.size() << " derived events, " << matched << " on curated sentences, "
              << wrong << " with a wrong date (" << static_cast<int>(wrong_share * 100 + 0.5)
              << "%)\n";
    CHECK(recall >= 0.80);
    CHECK(wrong_share <= 0.10);
}

TEST_CASE(
    "derive makes at least 100 multiple-choice candidates on the shipped article and the draft "
    "deck lints without errors") {
    const auto curated =
        io::load_deck_file(std::string(CHRONIK_SOURCE_DIR) + "/questions/nordkorea-russland.json");
    REQUIRE(curated.ok());
    bank::Deck deck;
    deck.id = "derived";
    deck.title = "Entwurf";
    deck.language = "de";
    deck.file = "derived.json";
    deck.source_file = "sources/nordkoreanisch-russische-beziehungen.txt";
    deck.source_text = curated.deck->source_text;
    const auto derived = derive::derive_candidates(deck.source_text);
    deck.items = derive::draft_items(derived, deck.id);
    std::size_t mc = 0;
    for (const auto& item : deck.items)
        mc += item.multiple_choice() ? 1 : 0;
    std::cout << "derive on the shipped article: " << mc << " multiple-choice candidates, "
              << deck.items.size() - mc << " events\n";
    CHECK(mc >= 100);
    const auto problems = io::lint_deck(deck);
    for (const auto& p : problems)
        if (p.severity == io::Severity::Error) MESSAGE(io::format_problem(p));
    CHECK(io::count_errors(problems) == 0);
}
