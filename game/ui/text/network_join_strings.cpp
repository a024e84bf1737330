#include "ui/text/network_join_strings.hpp"
#include "ui/text/text_table.hpp"

#include <array>

namespace chronik::ui {
namespace {

using Entry = TextEntry<JoinText>;

constexpr auto kCount = static_cast<std::size_t>(JoinText::Count);

// Order must follow the enum: checked once by table().
const std::array<Entry, kCount>& table() {
    static const std::array<Entry, kCount> entries{{
        {JoinText::Heading, "Einem Klassenspiel beitreten", "Join a class game"},
        {JoinText::Intro,
         "Adresse und Raumcode stehen am Beamer. Deine Antworten zählen auch für dein Lernprofil.",
         "The address and room code are on the projector. Your answers also count for your "
         "study profile."},
        {JoinText::LabelAddress, "Adresse des Lehrerrechners", "Teacher's computer address"},
        {JoinText::PlaceholderAddress, "z. B. 192.168.1.20:47800", "e.g. 192.168.1.20:47800"},
        {JoinText::LabelCode, "Raumcode", "Room code"},
        {JoinText::PlaceholderCode, "vom Beamer", "from the projector"},
        {JoinText::LabelName, "Dein Name im Spiel", "Your name in the game"},
        {JoinText::PlaceholderName, "Name", "Name"},
        {JoinText::ButtonJoin, "Beitreten", "Join"},
        {JoinText::ButtonBack, "Zurück", "Back"},
        {JoinText::HintField, "Feld wechseln", "Next field"},
        {JoinText::HintJoin, "Beitreten", "Join"},
        {JoinText::ErrorAddressEmpty,
         "Bitte die Adresse vom Beamer eingeben, z. B. 192.168.1.20:47800.",
         "Please type the address from the projector, e.g. 192.168.1.20:47800."},
        {JoinText::ErrorBadPort,
         "„{}“ ist kein Port: nach dem Doppelpunkt steht eine Zahl von 1 bis 65535.",
         "“{}” is not a port: after the colon comes a number from 1 to 65535."},
        {JoinText::ErrorBadIPv4,
         "„{}“ ist keine IP-Adresse: vier Zahlen von 0 bis 255 mit Punkten dazwischen.",
         "“{}” is not an IP address: four numbers from 0 to 255 with dots between them."},
        {JoinText::ErrorBadHostName,
         "„{}“ ist keine Rechneradresse. Bitte genau so eingeben wie am Beamer, z. B. "
         "192.168.1.20:47800.",
         "“{}” is not a computer address. Please type it exactly as on the projector, e.g. "
         "192.168.1.20:47800."},
        {JoinText::ErrorCodeEmpty, "Bitte den Raumcode vom Beamer eingeben.",
         "Please type the room code from the projector."},
        {JoinText::ErrorNameEmpty, "Bitte einen Namen eingeben, unter dem du mitspielst.",
         "Please type the name you want to play under."},
        {JoinText::Connecting, "Verbinde mit {} …", "Connecting to {} …"},
        {JoinText::ConnectFailed,
         "Keine Verbindung zu {}. Läuft das Spiel am Lehrerrechner, und stimmt die Adresse?",
         "Cannot reach {}. Is the game running on the teacher's computer, and is the address "
         "right?"},
        {JoinText::RefusedWrongCode,
         "Der Raumcode „{}“ stimmt nicht. Bitte den Code vom Beamer abschreiben "
         "(Groß- und Kleinschreibung und Leerzeichen sind egal).",
         "The room code “{}” is wrong. Please copy the code from the projector "
         "(capitals and spaces do not matter)."},
        {JoinText::RefusedEmptyName,
         "Mit diesem Namen kann der Lehrerrechner nichts anfangen. Bitte einen anderen wählen.",
         "The teacher's computer cannot use this name. Please choose another one."},
        {JoinText::RefusedGameFull, "Das Spiel ist voll. Frag deine Lehrkraft.",
         "The game is full. Ask your teacher."},
        {JoinText::RefusedGameOver, "Dieses Spiel ist schon zu Ende.",
         "This game has already ended."},
        {JoinText::RefusedReplaced,
         "Dein Platz im Spiel wurde von einer neuen Verbindung übernommen (ein anderes Fenster "
         "mit deinem Namen?).",
         "Your seat was taken over by a new connection (another window with your name?)."},
        {JoinText::RefusedTooManyTries,
         "Zu viele falsche Raumcodes von diesem Rechner. Der nächste Versuch geht in {} s.",
         "Too many wrong room codes from this computer. The next try works in {} s."},
        {JoinText::RefusedRoomLocked,
         "Die Lehrkraft hat den Raum geschlossen: Neue Namen kommen nicht mehr dazu.",
         "The teacher has closed the room: no new names can join."},
        {JoinText::AwaitingSeat,
         "„{}“ war schon im Spiel. Die Lehrkraft bestätigt am Beamer, dass du das bist …",
         "“{}” was already in the game. The teacher confirms on the projector that it is you …"},
        {JoinText::WaitingHeading, "Du bist dabei, {}!", "You're in, {}!"},
        {JoinText::WaitingBody, "Warte, bis die Lehrkraft das Spiel startet …",
         "Waiting for the teacher to start the game …"},
        {JoinText::WaitingRenamed, "Der Name war schon vergeben – du spielst als „{}“.",
         "That name was taken – you play as “{}”."},
        {JoinText::WaitingRejoined, "Willkommen zurück – dein Punktestand ist erhalten.",
         "Welcome back – your score is kept."},
        {JoinText::RoomLine, "Raum {} · {}", "Room {} · {}"},
        {JoinText::ButtonLeave, "Spiel verlassen", "Leave game"},
        {JoinText::LeaveQuestion, "Das Klassenspiel verlassen?", "Leave the class game?"},
        {JoinText::LeaveDetail,
         "Mit demselben Namen kommst du zurück, wenn die Lehrkraft es am Beamer bestätigt; "
         "dein Punktestand bleibt dann erhalten.",
         "With the same name you can come back once the teacher confirms it on the projector; "
         "your score is kept then."},
        {JoinText::LeaveConfirm, "Verlassen", "Leave"},
        {JoinText::QuestionOf, "Frage {} von {}", "Question {} of {}"},
        {JoinText::ScoreLine, "{} · {} Punkte", "{} · {} points"},
        {JoinText::Reading, "Lies die Frage – die Antworten öffnen gleich.",
         "Read the question – answers open in a moment."},
        {JoinText::AnswerNow, "Jetzt antworten!", "Answer now!"},
        {JoinText::Locked, "■ Gesperrt – deine Antwort zählt. Warte auf die Auflösung.",
         "■ Locked – your answer counts. Wait for the reveal."},
        {JoinText::RejectedTooLate, "Zu spät – die Zeit war schon um.",
         "Too late – time was already up."},
        {JoinText::RejectedPaused, "Das Spiel ist pausiert – gleich noch einmal antworten.",
         "The game is paused – answer again in a moment."},
        {JoinText::RejectedAlreadyAnswered, "Deine erste Antwort zählt.",
         "Your first answer counts."},
        {JoinText::RejectedNotOpen, "Die Antworten sind gerade nicht offen.",
         "Answers are not open right now."},
        {JoinText::SecondsLeft, "{} s", "{} s"},
        {JoinText::NoTimer, "ohne Zeitlimit", "no time limit"},
        {JoinText::Paused, "Pausiert – die Lehrkraft macht gleich weiter.",
         "Paused – the teacher will go on in a moment."},
        {JoinText::RevealCorrect, "✓ Richtig!", "✓ Correct!"},
        {JoinText::RevealWrong, "✗ Falsch – richtig ist: {}", "✗ Wrong – the answer is: {}"},
        {JoinText::RevealNoAnswer, "✗ Keine Antwort – richtig ist: {}",
         "✗ No answer – the answer is: {}"},
        {JoinText::RevealPoints, "+{} Punkte · insgesamt {}", "+{} points · {} in total"},
        {JoinText::RevealStreak, "{} richtig in Folge", "{} right in a row"},
        {JoinText::Skipped, "Diese Frage wurde übersprungen.", "This question was skipped."},
        {JoinText::SavedToProfile, "Zählt für dein Lernprofil „{}“.",
         "Counts for your study profile “{}”."},
        {JoinText::SaveFailed, "Nicht im Lernprofil gespeichert: {}",
         "Not saved in your study profile: {}"},
        {JoinText::NotInBank,
         "Diese Frage steht nicht in deinem Fragenkatalog – sie zählt nur im Spiel.",
         "This question is not in your question bank – it only counts in the game."},
        {JoinText::LeaderboardHeading, "Zwischenstand nach Frage {}",
         "Standings after question {}"},
        {JoinText::LeaderboardYou, "Du: Platz {} · {} Punkte · {} richtig",
         "You: place {} · {} points · {} right"},
        {JoinText::YouMark, "(du)", "(you)"},
        {JoinText::YourPlace, "Platz {}", "Place {}"},
        {JoinText::FinalHeading, "Endstand", "Final standings"},
        {JoinText::FinalPlace, "Du bist auf Platz {}!", "You finished in place {}!"},
        {JoinText::FinalScore, "{} Punkte · {} richtig", "{} points · {} right"},
        {JoinText::FinalScorePartialOne, "{} Punkte · {} richtig · 1 Zeitleiste teilweise",
         "{} points · {} right · 1 timeline partly right"},
        {JoinText::FinalScorePartialMany, "{} Punkte · {} richtig · {} Zeitleisten teilweise",
         "{} points · {} right · {} timelines partly right"},
        {JoinText::FinalPodium, "Siegerpodest", "Podium"},
        {JoinText::ButtonHome, "Zum Hauptmenü", "To the main menu"},
        {JoinText::LostHeading, "Verbindung verloren", "Connection lost"},
        {JoinText::LostBody,
         "Die Verbindung zum Lehrerrechner ist abgebrochen. Verbinde dich erneut: Dieses Fenster "
         "kennt deinen Platz, du behältst deinen Punktestand.",
         "The connection to the teacher's computer dropped. Connect again: this window knows "
         "your seat, so you keep your score."},
        {JoinText::ButtonReconnect, "Erneut verbinden", "Connect again"},
        {JoinText::RemovedHeading, "Aus dem Spiel genommen", "Removed from the game"},
        {JoinText::RemovedBody, "Die Lehrkraft hat dich aus diesem Spiel genommen.",
         "The teacher removed you from this game."},
        {JoinText::HintAnswer, "Antworten", "Answer"},
        {JoinText::HintReconnect, "Erneut verbinden", "Connect again"},
        {JoinText::RejectedBadOrder,
         "Die Reihenfolge kam nicht vollständig an – bitte noch einmal abschicken.",
         "The order did not arrive complete – please send it again."},
        {JoinText::TimelineIntro,
         "Karten mit der Maus ziehen – oder mit ← → wählen und mit der Leertaste aufnehmen.",
         "Drag the cards with the mouse – or choose with ← → and pick up with Space."},
        {JoinText::ButtonSendOrder, "Reihenfolge abschicken", "Send this order"},
        {JoinText::HintSendOrder, "Abschicken", "Send"},
        {JoinText::HintMoveCard, "Karte verschieben", "Move the card"},
        {JoinText::TimelineRevealAll, "✓ Alle {} Paare in richtiger Reihenfolge!",
         "✓ All {} pairs in the right order!"},
        {JoinText::TimelineRevealSome, "{} von {} Paaren in richtiger Reihenfolge",
         "{} of {} pairs in the right order"},
        {JoinText::TimelineRevealNone, "✗ Keine Reihenfolge abgeschickt", "✗ No order sent"},
        {JoinText::TimelineLegend,
         "Oben: die richtige Reihenfolge mit Jahreszahlen · ✓ an deinem Platz, sonst dein Platz",
         "Top: the right order with dates · ✓ where you put it, else the slot you chose"},
    }};
    static const bool checked = check_text_order<JoinText>(entries, "join");
    (void)checked;
    return entries;
}

}  // namespace

const std::string& text(const StringTable& strings, JoinText id) {
    return pick_text<JoinText>(table(), id, strings.language());
}

std::string format(const StringTable& strings, JoinText id,
                   std::initializer_list<std::string_view> args) {
    return fill_placeholders(text(strings, id), args);
}

}  // namespace chronik::ui
