// The one holder of fonts: loaded once at start-up from the asset folder, failing loudly with the
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
    // Loads every font from asset_dir/fonts; throws ResourceError naming the first missing file.
    explicit Resources(const std::filesystem::path& asset_dir);
    Resources(const Resources&) = delete;
    Resources& operator=(const Resources&) = delete;

    const sf::Font& font(FontFace face) const;
    const std::filesystem::path& asset_dir() const { return asset_dir_; }

private:
    std::filesystem::path asset_dir_;
    sf::Font sans_, sans_bold_, serif_, mono_;
};

}  // namespace chronik::ui
