// A German dictionary as derive uses it: Debian's hunspell-de-de word file
// (/usr/share/hunspell/de_DE.dic, "word/FLAGS" a line) to tell common nouns from names and
// to check verb forms. Pure data: the caller reads the file (io), derive only asks.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

namespace chronik::derive {

class WordList {
public:
    WordList() = default;
    // Lines "word" or "word/FLAGS" (hunspell .dic); a first line that is only a number (the
    // .dic word count), lines starting with whitespace (comments) and blank lines are skipped.
    static WordList from_dic(std::string_view text);

    bool empty() const { return words_.empty(); }
    std::size_t size() const { return words_.size(); }
    bool has(std::string_view word) const { return words_.count(std::string(word)) != 0; }

    // A capitalised word whose entry takes a plural ending (hunspell de_DE affix flags E, N,
    // P, R: -e, -n, -en, -er) or the genitive -es (T: "Glück/STm") is an ordinary noun
    // ("Sicht", "Konferenz", "Glück"); names take only the genitive -s ("Moskau/Sm",
    // "Putin/S"). False for words not in the list.
    bool is_common_noun(std::string_view word) const;

    // A capitalised entry that takes neither a plural ending nor the genitive -s (flag S) and
    // does not end in s, x, z or ß: a feminine noun ("Furcht/m", "Ruhe/ijm"). A place named
    // without an article is neuter and takes the genitive -s ("Canossa/Sm", "Rom/Sm"); feminine
    // regions ("Krim/m", "Normandie/m") are written with an article ("auf der Krim").
    bool is_noun_without_genitive_s(std::string_view word) const;

    // A common noun in the dative plural, written without its article after "in": the entry
    // without the final -n is a plural of the list ("Kämpfen": "Kämpfe/N", "Ständen") or ends
    // in a common noun of the list ("Konzentrationslagern": "Lager"). Plurals of words for
    // people (flag F: "Friese/NF") are left alone: they also name regions ("in Friesen").
    bool is_dative_plural_noun(std::string_view word) const;

    // A lower-case entry ending in -en or -n that takes verb affixes: an infinitive
    // ("besuchen", "arbeiten").
    bool is_infinitive(std::string_view word) const;

private:
    std::unordered_map<std::string, std::string> words_;  // word -> affix flags
};

}  // namespace chronik::derive
