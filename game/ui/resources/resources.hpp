// The one holder of fonts: loaded once at start-up from the font folder, failing loudly with the
// path.
#pragma once

#include <SFML/Graphics/Font.hpp>

#include <filesystem>
#include <stdexcept>

namespace chronik::ui {

enum class FontFace { Sans, SansBold, Serif, Mono };

// A resource that could not be loaded; the message names the file.
struct ResourceError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Resources {
public:
    // Loads every font from `font_dir` (DejaVu: a build's assets/fonts or the system's
    // fonts-dejavu-core folder); throws ResourceError naming the first missing file.
    explicit Resources(const std::filesystem::path& font_dir);
    Resources(const Resources&) = delete;
    Resources& operator=(const Resources&) = delete;

    const sf::Font& font(FontFace face) const;

private:
    sf::Font sans_, sans_bold_, serif_, mono_;
};

}  // namespace chronik::ui
