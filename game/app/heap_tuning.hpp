// Keeps freed heap memory in the process for reuse instead of handing it back every frame.
#pragma once

namespace chronik::app {

// Software GL (Mesa's llvmpipe) frees its per-frame binning memory after each frame and takes
// it again in the next; with glibc's defaults that memory went back to the kernel (strace showed
// the heap's top moving by about half a megabyte every frame) and every frame paid page faults
// to touch it anew. Call once at start-up, before any window exists. Returns whether the
// settings took effect: false outside glibc.
bool keep_freed_heap_memory();

}  // namespace chronik::app
