#include "round/growing_timeline.hpp"

#include <set>
#include <stdexcept>
#include <string_view>

namespace chronik::round {

std::size_t correct_gap(std::span<const bank::EventDate> line, const bank::EventDate& date) {
    std::size_t gap = 0;
    for (const auto& placed : line) {
        if (bank::overlaps(placed, date)) {
            throw std::invalid_argument(
                "timeline: the date overlaps an event of the line, so its "
                "place is not clear");
        }
        if (bank::timeline_before(placed, date)) ++gap;
    }
    return gap;
}

bool fits_gap(std::span<const bank::EventDate> line, const bank::EventDate& date, std::size_t gap) {
    if (gap > line.size()) {
        throw std::out_of_range("timeline: gap " + std::to_string(gap) +
                                " does not exist (the line has " + std::to_string(line.size()) +
                                " events, so gaps 0.." + std::to_string(line.size()) + ")");
    }
    const bool after_left = gap == 0 || bank::timeline_before(line[gap - 1], date);
    const bool before_right = gap == line.size() || bank::timeline_before(date, line[gap]);
    return after_left && before_right;
}

GrowingTimeline::GrowingTimeline(std::span<const bank::Item* const> dealt) {
    if (dealt.size() < 2) {
        throw std::invalid_argument("growing timeline: needs at least two events, got " +
                                    std::to_string(dealt.size()));
    }
    std::set<std::string_view> ids;
    std::vector<GrowingTimelineCard> cards;
    for (std::size_t i = 0; i < dealt.size(); ++i) {
        const bank::Item* item = dealt[i];
        if (item == nullptr) {
            throw std::invalid_argument("growing timeline: dealt item " + std::to_string(i) +
                                        " is null");
        }
        const bank::TimelineEvent* e = item->event();
        if (e == nullptr) {
            throw std::invalid_argument("growing timeline: item \"" + item->id +
                                        "\" is not an event");
        }
        if (!ids.insert(item->id).second) {
            throw std::invalid_argument("growing timeline: item \"" + item->id +
                                        "\" was dealt twice");
        }
        for (const auto& other : cards) {
            if (bank::overlaps(other.date, e->date)) {
                throw std::invalid_argument("growing timeline: the dates of \"" + other.item_id +
                                            "\" and \"" + item->id + "\" overlap");
            }
        }
        cards.push_back({item->id, e->text, e->date});
    }
    line_.push_back(std::move(cards.front()));
    pending_.assign(std::make_move_iterator(cards.begin() + 1),
                    std::make_move_iterator(cards.end()));
}

const GrowingTimelineCard& GrowingTimeline::current() const {
    if (finished()) throw std::logic_error("growing timeline: every event has been placed");
    return pending_[next_];
}

TurnResult GrowingTimeline::place(std::size_t gap) {
    const GrowingTimelineCard& card = current();
    std::vector<bank::EventDate> dates;
    dates.reserve(line_.size());
    for (const auto& c : line_)
        dates.push_back(c.date);

    TurnResult r;
    r.item_id = card.item_id;
    r.chosen_gap = gap;
    r.correct = fits_gap(dates, card.date, gap);  // throws for a gap that does not exist
    r.correct_gap = correct_gap(dates, card.date);
    r.rating = r.correct ? Rating::Good : Rating::Again;
    line_.insert(line_.begin() + static_cast<std::ptrdiff_t>(r.correct_gap), card);
    ++next_;
    return r;
}

}  // namespace chronik::round
