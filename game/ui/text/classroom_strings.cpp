#include "ui/text/classroom_strings.hpp"
#include "ui/text/text_table.hpp"

#include <array>

namespace chronik::ui {
namespace {

using Entry = TextEntry<ClassText>;

constexpr std::size_t kCount = static_cast<std::size_t>(ClassText::Count);

// Order must follow the enum: checked once by table().
const std::array<Entry, kCount>& table() {
    static const std::array<Entry, kCount> entries{{
        {ClassText::SetupHeading, "Klassenspiel", "Class game"},
        {ClassText::SetupTeams, "Teams (Farbe, Symbol, Tasten)", "Teams (colour, symbol, keys)"},
        {ClassText::SetupSettings, "Spiel", "Game"},
        {ClassText::SetupAddTeam, "+ Team hinzufügen", "+ Add team"},
        {ClassText::SetupTeamRow, "{}   ·   {}", "{}   ·   {}"},
        {ClassText::SetupSpeedBonus, "Tempobonus: {}", "Speed bonus: {}"},
        {ClassText::SetupStreakBonus, "Serienbonus: {}", "Streak bonus: {}"},
        {ClassText::SetupTimer, "Antwortzeit: {}", "Answer time: {}"},
        {ClassText::SetupTimerNone, "ohne Zeitlimit", "no limit"},
        {ClassText::SetupSeconds, "{} s", "{} s"},
        {ClassText::SetupReading, "Lesezeit vor den Antworten: {}",
         "Reading time before answers: {}"},
        {ClassText::SetupReadingNone, "keine", "none"},
        {ClassText::SetupQuestions, "Fragen: {}", "Questions: {}"},
        {ClassText::SetupPodium, "Siegertreppchen: {} Plätze", "Podium: {} places"},
        {ClassText::SetupMix, "Fragearten: {}", "Question kinds: {}"},
        {ClassText::MixMultipleChoice, "Multiple Choice", "multiple choice"},
        {ClassText::MixMultipleChoiceTimeline, "Multiple Choice + Zeitleiste",
         "multiple choice + timeline"},
        {ClassText::MixDates, "Jahreszahlen", "dates"},
        {ClassText::MixEverything, "alles gemischt", "everything mixed"},
        {ClassText::SetupTopic, "Thema: {}", "Topic: {}"},
        {ClassText::SetupTopicAll, "alle Themen", "all topics"},
        {ClassText::SetupOn, "an", "on"},
        {ClassText::SetupOff, "aus", "off"},
        {ClassText::SetupStart, "Spiel starten", "Start game"},
        {ClassText::SetupSummary,
         "{} Fragen, davon {} Zeitleisten-Runden (jedes Team legt {} pro Runde)",
         "{} questions, {} of them timeline rounds (each team places {} per round)"},
        {ClassText::SetupSummaryOneTimeline,
         "{} Fragen, davon eine Zeitleisten-Runde (jedes Team legt {})",
         "{} questions, one of them a timeline round (each team places {})"},
        {ClassText::SetupTurnsOne, "ein Ereignis", "one event"},
        {ClassText::SetupTurnsMany, "{} Ereignisse", "{} events"},
        {ClassText::SetupCannotStart,
         "So kann das Spiel nicht starten – wähle ein anderes Thema oder andere Fragearten. "
         "(technische Angabe: {})",
         "The game cannot start like this – choose another topic or other question kinds. "
         "(technical detail: {})"},
        {ClassText::SetupHintChange, "Wert ändern", "change value"},
        {ClassText::SetupHintEdit, "Team bearbeiten / umschalten", "edit team / toggle"},
        {ClassText::SetupHintStart, "Spiel starten", "start game"},
        {ClassText::TeamHeading, "Team bearbeiten", "Edit team"},
        {ClassText::TeamName, "Name: {}", "Name: {}"},
        {ClassText::TeamColour, "Farbe: {}", "Colour: {}"},
        {ClassText::TeamSymbol, "Symbol: {}", "Symbol: {}"},
        {ClassText::TeamKey, "Taste für Antwort {}: {}", "Key for answer {}: {}"},
        {ClassText::TeamRemove, "Team entfernen", "Remove team"},
        {ClassText::TeamDone, "Fertig", "Done"},
        {ClassText::TeamPressKey, "Drücke die neue Taste für Antwort {} (Esc: abbrechen).",
         "Press the new key for answer {} (Esc: cancel)."},
        {ClassText::TeamKeyTaken, "Taste {} gehört schon „{}“ (Antwort {}) – nicht geändert.",
         "Key {} already belongs to “{}” (answer {}) – not changed."},
        {ClassText::TeamKeyNotAllowed,
         "Nur Buchstaben und Ziffern: F-Tasten, Leertaste, Enter und Pfeile steuern das Spiel.",
         "Letters and digits only: F keys, Space, Enter and the arrows control the game."},
        {ClassText::TeamNamePrompt, "Name des Teams", "Team name"},
        {ClassText::TeamNameTaken, "Diesen Namen hat schon ein anderes Team.",
         "Another team has this name already."},
        {ClassText::TeamNameEmpty, "Der Name darf nicht leer sein.", "The name must not be empty."},
        {ClassText::TeamMinimum, "Es braucht mindestens zwei Teams.",
         "A game needs at least two teams."},
        {ClassText::ColourRed, "Rot", "red"},
        {ClassText::ColourBlue, "Blau", "blue"},
        {ClassText::ColourGreen, "Grün", "green"},
        {ClassText::ColourYellow, "Gelb", "yellow"},
        {ClassText::ColourPurple, "Lila", "purple"},
        {ClassText::ColourOrange, "Orange", "orange"},
        {ClassText::SymbolCircle, "Kreis", "circle"},
        {ClassText::SymbolSquare, "Quadrat", "square"},
        {ClassText::SymbolTriangle, "Dreieck", "triangle"},
        {ClassText::SymbolStar, "Stern", "star"},
        {ClassText::SymbolDiamond, "Raute", "diamond"},
        {ClassText::SymbolCross, "Kreuz", "cross"},
        {ClassText::PlayQuestionOf, "Runde {} von {}", "Round {} of {}"},
        {ClassText::PlayTimelineRound, "Zeitleiste", "Timeline"},
        {ClassText::PlayGetReady, "Lest die Frage – gleich öffnen die Antworten.",
         "Read the question – answers open in a moment."},
        {ClassText::PlayAnswerNow, "Jetzt antworten!", "Answer now!"},
        {ClassText::PlayNoTimer, "ohne Zeitlimit – die Lehrkraft deckt auf (F2)",
         "no time limit – the teacher reveals (F2)"},
        {ClassText::PlayLocked, "gesperrt", "locked"},
        {ClassText::PlayWaiting, "…", "…"},
        {ClassText::PlayPaused, "Pause – Leertaste: weiter", "Paused – Space: continue"},
        {ClassText::PlayCorrectAnswer, "Richtig ist: {}", "The answer: {}"},
        {ClassText::PlayNoAnswer, "keine Antwort", "no answer"},
        {ClassText::PlayRight, "richtig", "right"},
        {ClassText::PlayWrong, "falsch", "wrong"},
        {ClassText::PlayPoints, "+{}", "+{}"},
        {ClassText::PlayLeaderboard, "Zwischenstand", "Standings"},
        {ClassText::PlayPointsOf, "{} Punkte", "{} points"},
        {ClassText::PlayTurnOf, "{} ist dran", "{}: your turn"},
        {ClassText::PlayTurnPrompt, "Wohin gehört dieses Ereignis?",
         "Where does this event belong?"},
        {ClassText::PlayTurnKeys, "{} ◀   {} ▶   {} / {} einordnen", "{} ◀   {} ▶   {} / {} place"},
        {ClassText::PlayTurnRight, "Richtig eingeordnet! +{}", "Placed right! +{}"},
        {ClassText::PlayTurnWrong, "Falsch – das Ereignis steht jetzt an seinem richtigen Platz.",
         "Wrong – the event now stands at its right place."},
        {ClassText::PlayTurnTimeUp,
         "Zeit abgelaufen – das Ereignis steht jetzt an seinem richtigen Platz.",
         "Time is up – the event now stands at its right place."},
        {ClassText::PlayTurnSkipped, "Rest der Runde übersprungen", "rest of the round skipped"},
        {ClassText::PlayPodium, "Siegerehrung", "Podium"},
        {ClassText::PlayPlace, "{}. Platz", "{}. place"},
        {ClassText::PlaySavedTo, "Ergebnisse gespeichert: {}", "Results saved: {}"},
        {ClassText::PlaySaveFailed, "Ergebnisse nicht gespeichert: {}", "Results not saved: {}"},
        {ClassText::PlayDistribution, "Auswertung: Wie hat die Klasse geantwortet?",
         "Breakdown: how did the class answer?"},
        {ClassText::PlayDistributionRight, "{} von {} Teams richtig", "{} of {} teams right"},
        {ClassText::PlaySkipped, "übersprungen", "skipped"},
        {ClassText::PlayPage, "Seite {} von {}", "Page {} of {}"},
        {ClassText::PlayTimelineSummary, "Zeitleiste {}: {} von {} Ereignissen richtig eingeordnet",
         "Timeline {}: {} of {} events placed right"},
        {ClassText::PlayToDistribution, "Auswertung", "Breakdown"},
        {ClassText::PlayToHome, "Zum Hauptmenü", "Back to home"},
        {ClassText::PlayHintTeams, "Teams: eigene Tasten / Gamepad", "Teams: own keys / gamepad"},
        {ClassText::HintPauseResume, "Pause", "pause"},
        {ClassText::HintNext, "weiter", "next"},
        {ClassText::HintReveal, "aufdecken", "reveal"},
        {ClassText::HintSkip, "überspringen", "skip"},
        {ClassText::HintEnd, "beenden", "end"},
        {ClassText::HintHelp, "Hilfe", "help"},
        {ClassText::HintMenu, "Menü", "menu"},
        {ClassText::HintPage, "blättern", "page"},
        {ClassText::HelpHeading, "Tasten für die Lehrkraft", "Teacher keys"},
        {ClassText::HelpPause, "Pause / weiter (stoppt die Uhr)",
         "pause / continue (stops the clock)"},
        {ClassText::HelpNext, "weiter: Antworten öffnen, Zwischenstand, nächste Frage",
         "next: open answers, standings, next question"},
        {ClassText::HelpReveal, "Antworten jetzt aufdecken", "reveal the answers now"},
        {ClassText::HelpSkip, "Frage überspringen (zählt nicht) / Rest der Zeitleiste",
         "skip the question (unscored) / rest of the timeline"},
        {ClassText::HelpEnd, "Spiel beenden: gleich zur Siegerehrung",
         "end the game: straight to the podium"},
        {ClassText::HelpHelp, "diese Hilfe ein- und ausblenden", "show or hide this help"},
        {ClassText::HelpMenu, "Pausenmenü (Spiel verlassen)", "pause menu (leave the game)"},
        {ClassText::HelpTeams,
         "Teams antworten mit ihren vier Tasten oder dem Gamepad (Gamepad 1 = Team 1, Knöpfe 1–4 = "
         "Antworten); die erste Taste zählt. In der Zeitleiste: 1. Taste links, 2. rechts, 3./4. "
         "einordnen.",
         "Teams answer with their four keys or a gamepad (gamepad 1 = team 1, buttons 1–4 = "
         "answers); the first press counts. On the timeline: 1st key left, 2nd right, 3rd/4th "
         "place."},
        {ClassText::HelpClose, "Schließen", "Close"},
        {ClassText::PlayAgain, "Neues Spiel", "New game"},
        {ClassText::HintPlace, "einordnen", "place"},
        {ClassText::HintMoveGap, "Lücke wählen", "choose the gap"},
        {ClassText::PlayPausedBanner, "Pause", "Paused"},
        {ClassText::PlayNoAnswerCount, "{} ohne Antwort", "{} without an answer"},
    }};
    static const bool checked = check_text_order<ClassText>(entries, "class game");
    (void)checked;
    return entries;
}

}  // namespace

const std::string& text(const StringTable& strings, ClassText id) {
    return pick_text<ClassText>(table(), id, strings.language());
}

std::string format(const StringTable& strings, ClassText id,
                   std::initializer_list<std::string_view> args) {
    return fill_placeholders(text(strings, id), args);
}

}  // namespace chronik::ui
