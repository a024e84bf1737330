#include "derive/name_spans.hpp"

#include "derive/lexicon.hpp"

namespace chronik::derive {

std::size_t person_name_end(const std::vector<Token>& t, std::size_t j, const WordList& words,
                            const std::vector<std::string>& people) {
    if (j >= t.size() || (j > 0 && (t[j - 1].comma || t[j - 1].dot)) || !is_capitalised(t[j].word))
        return j;
    std::size_t n = j;
    for (const auto& p : people) {
        const auto pt = tokenize(p);
        if (pt.empty() || j + pt.size() > t.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < pt.size() && same; ++i)
            same = t[j + i].word == pt[i].word;
        if (same && j + pt.size() > n) n = j + pt.size();
    }
    const auto name_word = [&](std::size_t k) {
        return k < t.size() && is_capitalised(t[k].word) && !words.is_common_noun(t[k].word) &&
               !is_country(t[k].word) && person_role(t[k].word).empty();
    };
    const bool first_name = is_given_name(t[j].word) || (!words.empty() && words.has(t[j].word) &&
                                                         !words.is_common_noun(t[j].word));
    if (n == j && !t[j].comma && !t[j].dot && first_name) {
        if (name_word(j + 1))
            n = j + 2;  // "Wolfgang Kapp"
        else if (with_particle_name(t, j + 1, words) > j + 1)
            n = j + 1;  // "Heinrich von Stetten"
    }
    return n > j ? with_particle_name(t, n, words) : n;
}

std::size_t with_particle_name(const std::vector<Token>& t, std::size_t n, const WordList& words) {
    if (n == 0 || n + 1 >= t.size() || t[n - 1].comma || t[n - 1].dot) return n;
    if (t[n].word != "von" && t[n].word != "zu") return n;
    const auto& w = t[n + 1].word;
    const bool name =
        is_capitalised(w) && !words.is_common_noun(w) && !is_country(w) && person_role(w).empty();
    return name ? n + 2 : n;
}

}  // namespace chronik::derive
