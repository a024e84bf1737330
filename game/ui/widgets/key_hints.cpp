#include "ui/widgets/key_hints.hpp"

#include <cmath>

#include "ui/widgets/text_wrap.hpp"

namespace chronik::ui {
namespace {

constexpr float kBarY = 676.f;
constexpr float kCapHeight = 28.f;

float measure(const sf::Font& font, const std::string& utf8, unsigned size) {
    const sf::String s = sf::String::fromUtf8(utf8.begin(), utf8.end());
    float w = 0;
    sf::Uint32 prev = 0;
    for (sf::Uint32 c : s) {
        w += font.getGlyph(c, size, false).advance + (prev ? font.getKerning(prev, c, size) : 0.f);
        prev = c;
    }
    return w;
}

}  // namespace

void KeyHintBar::set(std::vector<KeyHint> hints) {
    hints_ = std::move(hints);
    dirty_ = true;
}

void KeyHintBar::layout(const UiContext& ui) const {
    dirty_ = false;
    epoch_ = ui.glyphs.epoch;
    caps_.clear();
    texts_.clear();
    const auto& p = ui.theme.palette;
    const unsigned cap_size = ui.theme.type.caption;
    const unsigned label_size = ui.theme.type.small - 2;
    const auto& mono = ui.resources.font(FontFace::Mono);
    const auto& sans = ui.resources.font(FontFace::Sans);
    struct Item {
        float cap_w, label_w;
    };
    std::vector<Item> items;
    float total = 0;
    for (const auto& h : hints_) {
        Item it{std::max(kCapHeight, measure(mono, h.keys, cap_size) + 16.f),
                measure(sans, h.action, label_size) + 2.f};
        total += it.cap_w + 8.f + it.label_w + 28.f;
        items.push_back(it);
    }
    total -= 28.f;
    float x = std::round((1280.f - total) / 2);
    for (std::size_t i = 0; i < hints_.size(); ++i) {
        RoundedRect cap({x, kBarY, items[i].cap_w, kCapHeight}, 6.f);
        cap.set_geometry({x, kBarY, items[i].cap_w, kCapHeight}, 6.f, 1.f);
        cap.set_fill(p.surface_raised);
        cap.set_outline(p.border);
        caps_.push_back(cap);
        TextStyle ks{FontFace::Mono, cap_size,       10,  p.text,
                     Align::Center,  VAlign::Middle, 1.f, false};
        texts_.emplace_back(hints_[i].keys, sf::FloatRect{x, kBarY, items[i].cap_w, kCapHeight},
                            ks);
        x += items[i].cap_w + 8.f;
        TextStyle ls{FontFace::Sans, label_size,     10,  p.text_muted,
                     Align::Left,    VAlign::Middle, 1.f, false};
        texts_.emplace_back(hints_[i].action,
                            sf::FloatRect{x, kBarY, items[i].label_w + 4.f, kCapHeight}, ls);
        x += items[i].label_w + 28.f;
    }
}

void KeyHintBar::draw(DrawBatch& batch, const UiContext& ui) const {
    if (dirty_ || epoch_ != ui.glyphs.epoch) layout(ui);
    for (const auto& c : caps_)
        batch.add(c);
    for (const auto& t : texts_)
        batch.add(t);
}

void KeyHintBar::draw(sf::RenderTarget& target, const UiContext& ui) const {
    draw(batch_, ui);
    batch_.draw(target, ui);
}

}  // namespace chronik::ui
