#include "io/import/deck_writer.hpp"

#include <cctype>
#include <nlohmann/json.hpp>

namespace chronik::io {

using nlohmann::ordered_json;

namespace {

ordered_json date_json(const bank::EventDate& d) {
    ordered_json j;
    j["year"] = d.year;
    switch (d.precision) {
        case bank::DatePrecision::Day:
            j["month"] = d.month;
            j["day"] = d.day;
            break;
        case bank::DatePrecision::Month:
            j["month"] = d.month;
            break;
        case bank::DatePrecision::Season:
            j["season"] = std::string(bank::season_name(d.season));
            break;
        case bank::DatePrecision::YearPart:
        case bank::DatePrecision::DecadePart:
            j["part"] = std::string(bank::period_part_name(d.part));
            break;
        case bank::DatePrecision::Decade:
        case bank::DatePrecision::Year:
            break;
    }
    j["precision"] = std::string(bank::precision_name(d.precision));
    return j;
}

ordered_json item_json(const bank::Item& item) {
    ordered_json j;
    j["id"] = item.id;
    j["kind"] = std::string(bank::item_kind_name(item.kind()));
    j["tags"] = item.tags;
    j["difficulty"] = item.difficulty;
    if (item.draft) j["draft"] = true;
    if (!item.group.empty()) j["group"] = item.group;
    if (const auto* mc = item.multiple_choice()) {
        j["prompt"] = mc->prompt;
        j["answer"] = mc->answer;
        j["answer_type"] = std::string(bank::answer_type_name(mc->answer_type));
        j["distractors"] = mc->distractors;
        j["explanation"] = mc->explanation;
        if (mc->time_limit_s) j["time_limit"] = *mc->time_limit_s;
    } else if (const auto* ev = item.event()) {
        j["text"] = ev->text;
        j["date"] = date_json(ev->date);
    } else if (const auto* fc = item.flashcard()) {
        j["front"] = fc->front;
        j["back"] = fc->back;
    }
    if (!item.quote.empty()) j["source"] = {{"quote", item.quote}};
    return j;
}

}  // namespace

std::string deck_to_json(const bank::Deck& deck) {
    ordered_json j;
    j["schema"] = 1;
    ordered_json meta;
    meta["id"] = deck.id;
    meta["title"] = deck.title;
    meta["language"] = deck.language;
    if (!deck.source_file.empty()) meta["source"] = deck.source_file;
    j["deck"] = meta;
    ordered_json items = ordered_json::array();
    for (const auto& item : deck.items)
        items.push_back(item_json(item));
    j["items"] = items;
    return j.dump(2) + "\n";
}

std::string deck_id_from(std::string_view name) {
    std::string out;
    bool dash = false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(name[i]);
        std::string piece;
        if (std::isalnum(c)) {
            piece = std::string(1, static_cast<char>(std::tolower(c)));
        } else if (c == 0xC3 && i + 1 < name.size()) {
            const unsigned char n = static_cast<unsigned char>(name[i + 1]);
            if (n == 0xA4 || n == 0x84)
                piece = "ae";
            else if (n == 0xB6 || n == 0x96)
                piece = "oe";
            else if (n == 0xBC || n == 0x9C)
                piece = "ue";
            else if (n == 0x9F)
                piece = "ss";
            ++i;
        }
        if (piece.empty()) {
            dash = !out.empty();
            continue;
        }
        if (dash) out += '-';
        dash = false;
        out += piece;
    }
    if (out.size() > 40) out.resize(40);
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out.empty() ? "deck" : out;
}

}  // namespace chronik::io
