#include "io/bank/deck_lint.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "bank/answer_shape.hpp"
#include "bank/source_text.hpp"
#include "bank/utf8.hpp"
#include "interop/import_leftovers.hpp"
#include "io/bank/deck_giveaways.hpp"
#include "io/bank/deck_lint_text.hpp"
#include "io/bank/deck_loader.hpp"

namespace chronik::io {

namespace fs = std::filesystem;
using namespace chronik::bank;
using namespace chronik::io::lint_text;

namespace {

// Years a history bank can plausibly date an event in; outside is a typo.
constexpr int kFirstPlausibleYear = -3000;  // years before Christ are negative; no year 0
constexpr int kLastPlausibleYear = 2100;

struct DeckLinter {
    const Deck& deck;
    std::vector<Problem> problems;
    NormalisedText source;

    void error(const Item& item, std::string field, std::string message) {
        problems.push_back(
            {deck.file, item.id, std::move(field), std::move(message), Severity::Error});
    }
    void warning(const Item& item, std::string field, std::string message) {
        problems.push_back(
            {deck.file, item.id, std::move(field), std::move(message), Severity::Warning});
    }

    void text(const Item& item, const std::string& field, std::string_view value) {
        leftovers(item, field, value);
        if (const auto bad = first_invalid_utf8(value)) {
            error(item, field, "not valid UTF-8 at byte " + std::to_string(*bad));
        } else if (const auto control = first_control_character(value)) {
            error(item, field, *control);
        } else if (const auto at = first_non_nfc(value)) {
            error(item, field,
                  "not in Unicode NFC at byte " + std::to_string(*at) +
                      " (a decomposed accent or umlaut: retype the letter or convert the file to "
                      "NFC)");
        }
    }

    // Traces of a bad import from Anki, Quizlet or Kahoot (questions/README.md, "What lint
    // checks"): markup that a card would show as it is, or a GUID or note-type column read as
    // text. Quotes copy the source as it is, so they are left alone.
    void leftovers(const Item& item, const std::string& field, std::string_view value) {
        if (field == "source.quote" || field.rfind("tags", 0) == 0) return;
        if (const auto markup = interop::import_markup(value))
            warning(item, field,
                    *markup +
                        ": left over from an import? (chronik-cli import converts Anki's "
                        "HTML and cloze notes)");
        const std::string v = normalise(value);
        if (field != "explanation" && interop::looks_like_guid(v))
            warning(
                item, field,
                "\"" + v + "\" looks like an Anki note GUID: was a GUID column imported as text?");
        if (field != "explanation" && interop::looks_like_note_type(v))
            warning(item, field,
                    "\"" + v +
                        "\" is an Anki note type's name: was the note type column imported "
                        "as text?");
    }

    void required_text(const Item& item, const std::string& field, std::string_view value) {
        if (normalise(value).empty()) {
            error(item, field, "is empty");
        } else {
            text(item, field, value);
        }
    }

    void common(const Item& item) {
        if (!is_lower_id(item.id)) {
            warning(item, "id", "ids use lowercase letters, digits and '-' (e.g. nkru-mc-001)");
        }
        if (item.difficulty < 1 || item.difficulty > 3) {
            error(item, "difficulty",
                  std::to_string(item.difficulty) + " is not a difficulty (1 easy to 3 hard)");
        }
        std::set<std::string_view> seen;
        bool era = false;
        bool topic = false;
        for (std::size_t i = 0; i < item.tags.size(); ++i) {
            const auto& tag = item.tags[i];
            const std::string field = "tags[" + std::to_string(i) + "]";
            if (normalise(tag).empty()) {
                error(item, field, "empty tag");
                continue;
            }
            text(item, field, tag);
            if (!seen.insert(tag).second) warning(item, field, "tag '" + tag + "' given twice");
            (is_era_tag(tag) ? era : topic) = true;
        }
        if (item.kind() == ItemKind::Flashcard) {
            if (item.tags.empty()) error(item, "tags", "no tags: give at least a topic tag");
        } else {
            if (!era) error(item, "tags", "no era tag (e.g. \"1945–1953\", \"seit 2022\")");
            if (!topic) error(item, "tags", "no topic tag (e.g. \"Diplomatie\", \"Grenze\")");
        }
        quote(item);
    }

    void quote(const Item& item) {
        if (item.kind() != ItemKind::Flashcard && normalise(item.quote).empty()) {
            error(item, "source.quote", "is empty: every item cites the passage that proves it");
            return;
        }
        if (item.quote.empty()) return;
        text(item, "source.quote", item.quote);
        if (item.quote.find("…") != std::string::npos ||
            item.quote.find("...") != std::string::npos) {
            error(item, "source.quote",
                  "contains an ellipsis: quote one contiguous passage, not pieces joined by …");
            return;
        }
        if (!deck.has_source()) return;
        if (locate_quote(source, item.quote)) return;
        // Tell the writer where the quote stops matching: the longest prefix
        // that still occurs (prefix occurrence is monotone, so bisect).
        const std::string needle = normalise(item.quote);
        std::size_t lo = 0;
        std::size_t hi = needle.size();
        while (lo < hi) {
            const std::size_t mid = (lo + hi + 1) / 2;
            if (source.text.find(std::string_view(needle).substr(0, mid)) != std::string::npos) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        std::string message = "not found in " + deck.source_file +
                              " (whitespace and [n] markers are ignored, nothing else)";
        if (lo >= 8) {
            // An excerpt of up to 40 bytes before the mismatch, cut at code point boundaries.
            const auto boundary = [&](std::size_t k) {
                return k >= needle.size() || (static_cast<unsigned char>(needle[k]) & 0xC0) != 0x80;
            };
            std::size_t end = lo;
            while (end > 0 && !boundary(end))
                --end;
            std::size_t begin = end > 40 ? end - 40 : 0;
            while (begin < end && !boundary(begin))
                ++begin;
            message += "; it matches up to \"" + std::string(begin > 0 ? "…" : "") +
                       needle.substr(begin, end - begin) + "\" and differs after that";
        }
        error(item, "source.quote", message);
    }

    void multiple_choice(const Item& item, const MultipleChoice& mc) {
        required_text(item, "prompt", mc.prompt);
        required_text(item, "explanation", mc.explanation);
        if (normalise(mc.answer).empty()) {
            error(item, "answer", "is empty");
            return;
        }
        text(item, "answer", mc.answer);
        if (const auto why = shape_problem(mc.answer_type, mc.answer)) {
            error(item, "answer",
                  "\"" + mc.answer + "\" " + *why + " (answer_type " +
                      std::string(answer_type_name(mc.answer_type)) + ")");
        }
        if (mc.distractors.size() < 3) {
            error(item, "distractors",
                  std::to_string(mc.distractors.size()) + " distractors; at least 3 are needed");
        }
        std::map<std::string, std::size_t> seen;
        const std::string answer_key = choice_key(mc.answer);
        for (std::size_t i = 0; i < mc.distractors.size(); ++i) {
            const auto& d = mc.distractors[i];
            const std::string field = "distractors[" + std::to_string(i) + "]";
            const std::string key = choice_key(d);
            if (key.empty()) {
                error(item, field, "is empty");
                continue;
            }
            text(item, field, d);
            if (key == answer_key) {
                error(item, field, "\"" + d + "\" is the answer itself");
                continue;
            }
            if (const auto [it, fresh] = seen.emplace(key, i); !fresh) {
                error(item, field,
                      "\"" + d + "\" repeats distractors[" + std::to_string(it->second) + "]");
                continue;
            }
            if (const auto why = shape_problem(mc.answer_type, d)) {
                error(item, field,
                      "\"" + d + "\" " + *why + " (answer_type " +
                          std::string(answer_type_name(mc.answer_type)) + ")");
                continue;
            }
            if (mc.answer_type == AnswerType::Number && !same_number_unit(mc.answer, d)) {
                error(item, field,
                      "\"" + d + "\" does not use the unit of the answer \"" + mc.answer + "\"");
            }
        }
        answer_form(item, mc);
    }

    // A person, place, country or organisation answer that alone has digits
    // (or alone has none) can be picked by its form.
    void answer_form(const Item& item, const MultipleChoice& mc) {
        if (mc.distractors.empty()) return;
        const auto t = mc.answer_type;
        if (t == AnswerType::Date) {
            const DateForm form = date_form(mc.answer);
            if (form != DateForm::Other &&
                std::none_of(mc.distractors.begin(), mc.distractors.end(),
                             [&](const std::string& d) { return date_form(d) == form; })) {
                warning(item, "answer",
                        "the answer is the only date written this exactly (or this vaguely): its "
                        "form may give it away");
            }
            return;
        }
        if (t != AnswerType::Person && t != AnswerType::Place && t != AnswerType::Country &&
            t != AnswerType::Organisation) {
            return;
        }
        const bool answer_digits = has_digit(mc.answer);
        const bool alike =
            std::any_of(mc.distractors.begin(), mc.distractors.end(),
                        [&](const std::string& d) { return has_digit(d) == answer_digits; });
        if (!alike) {
            warning(item, "answer",
                    std::string("the answer is the only choice ") +
                        (answer_digits ? "with" : "without") +
                        " digits: its form may give it away");
        }
    }

    void event(const Item& item, const TimelineEvent& ev) {
        required_text(item, "text", ev.text);
        if (contains_year(ev.text)) {
            warning(
                item, "text",
                "contains a year: the date is what the student places, keep it out of the text");
        }
        // A year before 1000 (or before Christ) must stand in the quote as a number of its own:
        // 950 for "Im Juni 1950" is a lost digit, not the early Middle Ages.
        const int written = ev.date.year < 0 ? -ev.date.year : ev.date.year;
        const bool early_unquoted = ev.date.year < 1000 && !has_number(item.quote, written);
        if (ev.date.year < kFirstPlausibleYear || ev.date.year > kLastPlausibleYear ||
            ev.date.year == 0 || early_unquoted) {
            error(item, "date.year",
                  std::to_string(ev.date.year) + " is not a plausible year (" +
                      std::to_string(kFirstPlausibleYear) + "–" +
                      std::to_string(kLastPlausibleYear) + ", before 1000 only as the quote " +
                      "writes it)");
        }
        if (const auto why = date_problem(ev.date)) error(item, "date", *why);
    }

    void flashcard(const Item& item, const Flashcard& fc) {
        required_text(item, "front", fc.front);
        required_text(item, "back", fc.back);
    }

    // Identical spans are an error (no timeline can order them); overlapping
    // spans a warning (rounds never deal both, but the writer should know).
    void event_pairs() {
        std::vector<const Item*> events;
        for (const auto& item : deck.items) {
            if (item.event() && !date_problem(item.event()->date)) events.push_back(&item);
        }
        for (std::size_t j = 0; j < events.size(); ++j) {
            const auto& b = *events[j];
            const auto sb = b.event()->date.span();
            for (std::size_t i = 0; i < j; ++i) {
                const auto& a = *events[i];
                const auto sa = a.event()->date.span();
                const std::string other =
                    a.id + " (" + format_date(a.event()->date, DateLanguage::German) + ")";
                if (sa == sb) {
                    error(b, "date",
                          "same time span as " + other + ": a timeline cannot order them");
                } else if (overlaps(sa, sb)) {
                    warning(b, "date", "overlaps " + other + ": a round never deals both");
                }
            }
        }
    }

    void run() {
        const auto deck_problem = [&](std::string field, std::string message) {
            problems.push_back(
                {deck.file, {}, std::move(field), std::move(message), Severity::Error});
        };
        if (!is_lower_id(deck.id)) {
            deck_problem("deck.id", "deck ids use lowercase letters, digits and '-'");
        }
        if (normalise(deck.title).empty()) deck_problem("deck.title", "is empty");
        if (const auto control = first_control_character(deck.title);
            control && is_valid_utf8(deck.title))
            deck_problem("deck.title", *control);
        if (const auto at = first_non_nfc(deck.title); at && is_valid_utf8(deck.title)) {
            deck_problem("deck.title", "not in Unicode NFC at byte " + std::to_string(*at));
        }
        if (normalise(deck.language).empty()) deck_problem("deck.language", "is empty");
        if (deck.has_source()) {
            source = normalise_mapped(deck.source_text);
            if (const auto at = first_non_nfc(deck.source_text);
                at && is_valid_utf8(deck.source_text)) {
                problems.push_back({deck.file,
                                    {},
                                    "deck.source",
                                    deck.source_file + " is not in Unicode NFC at byte " +
                                        std::to_string(*at) +
                                        ": quotes typed in NFC may not match it",
                                    Severity::Warning});
            }
        }
        if (deck.items.empty()) deck_problem("items", "the deck has no items");
        for (const auto& item : deck.items) {
            common(item);
            if (const auto* mc = item.multiple_choice()) multiple_choice(item, *mc);
            if (const auto* ev = item.event()) event(item, *ev);
            if (const auto* fc = item.flashcard()) flashcard(item, *fc);
        }
        event_pairs();
        repeated_questions();
    }

    // Two items asking the same thing the same way: the same prompt, event
    // text or flashcard front (after whitespace and case folding).
    void repeated_questions() {
        std::map<std::string, const Item*> first;
        for (const auto& item : deck.items) {
            std::string key;
            std::string field;
            if (const auto* mc = item.multiple_choice()) {
                key = "mc:" + choice_key(mc->prompt);
                field = "prompt";
            } else if (const auto* ev = item.event()) {
                key = "ev:" + choice_key(ev->text);
                field = "text";
            } else if (const auto* fc = item.flashcard()) {
                key = "fc:" + choice_key(fc->front);
                field = "front";
            }
            if (key.size() <= 3) continue;  // empty text is reported elsewhere
            const auto [it, fresh] = first.emplace(key, &item);
            if (!fresh) error(item, field, "the same " + field + " as " + it->second->id);
        }
    }
};

}  // namespace

std::vector<Problem> lint_deck(const Deck& deck) {
    DeckLinter linter{deck, {}, {}};
    linter.run();
    auto giveaways = giveaway_problems(deck);
    linter.problems.insert(linter.problems.end(), std::make_move_iterator(giveaways.begin()),
                           std::make_move_iterator(giveaways.end()));
    return std::move(linter.problems);
}

std::vector<Problem> lint_files(const std::vector<fs::path>& files) {
    std::vector<Problem> problems;
    std::map<std::string, std::string, std::less<>> id_owner;  // item id -> first file
    for (const auto& file : files) {
        auto loaded = load_deck_file(file);
        for (auto& p : loaded.problems)
            problems.push_back(std::move(p));
        if (!loaded.deck) continue;
        for (auto& p : lint_deck(*loaded.deck))
            problems.push_back(std::move(p));
        for (const auto& item : loaded.deck->items) {
            const auto [it, fresh] = id_owner.emplace(item.id, file.string());
            if (!fresh) {
                problems.push_back(
                    {file.string(), item.id, "id",
                     "id already used in " + it->second +
                         " (ids are unique across the bank; the game skips this item)",
                     Severity::Error});
            }
        }
    }
    return problems;
}

std::vector<fs::path> deck_files_in(const fs::path& dir) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code type_ec;
        if (it->path().extension() == ".json" && it->is_regular_file(type_ec)) {
            files.push_back(it->path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace chronik::io
