// The word lists are plain arrays so that they can be read, reviewed and
// extended by hand; see README.md in this folder for what each is for.
#include "derive/lexicon.hpp"

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

constexpr std::array<std::string_view, 64> kAbbreviations = {
    "z",   "B",   "Nr",  "bzw",  "usw",  "ca",   "Dr",   "St",  "vgl", "sog", "Prof", "etc", "Mrd",
    "Mio", "Tsd", "Jh",  "Jhd",  "Jhs",  "Chr",  "S",    "Abs", "Art", "Bd",  "evtl", "ggf", "inkl",
    "max", "min", "Std", "geb",  "gest", "Hl",   "Gebr", "Kap", "Jan", "Feb", "Apr",  "Aug", "Sept",
    "Sep", "Okt", "Nov", "Dez",  "Fr",   "Hr",   "Hrsg", "Mrs", "Mr",  "u",   "a",    "d",   "h",
    "v",   "n",   "o",   "Verf", "bspw", "insb", "zzgl", "Reg", "Gen", "Kr",  "Str",  "Tel"};

constexpr std::array<std::string_view, 130> kCountries = {"Afghanistan",
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
    return 0;
}

bool is_abbreviation(std::string_view w) {
    return contains(kAbbreviations, w);
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
    for (auto e : kOrganisationEndings)
        if (w == e || ends_with(w, e)) return true;
    return false;
}

}  // namespace chronik::derive
