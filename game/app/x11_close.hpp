// Asks a window to close through the X server, as a window manager's close button would.
#pragma once

namespace chronik::app {

// Sends WM_DELETE_WINDOW to the X11 window `handle`; SFML turns it into sf::Event::Closed.
// Safe to call from another thread: it opens its own display connection. Returns false when
// no display could be opened.
bool send_close_request(unsigned long handle);

}  // namespace chronik::app
