// What every widget may read: fonts, theme, strings, sound and the current glyph oversampling.
#pragma once

#include "ui/audio/audio.hpp"
#include "ui/resources/resources.hpp"
#include "ui/text/strings.hpp"
#include "ui/theme/theme.hpp"

namespace chronik::ui {

// Text is rasterised at `factor` times its logical size and drawn scaled down, so that it stays
// sharp when the letterboxed view is magnified (SFML has no HiDPI support). `epoch` changes
// whenever factor does, which tells cached text to lay itself out again. `pixel_exact` says that
// a glyph texel is exactly one pixel of the target being drawn (factor equals the view's
// magnification), which lets glyph textures be sampled without smoothing.
struct GlyphScale {
    float factor = 1.f;
    unsigned epoch = 0;
    bool pixel_exact = true;
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
