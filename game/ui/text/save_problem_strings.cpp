#include "ui/text/save_problem_strings.hpp"

#include "ui/text/text_table.hpp"

namespace chronik::ui {
namespace {

using T = SaveProblemText;

// Order must follow the enum: checked once by table().
const TextTable<SaveProblemText>& table() {
    static const TextTable<SaveProblemText> entries{{
        {T::NotFound, "Das Profil oder die Datei gibt es nicht (mehr).",
         "The profile or file does not exist (any more)."},
        {T::AlreadyExists, "Ein Profil oder eine Datei dieses Namens gibt es schon.",
         "A profile or file of that name already exists."},
        {T::InvalidInput, "Diese Angabe ist nicht gültig; nichts wurde gespeichert.",
         "This is not valid; nothing was saved."},
        {T::NewerVersion,
         "Eine neuere Chronik-Version hat das gespeichert. Bitte Chronik aktualisieren; die "
         "Datei bleibt unverändert.",
         "A newer version of Chronik saved this. Please update Chronik; the file is left "
         "unchanged."},
        {T::Corrupt, "Die Datei ist beschädigt und lässt sich nicht lesen.",
         "The file is damaged and cannot be read."},
        {T::DiskFull, "Der Datenträger ist voll. Alles bisher Gespeicherte bleibt erhalten.",
         "The disk is full. Everything saved before is kept."},
        {T::ReadOnly,
         "Chronik darf hier nicht schreiben (keine Schreibrechte). Alles bisher Gespeicherte "
         "bleibt erhalten.",
         "Chronik may not write here (no permission). Everything saved before is kept."},
        {T::Unsafe,
         "Der Pfad führt aus dem Speicherordner hinaus (eine Verknüpfung oder ein seltsamer "
         "Name); Chronik benutzt ihn nicht.",
         "The path leads out of the saves folder (a link or a strange name); Chronik does not "
         "use it."},
        {T::Locked,
         "Dieses Profil ist schon in einem anderen Chronik-Fenster geöffnet. Schließe es dort, "
         "dann kannst du es hier öffnen.",
         "This profile is open in another Chronik window. Close it there, then you can open it "
         "here."},
        {T::TooLarge, "Die Datei ist größer als erlaubt und wurde nicht gelesen.",
         "The file is larger than allowed and was not read."},
        {T::Io, "Das Betriebssystem meldet einen Fehler beim Lesen oder Schreiben.",
         "The operating system reported an error while reading or writing."},
        {T::File, "Datei: {}", "file: {}"},
        {T::Detail, "{} ({})", "{} ({})"},
    }};
    static const bool checked = check_text_order(entries, "save problem");
    (void)checked;
    return entries;
}

}  // namespace

const std::string& text(const StringTable& strings, SaveProblemText id) {
    return pick_text(table(), id, strings.language());
}

std::string format(const StringTable& strings, SaveProblemText id,
                   std::initializer_list<std::string_view> args) {
    return fill_placeholders(text(strings, id), args);
}

}  // namespace chronik::ui
