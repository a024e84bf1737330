#include "derive/word_list.hpp"

namespace chronik::derive {

WordList WordList::from_dic(std::string_view text) {
    WordList list;
    std::size_t pos = 0;
    bool first = true;
    while (pos < text.size()) {
        auto nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        auto line = text.substr(pos, nl - pos);
        pos = nl + 1;
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
            line.remove_suffix(1);
        if (line.empty() || line.front() == ' ' || line.front() == '\t') continue;
        if (first && line.find_first_not_of("0123456789") == std::string_view::npos) {
            first = false;
            continue;
        }
        first = false;
        const auto slash = line.find('/');
        std::string word(line.substr(0, slash));
        std::string flags(slash == std::string_view::npos ? std::string_view()
                                                          : line.substr(slash + 1));
        list.words_[std::move(word)] += flags;
    }
    return list;
}

bool WordList::is_common_noun(std::string_view word) const {
    const auto it = words_.find(std::string(word));
    if (it == words_.end()) return false;
    // T: the genitive -es of a common noun ("Glück/STm": "des Glückes"); a place takes -s.
    return it->second.find_first_of("ENPRT") != std::string::npos;
}

bool WordList::is_noun_without_genitive_s(std::string_view word) const {
    const auto it = words_.find(std::string(word));
    if (it == words_.end() || word.empty()) return false;
    const char last = word.back();
    if (last == 's' || last == 'x' || last == 'z' ||
        (word.size() >= 2 && word.substr(word.size() - 2) == "ß"))
        return false;
    return it->second.find_first_of("ENPRS") == std::string::npos;
}

bool WordList::is_dative_plural_noun(std::string_view word) const {
    if (word.size() < 5 || word.back() != 'n') return false;
    const std::string stem(word.substr(0, word.size() - 1));
    auto plural_noun = [&](const std::string& w) {
        const auto it = words_.find(w);
        return it != words_.end() && it->second.find_first_of("ENPR") != std::string::npos &&
               it->second.find('F') == std::string::npos;
    };
    if (plural_noun(stem)) return true;
    const char end = stem.back();
    if (end != 'r' && end != 'l' && end != 'e') return false;
    // A compound's last part, at least four letters ("…lager"), starting at an ASCII letter.
    for (std::size_t at = 3; at + 4 <= stem.size(); ++at) {
        const unsigned char c = static_cast<unsigned char>(stem[at]);
        if (c < 'a' || c > 'z') continue;
        std::string head = stem.substr(at);
        head[0] = static_cast<char>(c - 'a' + 'A');
        if (plural_noun(head)) return true;
    }
    return false;
}

bool WordList::is_infinitive(std::string_view word) const {
    if (word.size() < 3 || word.back() != 'n') return false;
    // Verb entries of de_DE carry the conjugation flags D, I, V, X or Y.
    auto verb_entry = [&](std::string_view w) {
        const auto it = words_.find(std::string(w));
        return it != words_.end() && it->second.find_first_of("DIVXY") != std::string::npos;
    };
    if (verb_entry(word)) return true;
    // de_DE writes many verbs with an inseparable prefix only as the stem with a prefix flag
    // ("vertreiben" is "treiben/…W"): an inseparable prefix before a known verb of four
    // letters or more is a verb too. Not "ge-": "gegeben" is a participle.
    for (std::string_view prefix : {"ver", "zer", "ent", "emp", "be", "er", "miss"})
        if (word.size() >= prefix.size() + 4 && word.substr(0, prefix.size()) == prefix &&
            verb_entry(word.substr(prefix.size())))
            return true;
    return false;
}

}  // namespace chronik::derive
