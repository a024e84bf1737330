#include "io/import/german_dictionary.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace chronik::io {

const derive::WordList& german_dictionary() {
    static const derive::WordList words = [] {
        const char* env = std::getenv("CHRONIK_DE_DIC");
        const std::string path = env && *env ? env : "/usr/share/hunspell/de_DE.dic";
        std::ifstream in(path, std::ios::binary);
        if (!in) return derive::WordList{};
        std::ostringstream text;
        text << in.rdbuf();
        return derive::WordList::from_dic(text.str());
    }();
    return words;
}

}  // namespace chronik::io
