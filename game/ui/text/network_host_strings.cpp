#include "ui/text/network_host_strings.hpp"
#include "ui/text/text_table.hpp"

#include <array>

namespace chronik::ui {
namespace {

using Entry = TextEntry<NetworkHostText>;

using T = NetworkHostText;

// Order must follow the enum: checked once by table().
const std::array<Entry, static_cast<std::size_t>(T::Count)>& table() {
    static const std::array<Entry, static_cast<std::size_t>(T::Count)> entries{{
        {T::SetupHeading, "Netzwerkspiel leiten", "Host a network game"},
        {T::SetupIntro,
         "Die Klasse spielt im Browser mit (QR-Code auf dem nächsten Bildschirm, nichts zu "
         "installieren) oder in Chronik (Netzwerkspiel → Beitreten); dieser Bildschirm gehört an "
         "den Projektor.",
         "The class plays in the browser (QR code on the next screen, nothing to install) or in "
         "Chronik (Network game → Join); this screen belongs on the projector."},
        {T::RowPort, "Port", "Port"},
        {T::RowCode, "Raumcode", "Room code"},
        {T::RowQuestions, "Fragen", "Questions"},
        {T::RowTimer, "Zeit zum Antworten", "Time to answer"},
        {T::RowReading, "Lesezeit vor den Antworten", "Reading time before answers"},
        {T::RowSpeedBonus, "Tempobonus (schneller = mehr Punkte)",
         "Speed bonus (faster = more points)"},
        {T::RowStreakBonus, "Serienbonus (richtig in Folge)", "Streak bonus (right in a row)"},
        {T::RowPodium, "Plätze auf dem Podest", "Places on the podium"},
        {T::ValueSeconds, "{} s", "{} s"},
        {T::ValueNoTimer, "ohne – die Lehrkraft deckt auf", "none – the teacher reveals"},
        {T::ValueOn, "an", "on"},
        {T::ValueOff, "aus", "off"},
        {T::ValuePlaces, "{} Plätze", "{} places"},
        {T::ValueQuestions, "{} Fragen", "{} questions"},
        {T::OpenRoom, "Raum öffnen", "Open the room"},
        {T::Back, "Zurück", "Back"},
        {T::PortPrompt, "Port (1–65535)", "Port (1–65535)"},
        {T::CodePrompt, "Raumcode (6–12 Buchstaben oder Ziffern)",
         "Room code (6–12 letters or digits)"},
        {T::ErrorPort, "Der Port muss eine Zahl von 1 bis 65535 sein.",
         "The port must be a number from 1 to 65535."},
        {T::ErrorCode,
         "Der Raumcode braucht 6–12 Buchstaben oder Ziffern – kürzere sind zu leicht zu erraten.",
         "The room code needs 6–12 letters or digits – shorter ones are too easy to guess."},
        {T::ErrorListen,
         "Kein Spiel auf {} möglich: Der Port ist belegt (läuft schon ein Spiel?) oder nicht "
         "erlaubt. Wähle einen anderen Port.",
         "Cannot host on {}: the port is in use (is a game already running?) or not allowed. "
         "Choose another port."},
        {T::ErrorNoQuestions, "Keine Fragen für das Spiel: {}", "No questions for the game: {}"},
        {T::ErrorNetwork, "Netzwerkproblem (das Spiel läuft weiter): {}",
         "Network problem (the game goes on): {}"},
        {T::HintChange, "Ändern", "Change"},
        {T::HintEdit, "Eingeben", "Type"},
        {T::HintOpen, "Raum öffnen", "Open the room"},
        {T::LobbyHeading, "Macht mit!", "Join in!"},
        {T::LobbyHowTo,
         "Chronik starten → Netzwerkspiel → Beitreten, dann Adresse und Raumcode eingeben",
         "Start Chronik → Network game → Join, then type the address and the room code"},
        {T::LobbyAddress, "Adresse", "Address"},
        {T::LobbyWebAddress, "Im Browser öffnen oder den QR-Code scannen",
         "Open in a browser or scan the QR code"},
        {T::LobbyDesktopAddress, "Chronik-App: {}", "Chronik app: {}"},
        {T::LobbyHowToWeb,
         "Handy, Tablet, Laptop: QR-Code scannen oder die Adresse im Browser öffnen – nichts zu "
         "installieren",
         "Phone, tablet, laptop: scan the QR code or open the address in a browser – nothing to "
         "install"},
        {T::LobbyCode, "Raumcode", "Room code"},
        {T::LobbyLoopbackOnly, "Kein Netzwerk gefunden: Nur dieser Rechner kann beitreten.",
         "No network found: only this computer can join."},
        {T::LobbyPlayers, "Dabei: {}", "Joined: {}"},
        {T::LobbyWaiting, "Warte auf die ersten Spielerinnen und Spieler …",
         "Waiting for the first players …"},
        {T::LobbyStart, "Spiel starten", "Start the game"},
        {T::LobbyNeedPlayer, "Zum Starten muss mindestens eine Person beigetreten sein.",
         "At least one player must have joined to start."},
        {T::LobbyRemoved, "„{}“ wurde entfernt.", "“{}” was removed."},
        {T::PlayerOffline, "getrennt", "offline"},
        {T::QuestionOf, "Frage {} von {}", "Question {} of {}"},
        {T::AnsweredOf, "{} von {} haben geantwortet", "{} of {} have answered"},
        {T::Reading, "Lesen – gleich geht es los", "Read – answers open shortly"},
        {T::SecondsLeft, "noch {} s", "{} s left"},
        {T::NoTimer, "Ohne Zeitlimit – aufdecken mit R", "No time limit – reveal with R"},
        {T::Paused, "Pause", "Paused"},
        {T::RevealCorrect, "✓ Richtig ist: {}", "✓ The right answer: {}"},
        {T::RevealCorrectOf, "{} von {} richtig", "{} of {} right"},
        {T::RevealNoAnswer, "ohne Antwort: {}", "no answer: {}"},
        {T::RevealRightTag, "✓ richtig", "✓ right"},
        {T::Skipped, "Übersprungen – diese Frage zählt nicht.",
         "Skipped – this question does not count."},
        {T::SkippedShort, "Frage {} übersprungen", "Question {} skipped"},
        {T::LeaderboardHeading, "Zwischenstand", "Standings"},
        {T::Points, "{} Punkte", "{} points"},
        {T::RankNew, "neu", "new"},
        {T::PodiumHeading, "Siegerehrung", "The podium"},
        {T::PodiumPlace, "{}. Platz", "Place {}"},
        {T::PodiumCorrect, "{} richtig", "{} right"},
        {T::PodiumCorrectPartialOne, "{} richtig · 1 Zeitleiste teilweise",
         "{} right · 1 timeline partly"},
        {T::PodiumCorrectPartialMany, "{} richtig · {} Zeitleisten teilweise",
         "{} right · {} timelines partly"},
        {T::SummaryHeading, "Auswertung: Was war schwer?", "Review: what was hard?"},
        {T::SummaryIntro, "Die Fragen mit den wenigsten richtigen Antworten zuerst",
         "The questions with the fewest right answers first"},
        {T::SummaryNone, "Keine Frage wurde gestellt.", "No question was asked."},
        {T::SummarySaved, "Ergebnisse gespeichert: {}", "Standings saved: {}"},
        {T::SummarySaveFailed, "Ergebnisse NICHT gespeichert: {}", "Standings NOT saved: {}"},
        {T::SummaryNotSaved, "Ergebnisse werden gespeichert …", "Saving the standings …"},
        {T::SummaryHome, "Zur Startseite", "Back to home"},
        {T::HelpHeading, "Tasten für die Lehrkraft", "Teacher keys"},
        {T::KeyStart, "Spiel starten (in der Lobby)", "Start the game (in the lobby)"},
        {T::KeyPause, "Pause / weiter", "Pause / resume"},
        {T::KeySkip, "Frage überspringen (zählt nicht)", "Skip the question (not scored)"},
        {T::KeyReveal, "Jetzt aufdecken", "Reveal now"},
        {T::KeyNext, "Weiter", "Next"},
        {T::KeyEnd, "Spiel beenden (zum Podest)", "End the game (to the podium)"},
        {T::KeyHelp, "Diese Hilfe", "This help"},
        {T::KeyRemove, "Ausgewählte Person entfernen", "Remove the selected player"},
        {T::KeySelect, "Person auswählen", "Select a player"},
        {T::KeyCloseRoom, "Raum auflösen, zurück (in der Lobby)",
         "Dissolve the room, go back (in the lobby)"},
        {T::KeyClose, "Schließen", "Close"},
        {T::HelpNote, "Das Spiel läuft weiter, während diese Hilfe offen ist – außer in der Pause.",
         "The game goes on while this help is open – unless it is paused."},
        {T::KeyLockRoom, "Raum schließen / öffnen (für neue Namen)",
         "Close / open the room (to new names)"},
        {T::KeySeat, "Rückkehrer zulassen / ablehnen", "Let a returning player in / decline"},
        {T::LobbyLocked, "Raum geschlossen – keine neuen Namen", "Room closed – no new names"},
        {T::RoomLockedNotice,
         "Raum geschlossen: Neue Namen werden abgewiesen. Wer schon dabei war, kommt zurück.",
         "Room closed: new names are turned away. Players who were in can come back."},
        {T::RoomOpenNotice, "Raum wieder offen für neue Namen.", "Room open to new names again."},
        {T::SeatQuestion, "„{}“ möchte zurück – zulassen?", "“{}” wants back in – allow?"},
        {T::SeatMore, "+{} weitere", "+{} more"},
        {T::SeatAllow, "Zulassen", "Allow"},
        {T::SeatDecline, "Ablehnen", "Decline"},
        {T::SeatAllowed, "„{}“ ist zurück, mit Punktestand.", "“{}” is back, with the score."},
        {T::SeatDeclined, "Abgelehnt: Der Platz von „{}“ bleibt frei.",
         "Declined: the seat of “{}” stays free."},
        {T::HintLock, "Raum schließen", "Close the room"},
        {T::HintUnlock, "Raum öffnen", "Open the room"},
        {T::HintDissolve, "Raum auflösen", "Dissolve the room"},
        {T::RowTimeline, "davon Zeitleisten (Ereignisse ordnen)",
         "of them timelines (order events)"},
        {T::ValueTimelines, "{} Zeitleisten", "{} timelines"},
        {T::ValueNoTimelines, "keine", "none"},
        {T::TimelineEvents, "Hier gemischt – die Klasse bringt sie in die richtige Reihenfolge",
         "Shown shuffled – the class puts them in order"},
        {T::TimelineRightOrder, "✓ Die richtige Reihenfolge", "✓ The right order"},
        {T::TimelinePairsSummary, "Paare in richtiger Reihenfolge: {} %",
         "Pairs in the right order: {} %"},
        {T::TimelineInSlot, "{} an diesem Platz", "{} put it here"},
    }};
    static const bool checked = check_text_order<NetworkHostText>(entries, "network host");
    (void)checked;
    return entries;
}

}  // namespace

const std::string& text(const StringTable& strings, NetworkHostText id) {
    return pick_text<NetworkHostText>(table(), id, strings.language());
}

std::string format(const StringTable& strings, NetworkHostText id,
                   std::initializer_list<std::string_view> args) {
    return fill_placeholders(text(strings, id), args);
}

}  // namespace chronik::ui
