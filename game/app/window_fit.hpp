// The window's size for a UI scale on a given desktop: never larger than the desktop leaves
// room for, never smaller than the game can be read at (#22 item 7).
#pragma once

namespace chronik::app {

struct WindowSize {
    unsigned width = 0;
    unsigned height = 0;
    friend bool operator==(const WindowSize&, const WindowSize&) = default;
};

// The smallest window the game allows (half the 1280x720 view: text still readable).
inline constexpr WindowSize kMinimumWindow{640, 360};
// Room a desktop keeps for its panels and the window's title bar.
inline constexpr unsigned kDesktopReserveHeight = 80;

// 1280x720 times `scale`; when that is larger than the desktop, shrunk to fit (16:9 kept) inside
// the desktop minus the reserve. A desktop of size 0 (unknown) clamps nothing. Never below
// kMinimumWindow.
WindowSize fit_window(double scale, unsigned desktop_width, unsigned desktop_height);

// A size the user dragged the window to, raised to the minimum.
WindowSize at_least_minimum(WindowSize size);

}  // namespace chronik::app
