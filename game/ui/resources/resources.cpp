#include "ui/resources/resources.hpp"

namespace chronik::ui {
namespace {

void load_font(sf::Font& font, const std::filesystem::path& path) {
    // sf::Font::loadFromFile only prints to stderr; check first so the message names the path.
    if (!std::filesystem::is_regular_file(path))
        throw ResourceError("missing font file: " + path.string() +
                            " (install the Debian package fonts-dejavu-core; a build copies the "
                            "fonts into <build>/assets/fonts when cmake runs)");
    if (!font.loadFromFile(path.string()))
        throw ResourceError("cannot load font file: " + path.string());
}

}  // namespace

Resources::Resources(const std::filesystem::path& fonts) {
    load_font(sans_, fonts / "DejaVuSans.ttf");
    load_font(sans_bold_, fonts / "DejaVuSans-Bold.ttf");
    load_font(serif_, fonts / "DejaVuSerif.ttf");
    load_font(mono_, fonts / "DejaVuSansMono.ttf");
}

const sf::Font& Resources::font(FontFace face) const {
    switch (face) {
        case FontFace::Sans:
            return sans_;
        case FontFace::SansBold:
            return sans_bold_;
        case FontFace::Serif:
            return serif_;
        case FontFace::Mono:
            return mono_;
    }
    return sans_;
}

}  // namespace chronik::ui
