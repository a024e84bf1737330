#include "ui/scenes/source_reader_scene.hpp"

#include <algorithm>
#include <cmath>

#include "ui/scenes/dialogs.hpp"
#include "ui/scenes/leave_screen.hpp"

namespace chronik::ui {
namespace {

const sf::FloatRect kPage{150, 112, 940, 540};
const sf::FloatRect kText{210, 128, 820, 508};
const sf::FloatRect kTrack{1110, 118, 10, 528};

}  // namespace

SourceReaderScene::SourceReaderScene(SceneContext& ctx, const bank::Deck& deck,
                                     std::optional<bank::ByteRange> passage, bool quote_missing)
    : Scene(ctx), article_(deck.source_text, kText, passage), track_box_(kTrack) {
    const auto& t = ctx.theme;
    heading_ =
        TextBlock(ctx.strings.format(TextId::SourceHeading, {deck.title}), {150, 22, 800, 48},
                  {FontFace::SansBold, t.type.h2, t.type.small, t.palette.text, Align::Left,
                   VAlign::Middle, 1.f, false});
    std::string note;
    if (deck.source_text.empty())
        note = ctx.text(TextId::SourceNoText);
    else if (quote_missing)
        note = ctx.text(TextId::SourceNotFound);
    else if (passage)
        note = std::string("▌ ").append(ctx.text(TextId::SourcePassage));
    note_ = TextBlock(note, {150, 70, 760, 32},
                      {FontFace::Sans, t.type.small, t.type.caption, t.palette.text_muted,
                       Align::Left, VAlign::Middle, 1.f, false});
    position_ = TextBlock("", {910, 70, 220, 32},
                          {FontFace::Sans, t.type.caption, 12, t.palette.text_muted, Align::Right,
                           VAlign::Middle, 1.f, false});
    page_.set_geometry(kPage, t.spacing.radius, 1.f);
    page_.set_fill(t.palette.surface);
    page_.set_outline(t.palette.border);
    close_.add(
        Button(ctx.text(TextId::HintBackHome), {970, 24, 160, 44}, ButtonKind::Secondary, "Esc"));
    close_.show_focus(false);
    std::vector<KeyHint> hints{{"↑ ↓", ctx.text(TextId::HintScroll)},
                               {"Bild ↑↓", ctx.text(TextId::HintPage)}};
    if (ctx.strings.language() == Language::English) hints[1].keys = "PgUp/PgDn";
    if (passage) hints.push_back({"P", ctx.text(TextId::HintJumpPassage)});
    hints.push_back({"Esc", ctx.text(TextId::HintBackHome)});
    hints_.set(std::move(hints));
    track_.set_fill(t.palette.surface_raised);
    thumb_.set_fill(t.palette.text_muted);
    article_.ensure_layout(ctx);
    scrolled();
}

sf::FloatRect SourceReaderScene::thumb_rect() const {
    const float content = std::max(article_.content_height(), 1.f);
    const float view = article_.box().height;
    const float h = std::clamp(track_box_.height * view / content, 40.f, track_box_.height);
    const float max = article_.max_scroll();
    const float frac = max > 0 ? article_.scroll() / max : 0.f;
    return {track_box_.left, track_box_.top + (track_box_.height - h) * frac, track_box_.width, h};
}

void SourceReaderScene::scrolled() {
    const auto total = article_.line_count();
    const auto first = std::min(article_.first_visible_line() + 1, std::max<std::size_t>(total, 1));
    position_.set_text(ctx_.strings.format(TextId::SourcePosition,
                                           {std::to_string(first), std::to_string(total)}));
    track_.set_geometry(track_box_, track_box_.width / 2);
    thumb_.set_geometry(thumb_rect(), track_box_.width / 2);
}

void SourceReaderScene::drag_thumb(float y) {
    const auto thumb = thumb_rect();
    const float free = track_box_.height - thumb.height;
    if (free <= 0) return;
    const float frac = std::clamp((y - drag_offset_ - track_box_.top) / free, 0.f, 1.f);
    if (article_.scroll_to(frac * article_.max_scroll())) scrolled();
}

void SourceReaderScene::handle_event(const sf::Event& e) {
    if (is_key(e, sf::Keyboard::Escape) || is_key(e, sf::Keyboard::BackSpace)) {
        leave_screen(ctx_);
        return;
    }
    bool moved = false;
    if (e.type == sf::Event::KeyPressed) {
        switch (e.key.code) {
            case sf::Keyboard::Up:
                moved = article_.scroll_lines(-1);
                break;
            case sf::Keyboard::Down:
                moved = article_.scroll_lines(1);
                break;
            case sf::Keyboard::PageUp:
                moved = article_.scroll_pages(-1);
                break;
            case sf::Keyboard::PageDown:
            case sf::Keyboard::Space:
                moved = article_.scroll_pages(e.key.shift ? -1 : 1);
                break;
            case sf::Keyboard::Home:
                moved = article_.scroll_to(0);
                break;
            case sf::Keyboard::End:
                moved = article_.scroll_to(article_.max_scroll());
                break;
            case sf::Keyboard::P:
                moved = article_.scroll_to_highlight();
                break;
            default:
                break;
        }
    } else if (e.type == sf::Event::MouseWheelScrolled) {
        moved = article_.scroll_lines(e.mouseWheelScroll.delta > 0 ? -3 : 3);
    } else if (e.type == sf::Event::MouseButtonPressed && e.mouseButton.button == sf::Mouse::Left) {
        const sf::Vector2f p{static_cast<float>(e.mouseButton.x),
                             static_cast<float>(e.mouseButton.y)};
        const auto thumb = thumb_rect();
        const sf::FloatRect grab{track_box_.left - 10, track_box_.top, track_box_.width + 20,
                                 track_box_.height};
        if (grab.contains(p)) {
            if (thumb.contains({thumb.left + 1, p.y})) {
                dragging_ = true;
                drag_offset_ = p.y - thumb.top;
            } else {
                moved = article_.scroll_pages(p.y < thumb.top ? -1 : 1);
            }
        }
    } else if (e.type == sf::Event::MouseMoved && dragging_) {
        drag_thumb(static_cast<float>(e.mouseMove.y));
        return;
    } else if (e.type == sf::Event::MouseButtonReleased) {
        dragging_ = false;
    }
    if (moved) {
        scrolled();
        return;
    }
    if (close_.handle(e, ctx_)) {
        leave_screen(ctx_);
    }
}

void SourceReaderScene::draw(sf::RenderTarget& target) const {
    backdrop_.draw(target, ctx_.theme);
    heading_.draw(target, ctx_);
    note_.draw(target, ctx_);
    position_.draw(target, ctx_);
    target.draw(page_);
    article_.draw(target, ctx_);
    if (article_.max_scroll() > 0) {
        target.draw(track_);
        target.draw(thumb_);
    }
    close_.draw(target, ctx_);
    hints_.draw(target, ctx_);
}

std::unique_ptr<Scene> make_source_reader_for(SceneContext& ctx, const std::string& item_id) {
    const auto& bank = ctx.services.session().bank();
    const auto* deck = bank.deck_of(item_id);
    const auto* item = bank.find(item_id);
    if (!deck || !item || deck->source_text.empty())
        return std::make_unique<NoticeScene>(
            ctx, std::vector<std::string>{ctx.text(TextId::SourceNoText)});
    const auto range =
        item->quote.empty() ? std::nullopt : bank::locate_quote(deck->source_text, item->quote);
    return std::make_unique<SourceReaderScene>(ctx, *deck, range, !item->quote.empty() && !range);
}

std::unique_ptr<Scene> make_source_reader(SceneContext& ctx) {
    for (const auto& deck : ctx.services.session().bank().decks())
        if (!deck.source_text.empty())
            return std::make_unique<SourceReaderScene>(ctx, deck, std::nullopt, false);
    return std::make_unique<NoticeScene>(ctx,
                                         std::vector<std::string>{ctx.text(TextId::SourceNoText)});
}

}  // namespace chronik::ui
