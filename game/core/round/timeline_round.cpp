#include "round/timeline_round.hpp"

#include <algorithm>
#include <numeric>
#include <set>
#include <stdexcept>
#include <string_view>

namespace chronik::round {

namespace {

std::invalid_argument round_error(const std::string& problem) {
    return std::invalid_argument("timeline round: " + problem);
}

}  // namespace

std::size_t TimelineResult::out_of_place_count() const {
    return static_cast<std::size_t>(std::count_if(events.begin(), events.end(), [](const auto& e) {
        return e.mark == PlacementMark::OutOfPlace;
    }));
}

RoundSummary TimelineResult::summary() const {
    RoundSummary s;
    s.kind = RoundKind::Timeline;
    s.score = pairs.percent();
    s.item_count = events.size();
    s.answered = events.size();
    s.correct =
        static_cast<std::size_t>(std::count_if(events.begin(), events.end(), [](const auto& e) {
            return e.mark == PlacementMark::InRun;
        }));
    s.accuracy = pairs.total == 0
                     ? 1.0
                     : static_cast<double>(pairs.ordered) / static_cast<double>(pairs.total);
    s.total_time_ms = time_ms;
    s.best_streak = 0;
    for (const auto& e : events) {
        if (e.rating != Rating::Good) s.missed_item_ids.push_back(e.item_id);
    }
    return s;
}

TimelineRound::TimelineRound(std::span<const bank::Item* const> dealt) {
    if (dealt.size() < 2) {
        throw round_error("needs at least two events, got " + std::to_string(dealt.size()));
    }
    std::set<std::string_view> ids;
    cards_.reserve(dealt.size());
    for (std::size_t i = 0; i < dealt.size(); ++i) {
        const bank::Item* item = dealt[i];
        if (item == nullptr) throw round_error("dealt item " + std::to_string(i) + " is null");
        const bank::TimelineEvent* event = item->event();
        if (event == nullptr) throw round_error("item \"" + item->id + "\" is not an event");
        if (!ids.insert(item->id).second) {
            throw round_error("item \"" + item->id + "\" was dealt twice");
        }
        cards_.push_back(TimelineCard{item->id, event->text, event->date, item->quote});
    }

    std::vector<std::size_t> chronological(cards_.size());
    std::iota(chronological.begin(), chronological.end(), std::size_t{0});
    std::sort(chronological.begin(), chronological.end(), [&](std::size_t a, std::size_t b) {
        return bank::timeline_before(cards_[a].date, cards_[b].date);
    });
    // Every pair: a long span can overlap a later short one without touching its neighbours.
    for (std::size_t i = 0; i < cards_.size(); ++i) {
        for (std::size_t j = i + 1; j < cards_.size(); ++j) {
            if (bank::overlaps(cards_[i].date, cards_[j].date)) {
                throw round_error("the dates of \"" + cards_[i].item_id + "\" and \"" +
                                  cards_[j].item_id + "\" overlap, so their order is unclear");
            }
        }
    }
    ranks_.resize(cards_.size());
    for (std::size_t k = 0; k < chronological.size(); ++k)
        ranks_[chronological[k]] = k;

    slots_.resize(cards_.size());
    std::iota(slots_.begin(), slots_.end(), std::size_t{0});
}

void TimelineRound::require_placing(const char* command) const {
    if (phase_ != TimelinePhase::Placing) {
        throw std::logic_error(std::string("timeline round: ") + command +
                               " after the timeline was submitted");
    }
}

void TimelineRound::check_slot(std::size_t slot, const char* command) const {
    if (slot >= slots_.size()) {
        throw std::out_of_range(std::string("timeline round: ") + command + ": slot " +
                                std::to_string(slot) + " does not exist (the timeline has " +
                                std::to_string(slots_.size()) + ")");
    }
}

const TimelineCard& TimelineRound::card_in_slot(std::size_t slot) const {
    check_slot(slot, "card_in_slot");
    return cards_[slots_[slot]];
}

std::size_t TimelineRound::slot_of_card(std::size_t card) const {
    const auto it = std::find(slots_.begin(), slots_.end(), card);
    if (it == slots_.end()) {
        throw std::out_of_range("timeline round: card " + std::to_string(card) + " does not exist");
    }
    return static_cast<std::size_t>(it - slots_.begin());
}

std::optional<std::size_t> TimelineRound::held_slot() const {
    if (!held_card_) return std::nullopt;
    return slot_of_card(*held_card_);
}

void TimelineRound::move(std::size_t from_slot, std::size_t to_slot) {
    require_placing("move");
    check_slot(from_slot, "move");
    check_slot(to_slot, "move");
    const std::size_t card = slots_[from_slot];
    slots_.erase(slots_.begin() + static_cast<std::ptrdiff_t>(from_slot));
    slots_.insert(slots_.begin() + static_cast<std::ptrdiff_t>(to_slot), card);
    if (held_card_) focus_ = slot_of_card(*held_card_);
}

void TimelineRound::set_focus(std::size_t slot) {
    require_placing("set_focus");
    check_slot(slot, "set_focus");
    held_card_.reset();
    focus_ = slot;
}

void TimelineRound::select(std::size_t slot) {
    require_placing("select");
    check_slot(slot, "select");
    held_card_.reset();
    focus_ = slot;
    held_card_ = slots_[slot];
}

void TimelineRound::pick_up() {
    require_placing("pick_up");
    held_card_ = slots_[focus_];
}

void TimelineRound::place() {
    require_placing("place");
    held_card_.reset();
}

bool TimelineRound::step(int direction) {
    const std::size_t n = slots_.size();
    if (direction < 0 && focus_ == 0) return false;
    if (direction > 0 && focus_ + 1 >= n) return false;
    const std::size_t target = direction < 0 ? focus_ - 1 : focus_ + 1;
    if (held_card_) std::swap(slots_[focus_], slots_[target]);
    focus_ = target;
    return true;
}

bool TimelineRound::move_left() {
    require_placing("move_left");
    return step(-1);
}

bool TimelineRound::move_right() {
    require_placing("move_right");
    return step(+1);
}

const TimelineResult& TimelineRound::submit(std::int64_t elapsed_ms) {
    require_placing("submit");
    if (elapsed_ms < 0) {
        throw std::invalid_argument("timeline round: negative time " + std::to_string(elapsed_ms) +
                                    " ms");
    }
    held_card_.reset();

    std::vector<std::size_t> placed_ranks(slots_.size());
    for (std::size_t s = 0; s < slots_.size(); ++s)
        placed_ranks[s] = ranks_[slots_[s]];
    const std::vector<PlacementMark> marks = mark_timeline_placement(placed_ranks);

    TimelineResult r;
    r.pairs = score_pairs(placed_ranks);
    r.time_ms = elapsed_ms;
    r.events.reserve(slots_.size());
    r.correct_order.resize(slots_.size());
    for (std::size_t s = 0; s < slots_.size(); ++s) {
        const TimelineCard& c = cards_[slots_[s]];
        TimelineEventResult e;
        e.item_id = c.item_id;
        e.text = c.text;
        e.date = c.date;
        e.placed_slot = s;
        e.correct_slot = placed_ranks[s];
        e.mark = marks[s];
        e.rating = rating_for_mark(marks[s]);
        r.events.push_back(std::move(e));
        r.correct_order[placed_ranks[s]] = s;
    }
    result_ = std::move(r);
    phase_ = TimelinePhase::Submitted;
    return *result_;
}

}  // namespace chronik::round
