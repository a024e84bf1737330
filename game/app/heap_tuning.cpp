#include "app/heap_tuning.hpp"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace chronik::app {

void keep_freed_heap_memory() {
#if defined(__GLIBC__)
    // Blocks up to 32 MB (glibc's largest allowed threshold) come from the heap rather than
    // from fresh mappings; the heap's top is trimmed only beyond 256 MB of free space, and it
    // grows in 16 MB steps. The game's heap stays at its peak, which is tens of megabytes.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_TOP_PAD, 16 * 1024 * 1024);
#endif
}

}  // namespace chronik::app
