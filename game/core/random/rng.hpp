// A small seeded random generator for core rules: the same seed gives the same game everywhere.
#pragma once

#include <cstdint>
#include <limits>

namespace chronik {

// xoshiro256** seeded through splitmix64. std::mt19937 would do, but its
// distributions differ between standard libraries; these helpers do not.
class Rng {
public:
    using result_type = std::uint64_t;

    explicit Rng(std::uint64_t seed) {
        for (auto& s : state_)
            s = splitmix64(seed);
    }

    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return std::numeric_limits<result_type>::max(); }

    result_type operator()() {
        const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
        const std::uint64_t t = state_[1] << 17;
        state_[2] ^= state_[0];
        state_[3] ^= state_[1];
        state_[1] ^= state_[2];
        state_[0] ^= state_[3];
        state_[2] ^= t;
        state_[3] = rotl(state_[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double uniform() { return static_cast<double>((*this)() >> 11) * 0x1.0p-53; }

    // Uniform integer in [0, n), n > 0, without modulo bias.
    std::uint64_t below(std::uint64_t n) {
        const std::uint64_t limit = max() - max() % n;
        std::uint64_t v;
        do
            v = (*this)();
        while (v >= limit);
        return v % n;
    }

    // Fisher-Yates, identical on every standard library (std::shuffle is not).
    template <typename RandomIt>
    void shuffle(RandomIt first, RandomIt last) {
        const auto n = static_cast<std::uint64_t>(last - first);
        for (std::uint64_t i = n; i > 1; --i) {
            const auto j = below(i);
            auto tmp = std::move(first[i - 1]);
            first[i - 1] = std::move(first[j]);
            first[j] = std::move(tmp);
        }
    }

    // A derived seed, e.g. one per card, that does not disturb this stream.
    static std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
        std::uint64_t x = a ^ (b + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
        return splitmix64(x);
    }

private:
    static std::uint64_t splitmix64(std::uint64_t& x) {
        std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    std::uint64_t state_[4];
};

}  // namespace chronik
