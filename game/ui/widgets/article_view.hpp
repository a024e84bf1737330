// A long text (an article) laid out once into lines for reading: serif body, headings, a
// highlighted passage; scrolls by lines or pages and draws only the lines in view.
#pragma once

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/Text.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <optional>
#include <string>
#include <vector>

#include "bank/source_text.hpp"
#include "ui/widgets/ui_context.hpp"

namespace chronik::ui {

class ArticleView {
public:
    ArticleView() = default;
    // `highlight`: a byte range of `utf8` to mark (from bank::locate_quote).
    ArticleView(std::string utf8, sf::FloatRect box, std::optional<bank::ByteRange> highlight);

    // Lays out if the glyph scale changed since the last layout (or never laid out).
    void ensure_layout(const UiContext& ui) const;
    void draw(sf::RenderTarget& target, const UiContext& ui) const;

    // Scrolling, clamped to the text; each returns whether the offset changed.
    bool scroll_by(float pixels);
    bool scroll_lines(int lines) { return scroll_by(static_cast<float>(lines) * line_height_); }
    bool scroll_pages(int pages) { return scroll_by(static_cast<float>(pages) * page_height()); }
    bool scroll_to(float offset);
    // Puts the highlighted passage a little below the top of the box; false without one.
    bool scroll_to_highlight();
    bool has_highlight() const { return highlight_top_.has_value(); }

    float scroll() const { return scroll_; }
    float max_scroll() const;
    float content_height() const { return content_height_; }
    float page_height() const { return box_.height - line_height_ * 2; }
    std::size_t line_count() const { return lines_.size(); }
    // Index of the first line in view (for "line x of y").
    std::size_t first_visible_line() const;
    const sf::FloatRect& box() const { return box_; }

private:
    struct Line {
        sf::Text text;
        float y = 0;  // top, in content coordinates
        bool heading = false;
    };
    void layout(const UiContext& ui) const;

    std::string utf8_;
    sf::FloatRect box_;
    std::optional<bank::ByteRange> highlight_;
    // Scroll state is set by the first layout too (it decides where the passage is).
    mutable float scroll_ = 0;
    mutable bool want_highlight_ = false;  // scroll to the passage once laid out

    mutable unsigned epoch_ = ~0u;
    mutable bool laid_out_ = false;
    mutable std::vector<Line> lines_;
    mutable sf::VertexArray marks_{sf::Triangles};  // highlight boxes and the margin bar
    mutable std::optional<float> highlight_top_;
    mutable float content_height_ = 0;
    mutable float line_height_ = 30;
};

}  // namespace chronik::ui
