// FNV-1a, the one non-cryptographic hash of bytes: stable across runs, platforms and builds, for
// card keys, draft ids, export ids and digests (never for secrecy).
#pragma once

#include <cstdint>
#include <string_view>

namespace chronik::text {

inline constexpr std::uint64_t kFnv64OffsetBasis = 0xcbf29ce484222325ULL;
inline constexpr std::uint32_t kFnv32OffsetBasis = 2166136261U;

// FNV-1a 64 over several pieces in turn: the same as over their concatenation.
struct Fnv1a64 {
    std::uint64_t value = kFnv64OffsetBasis;

    constexpr Fnv1a64& mix(std::string_view bytes) {
        for (const char c : bytes) {
            value ^= static_cast<unsigned char>(c);
            value *= 0x100000001b3ULL;
        }
        return *this;
    }
};

// FNV-1a 64 of `bytes`; `basis` other than the standard offset basis only where stored data
// depends on it.
constexpr std::uint64_t fnv1a_64(std::string_view bytes, std::uint64_t basis = kFnv64OffsetBasis) {
    return Fnv1a64{basis}.mix(bytes).value;
}

// FNV-1a 32 of `bytes`.
constexpr std::uint32_t fnv1a_32(std::string_view bytes) {
    std::uint32_t h = kFnv32OffsetBasis;
    for (const char c : bytes) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619U;
    }
    return h;
}

static_assert(fnv1a_64("") == kFnv64OffsetBasis);
static_assert(fnv1a_64("a") == 0xaf63dc4c8601ec8cULL);  // the FNV-1a 64 test vector
static_assert(fnv1a_32("a") == 0xe40c292cU);            // the FNV-1a 32 test vector

}  // namespace chronik::text
