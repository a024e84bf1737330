#include "ui/text/hyphenator.hpp"

#include <hyphen.h>

#include <atomic>
#include <cstdlib>
#include <thread>

namespace chronik::ui {
namespace {

constexpr const char* kGermanPatterns = "/usr/share/hyphen/hyph_de_DE.dic";
std::atomic<bool> german_loaded{false};
std::atomic<bool> german_loading{false};
constexpr std::size_t kShortest = 5;  // "Krieg" stays whole; hyphen-de breaks 2+2 at the least

bool latin1_letter(char32_t c) {
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') ||
           (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7);
}

// The patterns are lower case (ß has no upper case in Latin-1).
char to_lower_latin1(char32_t c) {
    if ((c >= U'A' && c <= U'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7)) c += 0x20;
    return static_cast<char>(static_cast<unsigned char>(c));
}

}  // namespace

const Hyphenator& Hyphenator::german() {
    static const Hyphenator instance(kGermanPatterns);
    german_loaded.store(true, std::memory_order_release);
    return instance;
}

bool Hyphenator::german_ready() {
    return german_loaded.load(std::memory_order_acquire);
}

void Hyphenator::preload_german() {
    if (german_loading.exchange(true)) return;
    // The static's first use waits for this load when it is still running, never loads twice.
    std::thread([] { (void)german(); }).detach();
}

Hyphenator::Hyphenator(const std::string& dictionary_path)
    : dict_(hnj_hyphen_load(dictionary_path.c_str())) {}

Hyphenator::~Hyphenator() {
    if (dict_) hnj_hyphen_free(static_cast<HyphenDict*>(dict_));
}

std::vector<std::size_t> Hyphenator::breaks(const std::u32string& word) const {
    std::vector<std::size_t> out;
    if (!dict_) return out;
    // The letters inside the punctuation: „Abkommen", -> Abkommen.
    std::size_t from = 0, to = word.size();
    while (from < to && !latin1_letter(word[from]))
        ++from;
    while (to > from && !latin1_letter(word[to - 1]))
        --to;
    if (to - from < kShortest) return out;
    std::string latin1;
    latin1.reserve(to - from);
    for (std::size_t i = from; i < to; ++i) {
        if (!latin1_letter(word[i])) return out;  // digits, dashes, other scripts: left whole
        latin1.push_back(to_lower_latin1(word[i]));
    }
    const int n = static_cast<int>(latin1.size());
    std::vector<char> hyphens(latin1.size() + 5, '0');
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    if (hnj_hyphen_hyphenate2(static_cast<HyphenDict*>(dict_), latin1.data(), n, hyphens.data(),
                              nullptr, &rep, &pos, &cut) == 0) {
        for (int i = 0; i + 1 < n; ++i)
            // An odd digit: a break after letter i. Breaks that change the spelling (old
            // "Schiffahrt" rules: rep) are left out.
            if ((hyphens[static_cast<std::size_t>(i)] - '0') % 2 == 1 && !(rep && rep[i]) &&
                i >= 1 && i + 2 <= n - 1)
                out.push_back(from + static_cast<std::size_t>(i) + 1);
    }
    if (rep) {
        for (int i = 0; i < n; ++i)
            std::free(rep[i]);
        std::free(rep);
    }
    std::free(pos);
    std::free(cut);
    return out;
}

}  // namespace chronik::ui
