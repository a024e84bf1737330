#include "derive/verb_tense.hpp"

#include <array>

#include "derive/lexicon.hpp"

namespace chronik::derive {
namespace {

struct Strong {
    std::string_view past_sg, present_sg, past_pl, present_pl;
};

// German strong, mixed and irregular verbs (a closed class): preterite and present, third
// person singular and plural. Prefixed forms (erhielt, verlor, entstand, ...) are derived
// from these by the prefix rule below; verbs that exist only with a prefix are listed whole.
constexpr Strong kStrong[] = {
    {"war", "ist", "waren", "sind"},
    {"wurde", "wird", "wurden", "werden"},
    {"hatte", "hat", "hatten", "haben"},
    {"kam", "kommt", "kamen", "kommen"},
    {"gab", "gibt", "gaben", "geben"},
    {"nahm", "nimmt", "nahmen", "nehmen"},
    {"fand", "findet", "fanden", "finden"},
    {"begann", "beginnt", "begannen", "beginnen"},
    {"brach", "bricht", "brachen", "brechen"},
    {"traf", "trifft", "trafen", "treffen"},
    {"schloss", "schließt", "schlossen", "schließen"},
    {"hielt", "hält", "hielten", "halten"},
    {"fiel", "fällt", "fielen", "fallen"},
    {"ging", "geht", "gingen", "gehen"},
    {"stand", "steht", "standen", "stehen"},
    {"lag", "liegt", "lagen", "liegen"},
    {"sah", "sieht", "sahen", "sehen"},
    {"ließ", "lässt", "ließen", "lassen"},
    {"zog", "zieht", "zogen", "ziehen"},
    {"schlug", "schlägt", "schlugen", "schlagen"},
    {"trat", "tritt", "traten", "treten"},
    {"starb", "stirbt", "starben", "sterben"},
    {"sprach", "spricht", "sprachen", "sprechen"},
    {"bot", "bietet", "boten", "bieten"},
    {"blieb", "bleibt", "blieben", "bleiben"},
    {"rief", "ruft", "riefen", "rufen"},
    {"wies", "weist", "wiesen", "weisen"},
    {"stieß", "stößt", "stießen", "stoßen"},
    {"warf", "wirft", "warfen", "werfen"},
    {"gewann", "gewinnt", "gewannen", "gewinnen"},
    {"verlor", "verliert", "verloren", "verlieren"},
    {"warb", "wirbt", "warben", "werben"},
    {"zwang", "zwingt", "zwangen", "zwingen"},
    {"floh", "flieht", "flohen", "fliehen"},
    {"stieg", "steigt", "stiegen", "steigen"},
    {"schrieb", "schreibt", "schrieben", "schreiben"},
    {"trieb", "treibt", "trieben", "treiben"},
    {"wuchs", "wächst", "wuchsen", "wachsen"},
    {"fuhr", "fährt", "fuhren", "fahren"},
    {"lud", "lädt", "luden", "laden"},
    {"galt", "gilt", "galten", "gelten"},
    {"kannte", "kennt", "kannten", "kennen"},
    {"nannte", "nennt", "nannten", "nennen"},
    {"brachte", "bringt", "brachten", "bringen"},
    {"dachte", "denkt", "dachten", "denken"},
    {"wusste", "weiß", "wussten", "wissen"},
    {"sandte", "sendet", "sandten", "senden"},
    {"wandte", "wendet", "wandten", "wenden"},
    {"bat", "bittet", "baten", "bitten"},
    {"saß", "sitzt", "saßen", "sitzen"},
    {"tat", "tut", "taten", "tun"},
    {"half", "hilft", "halfen", "helfen"},
    {"schuf", "schafft", "schufen", "schaffen"},
    {"schwor", "schwört", "schworen", "schwören"},
    {"riet", "rät", "rieten", "raten"},
    {"hieß", "heißt", "hießen", "heißen"},
    {"lief", "läuft", "liefen", "laufen"},
    {"schied", "scheidet", "schieden", "scheiden"},
    {"griff", "greift", "griffen", "greifen"},
    {"litt", "leidet", "litten", "leiden"},
    {"schnitt", "schneidet", "schnitten", "schneiden"},
    {"stritt", "streitet", "stritten", "streiten"},
    {"glich", "gleicht", "glichen", "gleichen"},
    {"wich", "weicht", "wichen", "weichen"},
    {"drang", "dringt", "drangen", "dringen"},
    {"sank", "sinkt", "sanken", "sinken"},
    {"sang", "singt", "sangen", "singen"},
    {"band", "bindet", "banden", "binden"},
    {"gelang", "gelingt", "gelangen", "gelingen"},
    {"sprang", "springt", "sprangen", "springen"},
    {"rang", "ringt", "rangen", "ringen"},
    {"schwand", "schwindet", "schwanden", "schwinden"},
    {"bog", "biegt", "bogen", "biegen"},
    {"flog", "fliegt", "flogen", "fliegen"},
    {"floss", "fließt", "flossen", "fließen"},
    {"genoss", "genießt", "genossen", "genießen"},
    {"schoss", "schießt", "schossen", "schießen"},
    {"wog", "wiegt", "wogen", "wiegen"},
    {"hob", "hebt", "hoben", "heben"},
    {"schob", "schiebt", "schoben", "schieben"},
    {"vergaß", "vergisst", "vergaßen", "vergessen"},
    {"las", "liest", "lasen", "lesen"},
    {"geschah", "geschieht", "geschahen", "geschehen"},
    {"trug", "trägt", "trugen", "tragen"},
    {"schien", "scheint", "schienen", "scheinen"},
    {"mochte", "mag", "mochten", "mögen"},
    {"konnte", "kann", "konnten", "können"},
    {"musste", "muss", "mussten", "müssen"},
    {"sollte", "soll", "sollten", "sollen"},
    {"wollte", "will", "wollten", "wollen"},
    {"durfte", "darf", "durften", "dürfen"},
    {"brannte", "brennt", "brannten", "brennen"},
    {"rannte", "rennt", "rannten", "rennen"},
    {"fing", "fängt", "fingen", "fangen"},
    {"hing", "hängt", "hingen", "hängen"},
    {"maß", "misst", "maßen", "messen"},
    {"aß", "isst", "aßen", "essen"},
    {"stahl", "stiehlt", "stahlen", "stehlen"},
    {"befahl", "befiehlt", "befahlen", "befehlen"},
    {"empfahl", "empfiehlt", "empfahlen", "empfehlen"},
    {"erschrak", "erschrickt", "erschraken", "erschrecken"},
    {"lud", "lädt", "luden", "laden"},
    {"mied", "meidet", "mieden", "meiden"},
    {"pries", "preist", "priesen", "preisen"},
    {"schwieg", "schweigt", "schwiegen", "schweigen"},
    {"stach", "sticht", "stachen", "stechen"},
    {"grub", "gräbt", "gruben", "graben"},
    {"wusch", "wäscht", "wuschen", "waschen"},
    {"sog", "saugt", "sogen", "saugen"},
    {"log", "lügt", "logen", "lügen"},
    {"betrog", "betrügt", "betrogen", "betrügen"},
    {"fror", "friert", "froren", "frieren"},
    {"erlosch", "erlischt", "erloschen", "erlöschen"},
    {"sprach", "spricht", "sprachen", "sprechen"},
    {"schwamm", "schwimmt", "schwammen", "schwimmen"},
    {"gebar", "gebiert", "gebaren", "gebären"},
    {"verdarb", "verdirbt", "verdarben", "verderben"},
    {"gewann", "gewinnt", "gewannen", "gewinnen"},
    {"begriff", "begreift", "begriffen", "begreifen"},
    {"erwarb", "erwirbt", "erwarben", "erwerben"},
};

// Inseparable prefixes: "erhielt" is "er" + "hielt", so its present is "er" + "hält".
constexpr std::array<std::string_view, 13> kPrefixes = {"be",    "er",     "ver",  "zer",  "ent",
                                                        "emp",   "ge",     "miss", "über", "unter",
                                                        "wider", "hinter", "voll"};

std::string from_table(std::string_view word) {
    for (const auto& s : kStrong) {
        if (word == s.past_sg) return std::string(s.present_sg);
        if (word == s.past_pl) return std::string(s.present_pl);
    }
    return {};
}

bool ends_with(std::string_view s, std::string_view e) {
    return s.size() >= e.size() && s.substr(s.size() - e.size()) == e;
}

std::string weak(std::string_view word, const WordList& words) {
    const bool ierte = ends_with(word, "ierte") || ends_with(word, "ierten");
    if (ends_with(word, "ten") && word.size() > 5) {
        std::string stem(word.substr(0, word.size() - 3));  // "besuch", "arbeite"
        std::string inf = stem.back() == 'e' ? stem + "n" : stem + "en";
        if (words.is_infinitive(inf) || ierte) return inf;
        return {};
    }
    if (ends_with(word, "te") && word.size() > 4) {
        std::string stem(word.substr(0, word.size() - 2));  // "besuch", "arbeite"
        const std::string inf = stem.back() == 'e' ? stem + "n" : stem + "en";
        if (words.is_infinitive(inf) || ierte)
            return std::string(word.substr(0, word.size() - 1));  // "besucht", "arbeitet"
    }
    return {};
}

}  // namespace

bool is_strong_present_singular(std::string_view word) {
    auto in_table = [](std::string_view w) {
        for (const auto& s : kStrong)
            if (w == s.present_sg) return true;
        return false;
    };
    if (in_table(word)) return true;
    for (auto prefix : kPrefixes)
        if (word.size() > prefix.size() + 1 && word.substr(0, prefix.size()) == prefix &&
            in_table(word.substr(prefix.size())))
            return true;
    return false;
}

std::string present_tense(std::string_view word, const WordList& words) {
    // Finite verbs are written in lower case; a capitalised word is a noun or a name.
    if (word.empty() || (word[0] >= 'A' && word[0] <= 'Z')) return {};
    // "sog." (sogenannt), "vgl.": an abbreviation of the lexicon is no verb, not "saugt".
    if (is_abbreviation(word)) return {};
    // The spelling before 1996 ("schloß", "mußte"; "ließ" stays): try the "ss" of today's
    // spelling.
    if (const auto sz = word.find("ß"); sz != std::string_view::npos) {
        const std::string today =
            std::string(word.substr(0, sz)) + "ss" + std::string(word.substr(sz + 2));
        if (auto s = present_tense(today, words); !s.empty()) return s;
    }
    if (auto s = from_table(word); !s.empty()) return s;
    for (auto prefix : kPrefixes) {
        if (word.size() > prefix.size() + 1 && word.substr(0, prefix.size()) == prefix) {
            if (auto s = from_table(word.substr(prefix.size())); !s.empty())
                return std::string(prefix) + s;
        }
    }
    return weak(word, words);
}

}  // namespace chronik::derive
