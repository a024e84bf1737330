// German syllable breaks for words too long for their box (timeline cards): libhyphen with the
// patterns of Debian's hyphen-de, so "Freundschaftsabkommen" breaks as "Freund-schafts-ab-kom-men"
// and never between arbitrary letters.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace chronik::ui {

class Hyphenator {
public:
    // The German patterns (/usr/share/hyphen/hyph_de_DE.dic), loaded on first use. Without them
    // (the package missing) every word has no breaks, and wrapping falls back to what it did.
    static const Hyphenator& german();
    // Starts loading the German patterns on a thread of their own (once; later calls do nothing):
    // libhyphen takes about 3.5 s for them on an idle machine here and up to 13 s under load, which
    // no frame may wait for. TextBlock calls it on its first hyphenated layout; scenes that know
    // cards are coming may call it earlier for a head start.
    static void preload_german();
    // Whether german() is loaded, so it answers without waiting.
    static bool german_ready();

    // Loads the patterns of one hyphen dictionary (ISO 8859-1, as Debian ships the German ones);
    // a file that cannot be read leaves the hyphenator without breaks.
    explicit Hyphenator(const std::string& dictionary_path);
    ~Hyphenator();
    Hyphenator(const Hyphenator&) = delete;
    Hyphenator& operator=(const Hyphenator&) = delete;

    bool loaded() const { return dict_ != nullptr; }
    // Where `word` may be broken: indices i (0 < i < size) for word[0, i) + "-" | word[i, …),
    // ascending. Punctuation around the letters ("Abkommen,") is kept off the breaks; a word with
    // characters beyond Latin-1 or shorter than five letters has none.
    std::vector<std::size_t> breaks(const std::u32string& word) const;

private:
    void* dict_ = nullptr;  // HyphenDict (kept out of this header)
};

}  // namespace chronik::ui
