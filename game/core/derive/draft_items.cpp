#include "derive/derive.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>

#include "bank/source_text.hpp"
#include "derive/text_keys.hpp"

namespace chronik::derive {

std::string era_tag(int year) {
    if (year < 1000) return "vor 1000";  // the tag's shape has four digits (deck_lint)
    const int first = year - ((year % 10) + 10) % 10;
    return std::to_string(first) + "–" + std::to_string(first + 9);
}

std::vector<bank::Item> draft_items(const Derived& d, std::string_view deck_id) {
    std::vector<bank::Item> items;
    std::set<std::string> ids;
    auto make_id = [&](std::string_view kind, const std::string& key) {
        std::uint32_t h = fnv1a(key);
        std::string id;
        for (;;) {
            id = std::string(deck_id) + "-" + std::string(kind) + "-" + hex8(h);
            if (ids.insert(id).second) return id;
            h = fnv1a(id);  // collision: derive the next id from this one, deterministically
        }
    };
    // Events: the best candidate per span.
    std::map<std::pair<std::int64_t, std::int64_t>, const EventCandidate*> best;
    for (const auto& e : d.events) {
        const auto span = e.date.span();
        auto& slot = best[{span.first, span.last}];
        if (!slot || e.score > slot->score) slot = &e;
    }
    std::vector<const EventCandidate*> chosen;
    chosen.reserve(best.size());
    for (const auto& [span, e] : best)
        chosen.push_back(e);
    std::sort(chosen.begin(), chosen.end(),
              [](const EventCandidate* a, const EventCandidate* b) { return a->order < b->order; });
    // Items of one sentence give each other away: they share a group.
    std::map<std::string, int> per_sentence;
    for (const auto* e : chosen)
        ++per_sentence[e->sentence];
    for (const auto& q : d.questions)
        ++per_sentence[q.sentence];
    const auto group_of = [&](const std::string& sentence) {
        if (per_sentence[sentence] < 2) return std::string();
        return std::string(deck_id) + "-s-" + hex8(fnv1a(sentence));
    };
    const auto topic_tag = [](const std::string& topic) {
        const auto t = bank::normalise(topic);
        return t.empty() ? std::string("Entwurf") : t;
    };
    std::map<std::string, int> texts;
    for (const auto* e : chosen) {
        bank::Item item;
        std::string text = e->text;
        if (const int n = ++texts[fold(text)]; n > 1) text += " (" + std::to_string(n) + ")";
        item.id =
            make_id("ev", e->quote + "|" + bank::format_date(e->date, bank::DateLanguage::German));
        item.tags = {era_tag(e->date.year), topic_tag(e->topic)};
        // The lead summarises the text (easy); a day is harder to place than a year.
        item.difficulty = e->paragraph == 0 ? 1 : 2;
        if (e->date.precision == bank::DatePrecision::Day) item.difficulty += 1;
        item.quote = e->quote;
        item.group = group_of(e->sentence);
        item.draft = true;
        item.body = bank::TimelineEvent{text, e->date};
        items.push_back(std::move(item));
    }
    for (const auto& q : d.questions) {
        bank::Item item;
        item.id = make_id("mc", q.quote + "|" + q.question.answer);
        item.tags = {q.era_year != 0 ? era_tag(q.era_year) : std::string("heute"),
                     topic_tag(q.topic)};
        // An answer the text repeats is easier to know than one it names once.
        item.difficulty = q.mentions >= 3 ? 1 : q.mentions == 2 ? 2 : 3;
        item.quote = q.quote;
        item.group = group_of(q.sentence);
        item.draft = true;
        item.body = q.question;
        items.push_back(std::move(item));
    }
    return items;
}

}  // namespace chronik::derive
