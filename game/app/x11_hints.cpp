#include "app/x11_hints.hpp"

#include <X11/Xlib.h>
#include <X11/Xutil.h>

namespace chronik::app {

bool set_minimum_window_size(unsigned long handle, unsigned width, unsigned height) {
    Display* display = XOpenDisplay(nullptr);
    if (!display) return false;
    XSizeHints* hints = XAllocSizeHints();
    if (!hints) {
        XCloseDisplay(display);
        return false;
    }
    long supplied = 0;
    XGetWMNormalHints(display, handle, hints, &supplied);  // keep what SFML set
    hints->flags |= PMinSize;
    hints->min_width = static_cast<int>(width);
    hints->min_height = static_cast<int>(height);
    XSetWMNormalHints(display, handle, hints);
    XFree(hints);
    XFlush(display);
    XCloseDisplay(display);
    return true;
}

}  // namespace chronik::app
