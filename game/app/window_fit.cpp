#include "app/window_fit.hpp"

#include <algorithm>
#include <cmath>

namespace chronik::app {

WindowSize fit_window(double scale, unsigned desktop_width, unsigned desktop_height) {
    constexpr double kW = 1280.0, kH = 720.0;
    double s = std::max(scale, 0.0);
    const bool fits = kW * s <= desktop_width && kH * s <= desktop_height;
    if (!fits && desktop_width > 0 && desktop_height > kDesktopReserveHeight) {
        const double room_w = desktop_width;
        const double room_h = desktop_height - kDesktopReserveHeight;
        s = std::min({s, room_w / kW, room_h / kH});
    }
    WindowSize out{static_cast<unsigned>(std::floor(kW * s + 1e-9)),
                   static_cast<unsigned>(std::floor(kH * s + 1e-9))};
    return at_least_minimum(out);
}

WindowSize at_least_minimum(WindowSize size) {
    return {std::max(size.width, kMinimumWindow.width),
            std::max(size.height, kMinimumWindow.height)};
}

}  // namespace chronik::app
