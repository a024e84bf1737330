#include "app/heap_tuning.hpp"

// Any C library header defines __GLIBC__ on glibc; without one first, the test below was always
// false and the settings were silently left out.
#include <cstdlib>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace chronik::app {

bool keep_freed_heap_memory() {
#if defined(__GLIBC__)
    // Blocks up to 32 MB (glibc's largest allowed threshold) come from the heap rather than
    // from fresh mappings; the heap's top is trimmed only beyond 256 MB of free space, and it
    // grows in 16 MB steps. The game's heap stays at its peak, which is tens of megabytes.
    const bool mmap_ok = mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024) == 1;
    const bool trim_ok = mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024) == 1;
    const bool pad_ok = mallopt(M_TOP_PAD, 16 * 1024 * 1024) == 1;
    return mmap_ok && trim_ok && pad_ok;
#else
    return false;
#endif
}

}  // namespace chronik::app
