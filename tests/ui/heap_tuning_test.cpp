// The start-up heap settings: on glibc they take effect, and freed frame memory stays for reuse.
#include <doctest/doctest.h>

#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "app/heap_tuning.hpp"

TEST_CASE("freed heap memory stays in the process for the next frame") {
#if defined(__GLIBC__)
    REQUIRE(chronik::app::keep_freed_heap_memory());
    constexpr std::size_t kBlock = 4u << 20;  // larger than glibc's default mapping threshold
    const auto before = mallinfo2();
    void* block = std::malloc(kBlock);
    REQUIRE(block);
    std::memset(block, 1, kBlock);
    const auto during = mallinfo2();
    // From the heap, not a mapping of its own that free() would hand back to the kernel.
    CHECK(during.hblkhd == before.hblkhd);
    std::free(block);
    const auto after = mallinfo2();
    CHECK(after.arena >= during.arena);  // the heap did not shrink
#else
    CHECK_FALSE(chronik::app::keep_freed_heap_memory());
#endif
}
