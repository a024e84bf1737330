// What every widget may read: fonts, theme, strings, sound and the current glyph oversampling.
#pragma once

#include "ui/audio/audio.hpp"
#include "ui/resources/resources.hpp"
#include "ui/text/strings.hpp"
#include "ui/theme/theme.hpp"

namespace chronik::ui {

// Text is rasterised at `factor` times its logical size and drawn scaled down, so that it stays
// sharp when the letterboxed view is magnified (SFML has no HiDPI support). `epoch` changes
// whenever factor does, which tells cached text to lay itself out again.
struct GlyphScale {
    float factor = 1.f;
    unsigned epoch = 0;
};

struct UiContext {
    const Resources& resources;
    const Theme& theme;
    const StringTable& strings;
    Audio& audio;
    const GlyphScale& glyphs;

    const std::string& text(TextId id) const { return strings.get(id); }
};

}  // namespace chronik::ui
