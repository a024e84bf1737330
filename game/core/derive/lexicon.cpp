// The word lists are plain arrays so that they can be read, reviewed and
// extended by hand; see README.md in this folder for what each is for.
#include "derive/lexicon.hpp"

#include "bank/utf8.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace chronik::derive {
namespace {

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view w) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

bool ends_with(std::string_view s, std::string_view p) {
    return s.size() > p.size() && s.substr(s.size() - p.size()) == p;
}

constexpr std::array<std::string_view, 12> kMonths = {
    "Januar", "Februar", "März",      "April",   "Mai",      "Juni",
    "Juli",   "August",  "September", "Oktober", "November", "Dezember"};

constexpr std::array<std::string_view, 109> kAbbreviations = {
    "z", "B", "Nr", "bzw", "usw", "ca", "Dr", "St", "vgl", "sog", "Prof", "etc", "Mrd", "Mio",
    "Tsd", "Jh", "Jhd", "Jhs", "Chr", "S", "Abs", "Art", "Bd", "evtl", "ggf", "inkl", "max", "min",
    "Std", "geb", "gest", "Hl", "Gebr", "Kap", "Jan", "Feb", "Apr", "Aug", "Sept", "Sep", "Okt",
    "Nov", "Dez", "Fr", "Hr", "Hrsg", "Mrs", "Mr", "u", "a", "d", "h", "v", "n", "o", "Verf",
    "bspw", "insb", "zzgl", "Reg", "Gen", "Kr", "Str", "Tel", "Dt", "dt", "Kgr", "zw", "arab",
    "Jhdt", "engl", "frz", "franz", "österr", "preuß", "ital", "brit", "Hzg", "Ebf", "ehem", "gegr",
    "röm", "griech", "kath", "evang", "amerik",
    // Adjectives of peoples, also capitalised where they open a board's line ("Span.
    // Erbfolgekrieg", "Frz. Revolution").
    "span", "Span", "Frz", "Engl", "russ", "Russ", "poln", "Poln", "Österr", "Preuß", "Ital",
    "Brit", "Röm", "Griech", "türk", "Türk", "schwed", "Schwed", "niederl", "Niederl", "Amerik",
    "Kath", "Evang"};

constexpr std::array<std::string_view, 131> kCountries = {"Afghanistan",
                                                          "Ägypten",
                                                          "Albanien",
                                                          "Algerien",
                                                          "Argentinien",
                                                          "Armenien",
                                                          "Äthiopien",
                                                          "Australien",
                                                          "Belgien",
                                                          "Bolivien",
                                                          "Bosnien",
                                                          "Brasilien",
                                                          "Bulgarien",
                                                          "Burma",
                                                          "Chile",
                                                          "China",
                                                          "Dänemark",
                                                          "DDR",
                                                          "BRD",
                                                          "GB",
                                                          "Deutschland",
                                                          "England",
                                                          "Estland",
                                                          "Finnland",
                                                          "Frankreich",
                                                          "Georgien",
                                                          "Griechenland",
                                                          "Großbritannien",
                                                          "Indien",
                                                          "Indonesien",
                                                          "Irak",
                                                          "Iran",
                                                          "Irland",
                                                          "Island",
                                                          "Israel",
                                                          "Italien",
                                                          "Japan",
                                                          "Jemen",
                                                          "Jordanien",
                                                          "Jugoslawien",
                                                          "Kambodscha",
                                                          "Kanada",
                                                          "Kasachstan",
                                                          "Kenia",
                                                          "Kolumbien",
                                                          "Kongo",
                                                          "Korea",
                                                          "Kroatien",
                                                          "Kuba",
                                                          "Laos",
                                                          "Lettland",
                                                          "Libanon",
                                                          "Libyen",
                                                          "Litauen",
                                                          "Luxemburg",
                                                          "Malaysia",
                                                          "Marokko",
                                                          "Mexiko",
                                                          "Moldau",
                                                          "Mongolei",
                                                          "Myanmar",
                                                          "Nepal",
                                                          "Neuseeland",
                                                          "Niederlande",
                                                          "Nigeria",
                                                          "Nordkorea",
                                                          "Norwegen",
                                                          "Österreich",
                                                          "Pakistan",
                                                          "Palästina",
                                                          "Peru",
                                                          "Philippinen",
                                                          "Polen",
                                                          "Portugal",
                                                          "Preußen",
                                                          "Rumänien",
                                                          "Russland",
                                                          "Sachsen",
                                                          "Bayern",
                                                          "Saudi-Arabien",
                                                          "Schottland",
                                                          "Schweden",
                                                          "Schweiz",
                                                          "Serbien",
                                                          "Singapur",
                                                          "Slowakei",
                                                          "Slowenien",
                                                          "Sowjetunion",
                                                          "UdSSR",
                                                          "Spanien",
                                                          "Sudan",
                                                          "Südafrika",
                                                          "Südkorea",
                                                          "Syrien",
                                                          "Taiwan",
                                                          "Thailand",
                                                          "Tibet",
                                                          "Tschechien",
                                                          "Tschechoslowakei",
                                                          "Tunesien",
                                                          "Türkei",
                                                          "Ukraine",
                                                          "Ungarn",
                                                          "Uruguay",
                                                          "USA",
                                                          "Usbekistan",
                                                          "Venezuela",
                                                          "Vietnam",
                                                          "Nordvietnam",
                                                          "Südvietnam",
                                                          "Weißrussland",
                                                          "Belarus",
                                                          "Wales",
                                                          "Zypern",
                                                          "Osmanisches Reich",
                                                          "Byzanz",
                                                          "Venedig",
                                                          "Habsburg",
                                                          "Kurland",
                                                          "Livland",
                                                          "Mandschukuo",
                                                          "Mandschurei",
                                                          "Katar",
                                                          "Kuwait",
                                                          "Oman",
                                                          "Bahrain",
                                                          "Aserbaidschan",
                                                          "Kirgisistan",
                                                          "Tadschikistan",
                                                          "Turkmenistan",
                                                          "Montenegro"};

constexpr std::array<std::string_view, 168> kGivenNames = {
    "Adolf",      "Albert",   "Alexander",    "Alexei",     "Alexej",   "Anatoli",    "Andrei",
    "Andrej",     "Angela",   "Anna",         "Anton",      "August",   "Barack",     "Benito",
    "Bill",       "Boris",    "Carl",         "Catherine",  "Charles",  "Christian",  "Claus",
    "Deng",       "Dmitri",   "Dmitrij",      "Donald",     "Dwight",   "Elisabeth",  "Elizabeth",
    "Emmanuel",   "Erich",    "Ernst",        "Francis",    "Franklin", "Franz",      "Friedrich",
    "Gennadi",    "Georg",    "George",       "Gerhard",    "Gustav",   "Hans",       "Harry",
    "Heinrich",   "Helmut",   "Helmut",       "Henry",      "Hermann",  "Hillary",    "Ho",
    "Igor",       "Ilja",     "Iwan",         "Jacques",    "James",    "Jean",       "Jimmy",
    "Joachim",    "Johann",   "Johannes",     "John",       "Joe",      "Josef",      "Joseph",
    "Juri",       "Karl",     "Katharina",    "Klaus",      "Konrad",   "Konstantin", "Kurt",
    "Leonid",     "Lew",      "Ludwig",       "Lyndon",     "Mao",      "Margaret",   "Maria",
    "Marat",      "Martin",   "Max",          "Maximilian", "Michael",  "Michail",    "Mikhail",
    "Moon",       "Napoleon", "Nikita",       "Nikolai",    "Nikolaus", "Olaf",       "Oskar",
    "Otto",       "Paul",     "Peter",        "Philipp",    "Pjotr",    "Richard",    "Robert",
    "Ronald",     "Rudolf",   "Sergei",       "Sergej",     "Sigmund",  "Stefan",     "Theodor",
    "Thomas",     "Walter",   "Wassili",      "Wiktor",     "Viktor",   "Wilhelm",    "Willy",
    "Winston",    "Witali",   "Wjatscheslaw", "Wladimir",   "Wolfgang", "Xi",         "Zhou",
    "Jewgeni",    "Jelena",   "Swetlana",     "Olga",       "Natalja",  "Tatjana",    "Valentina",
    "Walentina",  "Galina",   "Ludmila",      "Fidel",      "Che",      "Kofi",       "Ban",
    "Jawaharlal", "Mahatma",  "Indira",       "Gamal",      "Saddam",   "Park",       "Syngman",
    "Chun",       "Roh",      "Lee",          "Kim",        "Yun",      "Shinzo",     "Hirohito",
    "Chiang",     "Sun",      "Lenin",        "Leo",        "Otto",     "Wenzel",     "Ferdinand",
    "Rosa",       "Clara",    "Hannah",       "Sophie",     "Marie",    "Louis",      "Ludwig",
    "Simon",      "Emil",     "Fritz",        "Walther",    "Willi",    "Jan",        "Lech"};

constexpr std::array<std::string_view, 52> kRoles = {"Präsident",
                                                     "Präsidenten",
                                                     "Präsidentin",
                                                     "Ministerpräsident",
                                                     "Ministerpräsidenten",
                                                     "Ministerpräsidentin",
                                                     "Kanzler",
                                                     "Kanzlers",
                                                     "Bundeskanzler",
                                                     "Reichskanzler",
                                                     "Zar",
                                                     "Zaren",
                                                     "Zarin",
                                                     "Kaiser",
                                                     "Kaiserin",
                                                     "König",
                                                     "Königs",
                                                     "Königin",
                                                     "Diktator",
                                                     "Diktators",
                                                     "Diktatoren",
                                                     "Staatschef",
                                                     "Staatschefs",
                                                     "Staatsgründer",
                                                     "Außenminister",
                                                     "Außenministers",
                                                     "Minister",
                                                     "Ministers",
                                                     "Ministerin",
                                                     "Generalsekretär",
                                                     "Generalsekretärs",
                                                     "Parteichef",
                                                     "General",
                                                     "Generals",
                                                     "Feldherr",
                                                     "Marschall",
                                                     "Papst",
                                                     "Fürst",
                                                     "Fürsten",
                                                     "Herzog",
                                                     "Graf",
                                                     "Machthaber",
                                                     "Machthabers",
                                                     "Regierungschef",
                                                     "Premierminister",
                                                     "Vorsitzende",
                                                     "Vorsitzenden",
                                                     "Botschafter",
                                                     "Admiral",
                                                     "Sultan",
                                                     "Khan",
                                                     "Kurfürst"};

constexpr std::array<std::string_view, 70> kNotNames = {"Der",
                                                        "Die",
                                                        "Das",
                                                        "Den",
                                                        "Dem",
                                                        "Des",
                                                        "Ein",
                                                        "Eine",
                                                        "Einer",
                                                        "Einem",
                                                        "Eines",
                                                        "Im",
                                                        "Am",
                                                        "In",
                                                        "Mit",
                                                        "Nach",
                                                        "Vor",
                                                        "Seit",
                                                        "Bis",
                                                        "Ab",
                                                        "Als",
                                                        "Auch",
                                                        "Auf",
                                                        "Aus",
                                                        "Bei",
                                                        "Durch",
                                                        "Für",
                                                        "Gegen",
                                                        "Um",
                                                        "Unter",
                                                        "Während",
                                                        "Wegen",
                                                        "Trotz",
                                                        "Dieser",
                                                        "Diese",
                                                        "Dieses",
                                                        "Es",
                                                        "Er",
                                                        "Sie",
                                                        "Wir",
                                                        "Ich",
                                                        "Man",
                                                        "Da",
                                                        "Danach",
                                                        "Dabei",
                                                        "Damit",
                                                        "Dann",
                                                        "Doch",
                                                        "Jedoch",
                                                        "Zudem",
                                                        "Weitere",
                                                        "Höhe",
                                                        "Folge",
                                                        "Kraft",
                                                        "Frage",
                                                        "Bezug",
                                                        "Richtung",
                                                        "Zukunft",
                                                        "Zusammenarbeit",
                                                        "Hinblick",
                                                        "Anwesenheit",
                                                        "Abwesenheit",
                                                        "Gefahr",
                                                        "Betrieb",
                                                        "Erwägung",
                                                        "Ordnung",
                                                        "Erinnerung",
                                                        "Teilen",
                                                        "Gang",
                                                        "Verbindung"};

constexpr std::array<std::string_view, 24> kNounEndings = {
    "ung",  "ungen",  "heit", "heiten", "keit",  "keiten", "schaft", "schaften",
    "tion", "tionen", "ität", "itäten", "ismus", "ment",   "mente",  "tum",
    "nis",  "nisse",  "ling", "linge",  "chen",  "erei",   "ie",     "ien"};

constexpr std::array<std::string_view, 12> kOrganisationEndings = {
    "partei",         "Partei",         "ministerium",  "Ministerium",
    "sicherheitsrat", "Sicherheitsrat", "organisation", "Organisation",
    "komitee",        "Komitee",        "Völkerbund",   "bündnis"};

}  // namespace

int month_number(std::string_view w) {
    for (std::size_t i = 0; i < kMonths.size(); ++i)
        if (kMonths[i] == w) return static_cast<int>(i) + 1;
    if (w == "Jänner") return 1;
    if (w == "October") return 10;
    if (w == "December") return 12;
    // The genitive ("des 14. Oktobers", "Anfang Augusts").
    if (w.size() > 4 && w.back() == 's') {
        const auto base = w.substr(0, w.size() - 1);
        for (std::size_t i = 0; i < kMonths.size(); ++i)
            if (kMonths[i] == base && base.back() != 's') return static_cast<int>(i) + 1;
        if (base == "October") return 10;
        if (base == "December") return 12;
    }
    return 0;
}

namespace {

std::u32string code_points(std::string_view w) {
    std::u32string out;
    for (std::size_t i = 0; i < w.size();)
        out.push_back(bank::decode_utf8(w, i));
    return out;
}

}  // namespace

int month_after_day(std::string_view w) {
    if (const int m = month_number(w); m != 0) return m;
    static const std::pair<std::string_view, int> kShort[] = {
        {"Jan", 1},    {"Jän", 1},    {"Febr", 2}, {"Feb", 2},    {"Mrz", 3},  {"Apr", 4},
        {"Aug", 8},    {"Sept", 9},   {"Sep", 9},  {"Septbr", 9}, {"Okt", 10}, {"Oct", 10},
        {"Oktbr", 10}, {"Octbr", 10}, {"Nov", 11}, {"Novbr", 11}, {"Dez", 12}, {"Dec", 12},
        {"Dezbr", 12}, {"Decbr", 12}, {"Jun", 6},  {"Jul", 7}};
    for (const auto& [form, month] : kShort)
        if (form == w) return month;
    // One letter misread: exactly one month name of the same length differs in one place.
    const auto cw = code_points(w);
    if (cw.size() < 4) return 0;
    int found = 0;
    for (std::size_t i = 0; i < kMonths.size(); ++i) {
        const auto cm = code_points(kMonths[i]);
        if (cm.size() != cw.size() || cm[0] != cw[0]) continue;
        int diff = 0;
        for (std::size_t k = 0; k < cm.size(); ++k)
            diff += cm[k] != cw[k] ? 1 : 0;
        if (diff == 1) {
            if (found != 0) return 0;  // "Juni"/"Juli": ambiguous
            found = static_cast<int>(i) + 1;
        }
    }
    return found;
}

bool is_abbreviation(std::string_view w) {
    return contains(kAbbreviations, w);
}

bool is_continent(std::string_view w) {
    for (std::string_view c :
         {"Europa", "Afrika", "Asien", "Amerika", "Nordamerika", "Südamerika", "Mittelamerika",
          "Lateinamerika", "Australien", "Ozeanien", "Antarktis", "Arktis"})
        if (w == c) return true;
    return false;
}

bool is_country(std::string_view w) {
    return contains(kCountries, w);
}

std::string_view country_of_genitive(std::string_view w) {
    if (w.size() < 3 || w.back() != 's') return {};
    const auto base = w.substr(0, w.size() - 1);
    for (auto c : kCountries)
        if (c == base) return c;
    return {};
}

bool is_given_name(std::string_view w) {
    return contains(kGivenNames, w);
}

std::string_view person_role(std::string_view w) {
    for (auto r : kRoles)
        if (r == w) return r;
    return {};
}

bool is_not_a_name(std::string_view w) {
    return contains(kNotNames, w) || month_number(w) != 0;
}

bool has_noun_ending(std::string_view w) {
    for (auto e : kNounEndings)
        if (ends_with(w, e)) return true;
    return false;
}

bool has_organisation_ending(std::string_view w) {
    // The ending alone is the common noun ("die einzige erlaubte Partei").
    for (std::string_view common : {"Partei", "Ministerium", "Organisation", "Komitee"})
        if (w == common) return false;
    for (auto e : kOrganisationEndings)
        if (w == e || ends_with(w, e)) return true;
    return false;
}

}  // namespace chronik::derive
