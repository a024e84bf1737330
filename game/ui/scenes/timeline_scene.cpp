#include "ui/scenes/timeline_scene.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "ui/input/key_bindings.hpp"
#include "ui/scenes/dialogs.hpp"
#include "ui/scenes/pause_scene.hpp"
#include "ui/scenes/results_scene.hpp"
#include "ui/text/hyphenator.hpp"

namespace chronik::ui {
namespace {

constexpr float kLeft = 80.f, kWidth = 1120.f, kGap = 14.f;
constexpr float kCardY = 168.f, kCardH = 232.f, kAxisY = 438.f;
constexpr float kLift = 18.f;         // a held card rises
constexpr float kRevealDelay = 0.6f;  // marks first, then the cards move into the true order
constexpr float kRevealSeconds = 1.1f;

float ease(float t) {
    t = std::clamp(t, 0.f, 1.f);
    return t * t * (3.f - 2.f * t);
}

}  // namespace

TimelineScene::TimelineScene(SceneContext& ctx, const std::vector<const bank::Item*>& dealt)
    : Scene(ctx), round_(dealt), n_(round_.size()) {
    const auto& t = ctx.theme;
    card_w_ = (kWidth - kGap * static_cast<float>(n_ - 1)) / static_cast<float>(n_);
    heading_ = TextBlock(ctx.text(TextId::TimelineHeading), {kLeft, 48, kWidth, 56},
                         {FontFace::SansBold, t.type.h2 + 4, t.type.body, t.palette.text,
                          Align::Left, VAlign::Middle, 1.f, false});
    const TextStyle axis{
        FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted, Align::Left,
        VAlign::Middle, 1.f,          false};
    earlier_ = TextBlock(ctx.text(TextId::TimelineEarlier), {kLeft, kAxisY + 14, 300, 28}, axis);
    auto right = axis;
    right.align = Align::Right;
    later_ = TextBlock(ctx.text(TextId::TimelineLater),
                       {kLeft + kWidth - 300, kAxisY + 14, 300, 28}, right);
    score_ = TextBlock("", {kLeft, 496, 800, 36},
                       {FontFace::SansBold, t.type.body, t.type.small, t.palette.text, Align::Left,
                        VAlign::Middle, 1.f, false});
    order_note_ = TextBlock(ctx.text(TextId::TimelineCorrectOrder), {kLeft, 534, 790, 64},
                            {FontFace::Sans, t.type.small - 2, 12, t.palette.text_muted,
                             Align::Left, VAlign::Top, 1.2f, true});
    const auto& cards = round_.cards();
    views_.resize(n_);
    for (std::size_t i = 0; i < n_; ++i) {
        // Boxes at the origin: cards move by transform, their text is laid out once.
        // Whole words while a readable size allows; a word too long even then breaks at its
        // syllables with a hyphen ("Freundschafts-|abkommen"), never between any two letters.
        views_[i].text = TextBlock(cards[i].text, {14, 40, card_w_ - 28, kCardH - 84},
                                   {FontFace::Sans, t.type.small - 1, 14, t.palette.text,
                                    Align::Left, VAlign::Top, 1.18f, true});
        views_[i].text.set_hyphenation(true);
        views_[i].mark = TextBlock("", {14, 10, card_w_ - 28, 24},
                                   {FontFace::SansBold, t.type.caption, 11, t.palette.text,
                                    Align::Left, VAlign::Middle, 1.f, false});
        views_[i].date = TextBlock("", {14, kCardH - 40, card_w_ - 28, 28},
                                   {FontFace::SansBold, t.type.small, 11, t.palette.accent,
                                    Align::Left, VAlign::Middle, 1.f, false});
    }
    fit_row();
    buttons_.add(
        Button(ctx.text(TextId::TimelineCheck), {900, 580, 300, 60}, ButtonKind::Primary, "Enter"));
    buttons_.show_focus(false);  // the focus lives on the cards; Enter checks
    hints_placing_.set(
        {{"← →", ctx.text(TextId::HintMove)},
         {key_name(sf::Keyboard::Space, ctx.strings.language()), ctx.text(TextId::HintPickUp)},
         {"Enter", ctx.text(TextId::HintCheck)},
         {"Esc", ctx.text(TextId::HintPause)}});
    hints_result_.set(
        {{"Enter", ctx.text(TextId::HintNext)}, {"Esc", ctx.text(TextId::HintPause)}});
}

float TimelineScene::slot_x(std::size_t slot) const {
    return kLeft + static_cast<float>(slot) * (card_w_ + kGap);
}

std::optional<std::size_t> TimelineScene::slot_at(sf::Vector2f p) const {
    if (p.y < kCardY - kLift || p.y > kCardY + kCardH) return std::nullopt;
    for (std::size_t s = 0; s < n_; ++s)
        if (p.x >= slot_x(s) && p.x <= slot_x(s) + card_w_) return s;
    return std::nullopt;
}

std::size_t TimelineScene::drop_slot(float x) const {
    const float f = (x - kLeft + kGap / 2) / (card_w_ + kGap);
    return static_cast<std::size_t>(std::clamp(f, 0.f, static_cast<float>(n_ - 1)));
}

std::vector<sf::Vector2f> TimelineScene::card_positions() const {
    std::vector<sf::Vector2f> pos(n_);
    const auto& slots = round_.slots();
    if (reveal_ >= 0) {
        const float t = ctx_.theme.motion == Motion::Reduced
                            ? 1.f
                            : ease((reveal_ - kRevealDelay) / kRevealSeconds);
        for (std::size_t c = 0; c < n_; ++c) {
            const float from = slot_x(placed_slot_of_card_[c]);
            const float to = slot_x(round_.correct_ranks()[c]);
            pos[c] = {from + (to - from) * t, kCardY};
        }
        return pos;
    }
    if (drag_slot_ && dragged_) {
        // Preview: the others close ranks around the slot the card would drop into.
        const std::size_t held = slots[*drag_slot_];
        const std::size_t target = drop_slot(drag_pos_.x - grab_offset_.x + card_w_ / 2);
        std::vector<std::size_t> order;
        for (std::size_t s = 0; s < n_; ++s)
            if (s != *drag_slot_) order.push_back(slots[s]);
        order.insert(order.begin() + static_cast<std::ptrdiff_t>(target), held);
        for (std::size_t s = 0; s < n_; ++s)
            pos[order[s]] = {slot_x(s), kCardY};
        pos[held] = drag_pos_ - grab_offset_;
        return pos;
    }
    const auto held_slot = round_.held_slot();
    for (std::size_t s = 0; s < n_; ++s)
        pos[slots[s]] = {slot_x(s), kCardY - (held_slot == s ? kLift : 0.f)};
    return pos;
}

void TimelineScene::fit_row() {
    const auto& t = ctx_.theme;
    // One text size for the row: the largest at which every card fits, so the longest text
    // decides and cards side by side never differ (each shrank on its own before). A word too
    // long for the card breaks at a syllable at 16 px rather than pulling the row down to 14;
    // only when a text does not fit even so does the row go down, to 15, then 14.
    const auto row_size_from = [&](unsigned floor) {
        unsigned size = t.type.small - 1;
        bool fits = true;
        for (auto& v : views_) {
            v.text.set_style({FontFace::Sans, t.type.small - 1, floor, t.palette.text, Align::Left,
                              VAlign::Top, 1.18f, true});
            v.text.ensure_layout(ctx_);
            size = std::min(size, v.text.used_size());
            fits = fits && !v.text.scrolls();
        }
        return fits ? size : 0u;
    };
    unsigned row_size = 0;
    for (unsigned floor = 16; floor >= 14 && row_size == 0; --floor)
        row_size = row_size_from(floor);
    if (row_size == 0) row_size = 14;  // the longest text scrolls on its card, as before
    for (auto& v : views_)
        v.text.set_style({FontFace::Sans, row_size, row_size, t.palette.text, Align::Left,
                          VAlign::Top, 1.18f, true});
    // Without the syllable patterns (still loading on their thread) long words count as
    // unbreakable and the row may come out smaller; it is fitted again once they are in.
    row_awaits_patterns_ = !Hyphenator::german_ready();
}

void TimelineScene::submit() {
    const auto elapsed_ms = static_cast<std::int64_t>(std::lround(elapsed_ * 1000.0));
    placed_slot_of_card_.assign(n_, 0);
    for (std::size_t s = 0; s < n_; ++s)
        placed_slot_of_card_[round_.slots()[s]] = s;
    const auto& result = round_.submit(elapsed_ms);
    reveal_ = 0;
    drag_slot_.reset();
    std::string save_problem;
    const auto language = ctx_.strings.language() == Language::German ? bank::DateLanguage::German
                                                                      : bank::DateLanguage::English;
    const auto& p = ctx_.theme.palette;
    for (const auto& e : result.events) {
        if (auto problem = ctx_.services.session().record_answer(e.item_id, e.rating,
                                                                 RoundKind::Timeline, elapsed_ms))
            save_problem = *problem;
        for (std::size_t c = 0; c < n_; ++c) {
            if (round_.cards()[c].item_id != e.item_id) continue;
            auto& v = views_[c];
            v.date.set_text(bank::format_date(e.date, language));
            switch (e.mark) {
                case round::PlacementMark::InRun:
                    v.mark.set_text(ctx_.text(TextId::TimelineMarkInRun));
                    v.mark.set_color(p.success);
                    break;
                case round::PlacementMark::NeighbourSwap:
                    v.mark.set_text(ctx_.text(TextId::TimelineMarkNeighbour));
                    v.mark.set_color(p.focus);
                    break;
                case round::PlacementMark::OutOfPlace:
                    v.mark.set_text(ctx_.text(TextId::TimelineMarkOut));
                    v.mark.set_color(p.danger);
                    break;
            }
        }
    }
    score_.set_text(ctx_.strings.format(
        TextId::TimelinePairs,
        {std::to_string(result.pairs.ordered), std::to_string(result.pairs.total),
         std::to_string(result.pairs.percent())}));
    if (!save_problem.empty())
        order_note_.set_text(ctx_.strings.format(TextId::QuizSaveFailed, {save_problem}));
    ctx_.audio.play(result.pairs.percent() >= 80 ? Sfx::Correct : Sfx::Wrong);
    buttons_.clear();
    buttons_.add(
        Button(ctx_.text(TextId::QuizFinish), {900, 580, 300, 60}, ButtonKind::Primary, "Enter"));
}

void TimelineScene::finish() {
    ctx_.stack.replace_top(std::make_unique<ResultsScene>(ctx_, *round_.result()));
}

void TimelineScene::handle_event(const sf::Event& e) {
    if (is_key(e, sf::Keyboard::Escape)) {
        ctx_.audio.play(Sfx::Back);
        drag_slot_.reset();
        ctx_.stack.push(std::make_unique<PauseScene>(ctx_));
        return;
    }
    if (reveal_ >= 0) {
        if (buttons_.handle(e, ctx_) || is_key(e, sf::Keyboard::Space)) finish();
        return;
    }
    switch (e.type) {
        case sf::Event::KeyPressed:
            switch (e.key.code) {
                case sf::Keyboard::Left:
                    if (round_.move_left()) ctx_.audio.play(Sfx::Move);
                    return;
                case sf::Keyboard::Right:
                    if (round_.move_right()) ctx_.audio.play(Sfx::Move);
                    return;
                case sf::Keyboard::Space:
                    if (round_.holding())
                        round_.place();
                    else
                        round_.pick_up();
                    ctx_.audio.play(Sfx::Select);
                    return;
                case sf::Keyboard::Enter:
                    ctx_.audio.play(Sfx::Select);
                    submit();
                    return;
                default:
                    return;
            }
        case sf::Event::MouseButtonPressed: {
            if (e.mouseButton.button != sf::Mouse::Left) break;
            const sf::Vector2f p(static_cast<float>(e.mouseButton.x),
                                 static_cast<float>(e.mouseButton.y));
            if (const auto s = slot_at(p)) {
                round_.set_focus(*s);
                drag_slot_ = *s;
                dragged_ = false;
                drag_pos_ = p;
                grab_offset_ = p - sf::Vector2f(slot_x(*s), kCardY);
                return;
            }
            break;
        }
        case sf::Event::MouseMoved:
            if (drag_slot_) {
                const sf::Vector2f p(static_cast<float>(e.mouseMove.x),
                                     static_cast<float>(e.mouseMove.y));
                if (std::abs(p.x - drag_pos_.x) + std::abs(p.y - drag_pos_.y) > 3.f)
                    dragged_ = true;
                drag_pos_ = p;
                return;
            }
            break;
        case sf::Event::MouseButtonReleased:
            if (drag_slot_ && e.mouseButton.button == sf::Mouse::Left) {
                const float x = static_cast<float>(e.mouseButton.x) - grab_offset_.x + card_w_ / 2;
                const auto from = *drag_slot_;
                drag_slot_.reset();
                if (dragged_) {
                    const auto to = drop_slot(x);
                    if (to != from) {
                        round_.move(from, to);
                        ctx_.audio.play(Sfx::Move);
                    }
                }
                return;
            }
            break;
        default:
            break;
    }
    if (buttons_.handle(e, ctx_)) submit();
}

void TimelineScene::elapse(float seconds) {
    if (reveal_ < 0) elapsed_ += seconds;
}

bool TimelineScene::needs_ticks() const {
    return row_awaits_patterns_;
}

bool TimelineScene::take_redraw() {
    return std::exchange(row_refitted_, false);
}

void TimelineScene::update(float dt) {
    if (row_awaits_patterns_ && Hyphenator::german_ready()) {
        fit_row();
        row_refitted_ = true;
    }
    if (reveal_ >= 0)
        reveal_ += dt;
    else
        elapsed_ += dt;
    buttons_.update(dt, ctx_.theme);
}

bool TimelineScene::animating() const {
    const bool revealing = reveal_ >= 0 && ctx_.theme.motion == Motion::Full &&
                           reveal_ < kRevealDelay + kRevealSeconds;
    return revealing || drag_slot_.has_value() || buttons_.animating();
}

void TimelineScene::draw(sf::RenderTarget& target) const {
    const auto& t = ctx_.theme;
    const auto& p = t.palette;
    backdrop_.draw(target, t);
    batch_.add(heading_);
    // The axis with one tick per slot.
    batch_.add_rect({kLeft, kAxisY, kWidth, 3.f}, p.border);
    for (std::size_t s = 0; s < n_; ++s)
        batch_.add_rect({slot_x(s) + card_w_ / 2 - 1.5f, kAxisY - 6.f, 3.f, 14.f}, p.accent);
    batch_.add(earlier_);
    batch_.add(later_);

    const auto pos = card_positions();
    const auto held_slot = round_.held_slot();
    const std::size_t focus_card = round_.slots()[round_.focus()];
    std::optional<std::size_t> on_top;
    if (drag_slot_ && dragged_)
        on_top = round_.slots()[*drag_slot_];
    else if (held_slot)
        on_top = round_.slots()[*held_slot];
    auto add_card = [&](std::size_t c) {
        const auto& v = views_[c];
        sf::Color outline = p.border;
        float stroke = 1.5f;
        if (reveal_ >= 0) {
            const auto& r = *round_.result();
            for (const auto& e : r.events)
                if (e.item_id == round_.cards()[c].item_id)
                    outline = e.mark == round::PlacementMark::InRun           ? p.success
                              : e.mark == round::PlacementMark::NeighbourSwap ? p.focus
                                                                              : p.danger;
            stroke = 3.f;
        } else if (on_top == c) {
            outline = p.accent;
            stroke = 3.f;
        }
        // Placed where it is drawn: a moving card rebuilds a few dozen vertices per frame.
        v.body.set_geometry({pos[c].x, pos[c].y, card_w_, kCardH}, t.spacing.radius, stroke);
        v.body.set_fill(on_top == c ? p.surface_raised : p.surface);
        v.body.set_outline(outline);
        batch_.add(v.body);
        if (reveal_ < 0 && c == focus_card && !(drag_slot_ && dragged_))
            add_focus_ring(batch_, t, {pos[c].x, pos[c].y, card_w_, kCardH}, focus_ring_);
        batch_.add(v.text, pos[c]);
        if (reveal_ >= 0) {
            batch_.add(v.mark, pos[c]);
            batch_.add(v.date, pos[c]);
        }
    };
    for (std::size_t c = 0; c < n_; ++c)
        if (on_top != c) add_card(c);

    if (reveal_ >= 0) {
        batch_.add(score_);
        batch_.add(order_note_);
        hints_result_.draw(batch_, ctx_);
    } else {
        hints_placing_.draw(batch_, ctx_);
    }
    buttons_.draw(batch_, ctx_);
    batch_.draw(target, ctx_);
    // The card in the hand covers everything else, texts included: a batch of its own.
    if (on_top) {
        add_card(*on_top);
        batch_.draw(target, ctx_);
    }
}

std::unique_ptr<Scene> make_timeline(SceneContext& ctx) {
    try {
        return std::make_unique<TimelineScene>(ctx, ctx.services.session().deal_timeline());
    } catch (const std::exception& e) {
        return std::make_unique<NoticeScene>(ctx, std::vector<std::string>{ctx.strings.format(
                                                      TextId::TimelineUnavailable, {e.what()})});
    }
}

}  // namespace chronik::ui
