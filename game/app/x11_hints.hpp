// Tells the window manager the smallest size our window may be dragged to.
#pragma once

namespace chronik::app {

// Sets the WM_NORMAL_HINTS minimum size of the X window `handle`; false without a display.
bool set_minimum_window_size(unsigned long handle, unsigned width, unsigned height);

}  // namespace chronik::app
