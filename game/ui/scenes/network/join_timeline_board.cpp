#include "ui/scenes/network/join_timeline_board.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "ui/input/nav.hpp"
#include "ui/text/network_join_strings.hpp"
#include "ui/widgets/button.hpp"

namespace chronik::ui {
namespace {

// The question view's frame: prompt above (to y 150), the status card below (from y 532).
constexpr float kLeft = 120.f, kWidth = 1040.f, kGap = 12.f;
constexpr float kAxisY = 190.f, kCardY = 222.f, kCardH = 206.f;
constexpr float kLift = 14.f;  // a held card rises
constexpr float kButtonY = 446.f, kButtonH = 64.f, kButtonW = 380.f;

sf::Vector2f point(int x, int y) {
    return {static_cast<float>(x), static_cast<float>(y)};
}

}  // namespace

JoinTimelineBoard::JoinTimelineBoard(const UiContext& ui) : ui_(ui) {
    const auto& t = ui.theme;
    const TextStyle muted{
        FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted, Align::Left,
        VAlign::Middle, 1.f,          false};
    intro_ = TextBlock(text(ui.strings, JoinText::TimelineIntro), {kLeft, 150, kWidth, 30}, muted);
    earlier_ = TextBlock(ui.text(TextId::TimelineEarlier), {kLeft, kAxisY, 300, 26}, muted);
    auto right = muted;
    right.align = Align::Right;
    later_ =
        TextBlock(ui.text(TextId::TimelineLater), {kLeft + kWidth - 300, kAxisY, 300, 26}, right);
    auto legend = muted;
    legend.wrap = true;
    legend.valign = VAlign::Top;
    legend_ = TextBlock(text(ui.strings, JoinText::TimelineLegend),
                        {kLeft, kButtonY + 4, kWidth, 56}, legend);
}

float JoinTimelineBoard::slot_x(std::size_t slot) const {
    return kLeft + static_cast<float>(slot) * (card_w_ + kGap);
}

std::optional<std::size_t> JoinTimelineBoard::slot_at(sf::Vector2f p) const {
    if (p.y < kCardY - kLift || p.y > kCardY + kCardH) return std::nullopt;
    for (std::size_t s = 0; s < cards_.size(); ++s)
        if (p.x >= slot_x(s) && p.x <= slot_x(s) + card_w_) return s;
    return std::nullopt;
}

std::size_t JoinTimelineBoard::drop_slot(float card_left) const {
    const float f = (card_left - kLeft + (card_w_ + kGap) / 2) / (card_w_ + kGap);
    return static_cast<std::size_t>(
        std::clamp(std::floor(f), 0.f, static_cast<float>(cards_.size() - 1)));
}

void JoinTimelineBoard::show(const JoinQuestion& q) {
    const auto& t = ui_.theme;
    const std::size_t n = q.choices.size();
    arrangement_ = round::EventArrangement(n);
    sent_ = revealed_ = false;
    drag_slot_.reset();
    reveal_slot_.clear();
    card_w_ = n == 0 ? 0.f : (kWidth - kGap * static_cast<float>(n - 1)) / static_cast<float>(n);
    cards_.clear();
    cards_.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        // Boxes at the origin: cards move by offset, their text is laid out once.
        auto& c = cards_[i];
        c.text = TextBlock(q.choices[i], {12, 34, card_w_ - 24, kCardH - 74},
                           {FontFace::Sans, t.type.small - 1, 12, t.palette.text, Align::Left,
                            VAlign::Top, 1.15f, true});
        c.text.set_hyphenation(true);
        c.mark = TextBlock("", {12, 8, card_w_ - 24, 24},
                           {FontFace::SansBold, t.type.caption, 11, t.palette.text, Align::Left,
                            VAlign::Middle, 1.f, false});
        c.date = TextBlock("", {12, kCardH - 38, card_w_ - 24, 28},
                           {FontFace::SansBold, t.type.small, 11, t.palette.accent, Align::Left,
                            VAlign::Middle, 1.f, false});
        c.mark.set_text(std::to_string(i + 1));
        c.mark.set_color(t.palette.text_muted);
    }
    send_.clear();
    send_.add(Button(text(ui_.strings, JoinText::ButtonSendOrder),
                     {kLeft + kWidth - kButtonW, kButtonY, kButtonW, kButtonH}, ButtonKind::Primary,
                     "Enter"));
    send_.show_focus(false);
    refresh(q);
}

void JoinTimelineBoard::refresh(const JoinQuestion& q) {
    sent_ = !q.order.empty();
    // A refused order (too late, paused, bad) can be moved and sent again; a sent one stays.
    if (sent_) {
        arrangement_.place();
        drag_slot_.reset();
    }
    const bool open = q.phase == QuestionPhase::Open && !sent_;
    send_.at(0).set_mark(open ? ButtonMark::None : ButtonMark::Dimmed);
}

void JoinTimelineBoard::reveal(const JoinQuestion& q) {
    const auto& p = ui_.theme.palette;
    revealed_ = true;
    drag_slot_.reset();
    arrangement_.place();
    const std::size_t n = cards_.size();
    reveal_slot_.assign(n, 0);
    const bool complete = q.correct_order.size() == n;
    for (std::size_t rank = 0; complete && rank < n; ++rank)
        if (q.correct_order[rank] < n) reveal_slot_[q.correct_order[rank]] = rank;
    for (std::size_t id = 0; id < n; ++id) {
        auto& c = cards_[id];
        c.date.set_text(id < q.dates.size() ? q.dates[id] : std::string());
        if (q.order.size() != n) {
            c.mark.set_text("");
            c.right.reset();
            continue;
        }
        const auto mine = static_cast<std::size_t>(std::find(q.order.begin(), q.order.end(), id) -
                                                   q.order.begin());
        const bool right = complete && mine == reveal_slot_[id];
        c.mark.set_text(right ? "✓" : "✗ " + std::to_string(mine + 1));
        c.mark.set_color(right ? p.success : p.danger);
        c.right = right;
    }
    if (!complete)  // a reveal without the order (should not happen): the cards stay put
        for (std::size_t s = 0; s < n; ++s)
            reveal_slot_[arrangement_.slots()[s]] = s;
}

std::vector<sf::Vector2f> JoinTimelineBoard::positions() const {
    const std::size_t n = cards_.size();
    std::vector<sf::Vector2f> pos(n);
    const auto& slots = arrangement_.slots();
    if (revealed_) {
        for (std::size_t id = 0; id < n; ++id)
            pos[id] = {slot_x(reveal_slot_[id]), kCardY};
        return pos;
    }
    if (drag_slot_ && dragged_) {
        // Preview: the others close ranks around the slot the card would drop into.
        const std::size_t held = slots[*drag_slot_];
        const std::size_t target = drop_slot(drag_pos_.x - grab_offset_.x);
        std::vector<std::size_t> order;
        for (std::size_t s = 0; s < n; ++s)
            if (s != *drag_slot_) order.push_back(slots[s]);
        order.insert(order.begin() + static_cast<std::ptrdiff_t>(target), held);
        for (std::size_t s = 0; s < n; ++s)
            pos[order[s]] = {slot_x(s), kCardY};
        pos[held] = drag_pos_ - grab_offset_;
        return pos;
    }
    const auto held = arrangement_.held_slot();
    for (std::size_t s = 0; s < n; ++s)
        pos[slots[s]] = {slot_x(s), kCardY - (held == s ? kLift : 0.f)};
    return pos;
}

std::optional<std::vector<std::size_t>> JoinTimelineBoard::handle(const sf::Event& e, bool open) {
    if (!movable() || cards_.empty()) return std::nullopt;
    switch (e.type) {
        case sf::Event::KeyPressed:
            switch (e.key.code) {
                case sf::Keyboard::Left:
                case sf::Keyboard::Right: {
                    const bool left = e.key.code == sf::Keyboard::Left;
                    if (e.key.alt) {
                        // Alt+arrow moves the focused card one slot, like the browser page.
                        const auto from = arrangement_.focus();
                        if (left ? from == 0 : from + 1 >= cards_.size()) return std::nullopt;
                        arrangement_.move(from, left ? from - 1 : from + 1);
                        arrangement_.set_focus(left ? from - 1 : from + 1);
                        return std::nullopt;
                    }
                    if (left)
                        arrangement_.move_left();
                    else
                        arrangement_.move_right();
                    return std::nullopt;
                }
                case sf::Keyboard::Space:
                    if (arrangement_.holding())
                        arrangement_.place();
                    else
                        arrangement_.pick_up();
                    return std::nullopt;
                case sf::Keyboard::Enter:
                    if (!open) return std::nullopt;
                    arrangement_.place();
                    return arrangement_.slots();
                default:
                    return std::nullopt;
            }
        case sf::Event::MouseButtonPressed: {
            if (e.mouseButton.button != sf::Mouse::Left) break;
            const auto p = point(e.mouseButton.x, e.mouseButton.y);
            if (const auto s = slot_at(p)) {
                arrangement_.set_focus(*s);
                drag_slot_ = *s;
                dragged_ = false;
                drag_pos_ = p;
                grab_offset_ = p - sf::Vector2f(slot_x(*s), kCardY);
                return std::nullopt;
            }
            break;
        }
        case sf::Event::MouseMoved:
            if (drag_slot_) {
                const auto p = point(e.mouseMove.x, e.mouseMove.y);
                if (std::abs(p.x - drag_pos_.x) + std::abs(p.y - drag_pos_.y) > 3.f)
                    dragged_ = true;
                drag_pos_ = p;
                return std::nullopt;
            }
            break;
        case sf::Event::MouseButtonReleased:
            if (drag_slot_ && e.mouseButton.button == sf::Mouse::Left) {
                const auto p = point(e.mouseButton.x, e.mouseButton.y);
                const auto from = *drag_slot_;
                drag_slot_.reset();
                if (dragged_) {
                    const auto to = drop_slot(p.x - grab_offset_.x);
                    arrangement_.move(from, to);
                    arrangement_.set_focus(to);
                }
                return std::nullopt;
            }
            break;
        default:
            break;
    }
    if (e.type == sf::Event::MouseButtonPressed || e.type == sf::Event::MouseButtonReleased ||
        e.type == sf::Event::MouseMoved) {
        if (send_.handle(e, ui_) && open) {
            arrangement_.place();
            return arrangement_.slots();
        }
    }
    return std::nullopt;
}

void JoinTimelineBoard::update(float dt) {
    send_.update(dt, ui_.theme);
}

bool JoinTimelineBoard::animating() const {
    return drag_slot_.has_value() || send_.animating();
}

void JoinTimelineBoard::draw(sf::RenderTarget& target) const {
    const auto& t = ui_.theme;
    const auto& p = t.palette;
    if (cards_.empty()) return;
    batch_.add(earlier_);
    batch_.add(later_);
    if (!revealed_) batch_.add(intro_);
    batch_.add_rect({kLeft, kCardY + kCardH + 8.f, kWidth, 3.f}, p.border);
    const auto pos = positions();
    const auto held = arrangement_.held_slot();
    std::optional<std::size_t> on_top;
    if (drag_slot_ && dragged_)
        on_top = arrangement_.slots()[*drag_slot_];
    else if (held)
        on_top = arrangement_.slots()[*held];
    const std::size_t focused = arrangement_.slots()[arrangement_.focus()];
    auto add_card = [&](std::size_t id) {
        const auto& c = cards_[id];
        sf::Color outline = p.border;
        float stroke = 1.5f;
        if (revealed_ && c.right) {
            outline = *c.right ? p.success : p.danger;
            stroke = 3.f;
        } else if (on_top == id) {
            outline = p.accent;
            stroke = 3.f;
        }
        const sf::FloatRect box{pos[id].x, pos[id].y, card_w_, kCardH};
        c.body.set_geometry(box, t.spacing.radius, stroke);
        c.body.set_fill(on_top == id ? p.surface_raised : p.surface);
        c.body.set_outline(outline);
        batch_.add(c.body);
        if (movable() && id == focused && !(drag_slot_ && dragged_))
            add_focus_ring(batch_, t, box, focus_ring_);
        batch_.add(c.text, pos[id]);
        batch_.add(c.mark, pos[id]);
        if (revealed_) batch_.add(c.date, pos[id]);
    };
    for (std::size_t id = 0; id < cards_.size(); ++id)
        if (on_top != id) add_card(id);
    if (revealed_)
        batch_.add(legend_);
    else
        send_.draw(batch_, ui_);
    batch_.draw(target, ui_);
    // The card in the hand covers everything else: a batch of its own.
    if (on_top) {
        add_card(*on_top);
        batch_.draw(target, ui_);
    }
}

}  // namespace chronik::ui
