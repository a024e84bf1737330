// Compile probe: includes SFML. As a core module this must not build.
#include <SFML/System/Vector2.hpp>

int chronik_probe_value() {
    return sf::Vector2i(1, 2).x;
}
