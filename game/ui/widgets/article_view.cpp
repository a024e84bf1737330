#include "ui/widgets/article_view.hpp"

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/View.hpp>

#include <algorithm>
#include <cmath>

#include "ui/widgets/text_wrap.hpp"

namespace chronik::ui {
namespace {

constexpr unsigned kBodySize = 21, kHeadingSize = 20;
constexpr float kLineSpacing = 1.5f;
constexpr float kParagraphGap = 0.55f;  // in lines

// A short line without closing punctuation reads as a heading of the article.
bool looks_like_heading(const std::u32string& p) {
    if (p.empty() || p.size() > 60) return false;
    const char32_t last = p.back();
    return last != U'.' && last != U':' && last != U';' && last != U',' && last != U')';
}

void add_box(sf::VertexArray& va, sf::FloatRect r, sf::Color c) {
    const sf::Vector2f a{r.left, r.top}, b{r.left + r.width, r.top},
        d{r.left + r.width, r.top + r.height}, e{r.left, r.top + r.height};
    for (const auto& p : {a, b, d, a, d, e})
        va.append(sf::Vertex(p, c));
}

}  // namespace

ArticleView::ArticleView(std::string utf8, sf::FloatRect box,
                         std::optional<bank::ByteRange> highlight)
    : utf8_(std::move(utf8)), box_(box), highlight_(highlight), want_highlight_(highlight) {}

void ArticleView::ensure_layout(const UiContext& ui) const {
    if (!laid_out_ || epoch_ != ui.glyphs.epoch) layout(ui);
}

void ArticleView::layout(const UiContext& ui) const {
    laid_out_ = true;
    epoch_ = ui.glyphs.epoch;
    lines_.clear();
    marks_.clear();
    highlight_top_.reset();
    const float q = ui.glyphs.factor;
    const auto& theme = ui.theme;

    // Characters with the byte offset each starts at, so the passage (bytes) maps to characters.
    const sf::String all = sf::String::fromUtf8(utf8_.begin(), utf8_.end());
    std::vector<std::size_t> byte_at;
    byte_at.reserve(all.getSize() + 1);
    {
        std::size_t b = 0;
        for (std::size_t i = 0; i < utf8_.size();) {
            byte_at.push_back(b);
            const auto c = static_cast<unsigned char>(utf8_[i]);
            const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            i += n;
            b = i;
        }
    }
    std::size_t hl_begin = 0, hl_end = 0;  // characters
    if (highlight_) {
        hl_begin = static_cast<std::size_t>(
            std::lower_bound(byte_at.begin(), byte_at.end(), highlight_->begin) - byte_at.begin());
        hl_end = static_cast<std::size_t>(
            std::lower_bound(byte_at.begin(), byte_at.end(), highlight_->end) - byte_at.begin());
    }
    const std::u32string text(all.begin(), all.end());

    const sf::Font& body = ui.resources.font(FontFace::Serif);
    const sf::Font& bold = ui.resources.font(FontFace::SansBold);
    const auto body_px = static_cast<unsigned>(std::lround(kBodySize * q));
    const auto head_px = static_cast<unsigned>(std::lround(kHeadingSize * q));
    line_height_ = body.getLineSpacing(body_px) / q * kLineSpacing;
    const float head_height = bold.getLineSpacing(head_px) / q * 1.35f;
    const sf::Color hl_fill = theme.contrast == Contrast::High
                                  ? with_alpha(theme.palette.accent, 110)
                                  : with_alpha(theme.palette.accent, 70);

    float y = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(U'\n', start);
        if (end == std::u32string::npos) end = text.size();
        const std::u32string para = text.substr(start, end - start);
        if (para.find_first_not_of(U" \t\r") == std::u32string::npos) {
            y += line_height_ * kParagraphGap;
        } else {
            const bool heading = looks_like_heading(para);
            const sf::Font& font = heading ? bold : body;
            const unsigned px = heading ? head_px : body_px;
            const float lh = heading ? head_height : line_height_;
            AdvanceFn advance = [&](char32_t prev, char32_t c) {
                float a = font.getGlyph(c, px, false).advance;
                if (prev) a += font.getKerning(prev, c, px);
                return a / q;
            };
            if (heading) y += line_height_ * 0.2f;
            std::size_t cursor = 0;  // in para
            for (const auto& l : wrap_lines(para, box_.width, advance)) {
                while (cursor < para.size() && para[cursor] == U' ' &&
                       (l.empty() || l.front() != U' '))
                    ++cursor;
                const std::size_t first = start + cursor;  // character index in text
                const bool matches = para.compare(cursor, l.size(), l) == 0;
                cursor += l.size();
                Line line;
                line.text = sf::Text(sf::String::fromUtf32(l.begin(), l.end()), font, px);
                line.text.setScale(1 / q, 1 / q);
                line.text.setFillColor(theme.palette.text);
                line.text.setPosition(std::round(box_.left), std::round(box_.top + y));
                line.y = y;
                line.heading = heading;
                // The passage: a tinted box behind its characters and a bar in the margin,
                // so it stands out without relying on colour.
                if (highlight_ && matches && !l.empty()) {
                    const std::size_t a = std::max(first, hl_begin);
                    const std::size_t b = std::min(first + l.size(), hl_end);
                    if (a < b) {
                        const float x0 = line.text.findCharacterPos(a - first).x;
                        const float x1 = line.text.findCharacterPos(b - first).x;
                        const float top = box_.top + y - 2;
                        add_box(marks_, {x0 - 2, top, x1 - x0 + 4, lh}, hl_fill);
                        add_box(marks_, {box_.left - 18, top, 5, lh}, theme.palette.accent);
                        if (!highlight_top_) highlight_top_ = y;
                    }
                }
                lines_.push_back(std::move(line));
                y += lh;
            }
            y += line_height_ * (heading ? 0.15f : kParagraphGap);
        }
        if (end == text.size()) break;
        start = end + 1;
    }
    content_height_ = y;
    if (want_highlight_) {
        // The first layout decides where the passage is: scroll there once.
        want_highlight_ = false;
        if (highlight_top_)
            scroll_ = std::clamp(*highlight_top_ - line_height_ * 3, 0.f, max_scroll());
    }
}

float ArticleView::max_scroll() const {
    return std::max(0.f, content_height_ - box_.height);
}

bool ArticleView::scroll_to(float offset) {
    const float next = std::clamp(offset, 0.f, max_scroll());
    if (next == scroll_) return false;
    scroll_ = next;
    return true;
}

bool ArticleView::scroll_by(float pixels) {
    return scroll_to(scroll_ + pixels);
}

bool ArticleView::scroll_to_highlight() {
    if (!highlight_top_) return false;
    scroll_to(*highlight_top_ - line_height_ * 3);
    return true;
}

std::size_t ArticleView::first_visible_line() const {
    const auto it = std::lower_bound(lines_.begin(), lines_.end(), scroll_,
                                     [](const Line& l, float s) { return l.y < s; });
    return static_cast<std::size_t>(it - lines_.begin());
}

void ArticleView::draw(sf::RenderTarget& target, const UiContext& ui) const {
    ensure_layout(ui);
    const sf::View base = target.getView();
    const sf::FloatRect vp = base.getViewport();
    const sf::Vector2f size = base.getSize();
    const sf::Vector2f origin = base.getCenter() - size / 2.f;
    // The margin bar sits left of the text: clip a little wider than the text box.
    const sf::FloatRect clip_box{box_.left - 24, box_.top - 12, box_.width + 28, box_.height + 24};
    sf::View clip(
        sf::FloatRect(clip_box.left, clip_box.top + scroll_, clip_box.width, clip_box.height));
    clip.setViewport({vp.left + vp.width * (clip_box.left - origin.x) / size.x,
                      vp.top + vp.height * (clip_box.top - origin.y) / size.y,
                      vp.width * clip_box.width / size.x, vp.height * clip_box.height / size.y});
    target.setView(clip);
    target.draw(marks_);
    // Only the lines in view: the article has hundreds.
    const float top = scroll_ - line_height_ * 2, bottom = scroll_ + box_.height + 12;
    auto it = std::lower_bound(lines_.begin(), lines_.end(), top,
                               [](const Line& l, float s) { return l.y < s; });
    for (; it != lines_.end() && it->y < bottom; ++it)
        target.draw(it->text);
    target.setView(base);
}

}  // namespace chronik::ui
