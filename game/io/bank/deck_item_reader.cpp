#include "io/bank/deck_item_reader.hpp"

#include <utility>

namespace chronik::io::deck_json {

namespace {

std::optional<bank::EventDate> read_date(const json& value, Reporter& report) {
    if (!value.is_object()) {
        report.error("date", "expected an object, found " + type_name(value));
        return std::nullopt;
    }
    Fields f{value, "date.", report};
    f.warn_unknown({"year", "month", "day", "precision", "season", "part"});
    const auto year = f.integer("year");
    const auto precision_text = f.string("precision");
    if (!year || !precision_text) return std::nullopt;
    const auto precision = bank::parse_precision(*precision_text);
    if (!precision) {
        report.error("date.precision",
                     "'" + *precision_text +
                         "' is not a precision (day, month, season, year_part, decade_part, "
                         "decade, year)");
        return std::nullopt;
    }
    bank::EventDate date;
    date.precision = *precision;
    date.year = *year;
    using P = bank::DatePrecision;
    const bool with_month = *precision == P::Day || *precision == P::Month;
    if (const auto m = f.integer("month", with_month)) date.month = *m;
    if (const auto d = f.integer("day", *precision == P::Day)) date.day = *d;
    if (*precision == P::Season) {
        if (const auto s = f.string("season")) {
            const auto season = bank::parse_season(*s);
            if (!season) {
                report.error("date.season",
                             "'" + *s + "' is not a season (spring, summer, autumn, winter)");
                return std::nullopt;
            }
            date.season = *season;
        }
    } else if (f.get("season", false)) {
        report.error("date.season", "only a date with precision 'season' has a season");
        f.ok = false;
    }
    if (*precision == P::YearPart || *precision == P::DecadePart) {
        if (const auto s = f.string("part")) {
            const auto part = bank::parse_period_part(*s);
            if (!part) {
                report.error("date.part", "'" + *s + "' is not a part (early, mid, late)");
                return std::nullopt;
            }
            date.part = *part;
        }
    } else if (f.get("part", false)) {
        report.error("date.part", "only year_part and decade_part dates have a part");
        f.ok = false;
    }
    if (!f.ok) return std::nullopt;
    if (const auto problem = bank::date_problem(date)) {
        report.error("date", *problem);
        return std::nullopt;
    }
    return date;
}

}  // namespace

std::optional<bank::Item> read_item(const json& value, Reporter& report) {
    if (!value.is_object()) {
        report.error("", "expected an item object, found " + type_name(value));
        return std::nullopt;
    }
    Fields f{value, "", report};
    const auto id = f.string("id");
    if (id && !id->empty()) report.item_id = *id;
    if (id && id->empty()) {
        report.error("id", "is empty");
        f.ok = false;
    }
    const auto kind_text = f.string("kind");
    std::optional<bank::ItemKind> kind;
    if (kind_text) {
        kind = bank::parse_item_kind(*kind_text);
        if (!kind) {
            report.error("kind",
                         "'" + *kind_text + "' is not a kind (multiple_choice, event, flashcard)");
            f.ok = false;
        }
    }
    bank::Item item;
    if (id) item.id = *id;
    if (auto tags = f.strings("tags")) item.tags = std::move(*tags);
    if (const auto d = f.integer("difficulty")) item.difficulty = *d;
    if (const auto draft = f.boolean("draft")) item.draft = *draft;
    if (auto group = f.string("group", false)) item.group = std::move(*group);
    const bool quote_required = kind && *kind != bank::ItemKind::Flashcard;
    if (const json* source = f.object_field("source", quote_required)) {
        Fields s{*source, "source.", report};
        s.warn_unknown({"quote"});
        if (const auto quote = s.string("quote", quote_required)) item.quote = *quote;
        f.ok = f.ok && s.ok;
    }
    if (!kind) return std::nullopt;
    switch (*kind) {
        case bank::ItemKind::MultipleChoice: {
            f.warn_unknown({"id", "kind", "tags", "difficulty", "draft", "group", "source",
                            "prompt", "answer", "answer_type", "distractors", "explanation",
                            "time_limit"});
            bank::MultipleChoice mc;
            if (auto v = f.string("prompt")) mc.prompt = std::move(*v);
            if (auto v = f.string("answer")) mc.answer = std::move(*v);
            if (auto v = f.string("answer_type")) {
                const auto type = bank::parse_answer_type(*v);
                if (!type) {
                    report.error("answer_type",
                                 "'" + *v +
                                     "' is not an answer type (year, date, number, person, place, "
                                     "country, organisation, event, term)");
                    f.ok = false;
                } else {
                    mc.answer_type = *type;
                }
            }
            if (auto v = f.strings("distractors")) mc.distractors = std::move(*v);
            if (auto v = f.string("explanation")) mc.explanation = std::move(*v);
            if (f.get("time_limit", false)) {
                const auto t = f.integer("time_limit");
                if (t && (*t < 1 || *t > 3600)) {
                    report.error("time_limit", std::to_string(*t) + " is not 1 to 3600 seconds");
                    f.ok = false;
                } else if (t) {
                    mc.time_limit_s = static_cast<int>(*t);
                }
            }
            item.body = std::move(mc);
            break;
        }
        case bank::ItemKind::Event: {
            f.warn_unknown(
                {"id", "kind", "tags", "difficulty", "draft", "group", "source", "text", "date"});
            bank::TimelineEvent ev;
            if (auto v = f.string("text")) ev.text = std::move(*v);
            if (const json* d = f.get("date", true)) {
                if (auto date = read_date(*d, report)) {
                    ev.date = *date;
                } else {
                    f.ok = false;
                }
            }
            item.body = std::move(ev);
            break;
        }
        case bank::ItemKind::Flashcard: {
            f.warn_unknown(
                {"id", "kind", "tags", "difficulty", "draft", "group", "source", "front", "back"});
            bank::Flashcard fc;
            if (auto v = f.string("front")) fc.front = std::move(*v);
            if (auto v = f.string("back")) fc.back = std::move(*v);
            item.body = std::move(fc);
            break;
        }
    }
    if (!f.ok || item.id.empty()) return std::nullopt;
    return item;
}

}  // namespace chronik::io::deck_json
