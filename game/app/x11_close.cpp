#include "app/x11_close.hpp"

#include <X11/Xlib.h>

namespace chronik::app {

bool send_close_request(unsigned long handle) {
    Display* display = XOpenDisplay(nullptr);
    if (!display) return false;
    XEvent ev{};
    ev.xclient.type = ClientMessage;
    ev.xclient.window = handle;
    ev.xclient.message_type = XInternAtom(display, "WM_PROTOCOLS", False);
    ev.xclient.format = 32;
    ev.xclient.data.l[0] = static_cast<long>(XInternAtom(display, "WM_DELETE_WINDOW", False));
    ev.xclient.data.l[1] = CurrentTime;
    XSendEvent(display, handle, False, NoEventMask, &ev);
    XFlush(display);
    XCloseDisplay(display);
    return true;
}

}  // namespace chronik::app
