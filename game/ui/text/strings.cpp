#include "ui/text/strings.hpp"

#include <array>
#include <stdexcept>

namespace chronik::ui {
namespace {

struct Entry {
    TextId id;
    std::string de;
    std::string en;
};

// Order must follow the enum: checked once at start-up by table().
const std::array<Entry, static_cast<std::size_t>(TextId::Count)>& table() {
    static const std::array<Entry, static_cast<std::size_t>(TextId::Count)> entries{{
        {TextId::AppName, "Chronik", "Chronik"},
        {TextId::TitleTagline, "Geschichte lernen – Frage für Frage, Jahr für Jahr",
         "Learn history – question by question, year by year"},
        {TextId::TitlePressAnyKey, "Beliebige Taste drücken", "Press any key"},
        {TextId::ProfilesHeading, "Wer lernt heute?", "Who is studying today?"},
        {TextId::ProfilesEmpty, "Noch keine Profile. Lege eines an, um zu beginnen.",
         "No profiles yet. Create one to begin."},
        {TextId::ProfilesNew, "Neues Profil", "New profile"},
        {TextId::ProfilesOpen, "Öffnen", "Open"},
        {TextId::ProfilesRename, "Umbenennen", "Rename"},
        {TextId::ProfilesDelete, "Löschen", "Delete"},
        {TextId::ProfilesNamePrompt, "Wie heißt das neue Profil?", "Name of the new profile?"},
        {TextId::ProfilesRenamePrompt, "Neuer Name für „{}“", "New name for “{}”"},
        {TextId::ProfilesNamePlaceholder, "Name eingeben …", "Type a name …"},
        {TextId::ProfilesDeleteQuestion, "Profil „{}“ löschen?", "Delete profile “{}”?"},
        {TextId::ProfilesDeleteDetail,
         "Das Profil wird in den Papierkorb im Spielstand-Ordner verschoben und kann von dort "
         "wiederhergestellt werden.",
         "The profile is moved to the trash folder inside the saves folder and can be restored "
         "from there."},
        {TextId::SavesReadOnly,
         "Der Speicherordner ist schreibgeschützt – Fortschritt wird nicht gespeichert. Du kannst "
         "trotzdem lernen und üben; alles bisher Gespeicherte bleibt erhalten.",
         "The saves folder is read-only – progress is not saved. You can still study and "
         "practise; everything saved before is kept."},
        {TextId::SavesReadOnlyCreate,
         "Der Speicherordner ist schreibgeschützt – hier kann kein neues Profil angelegt werden.",
         "The saves folder is read-only – no new profile can be created here."},
        {TextId::SavesReadOnlyStatus, "Üben ohne Speichern (Ordner schreibgeschützt)",
         "Practice without saving (folder is read-only)"},
        {TextId::SavesReadOnlySettings,
         "Nicht gespeichert: der Speicherordner ist schreibgeschützt.",
         "Not saved: the saves folder is read-only."},
        {TextId::HomeGreeting, "Hallo, {}!", "Hello, {}!"},
        {TextId::HomeDue, "Heute fällig", "Due today"},
        {TextId::HomeNew, "Neue Karten", "New cards"},
        {TextId::HomeStreak, "Lernserie", "Streak"},
        {TextId::HomeStreakDays, "{} Tage", "{} days"},
        {TextId::HomeStreakOneDay, "1 Tag", "1 day"},
        {TextId::HomeStudy, "Lernen", "Study"},
        {TextId::HomeQuiz, "Quiz", "Quiz"},
        {TextId::HomeTimeline, "Zeitleiste", "Timeline"},
        {TextId::HomeClassGame, "Klassenspiel", "Class game"},
        {TextId::HomeStatistics, "Statistik", "Statistics"},
        {TextId::HomeSettings, "Einstellungen", "Settings"},
        {TextId::HomeReadSource, "Quelle lesen", "Read the source"},
        {TextId::HomeSwitchProfile, "Profil wechseln", "Switch profile"},
        {TextId::HomeQuit, "Beenden", "Quit"},
        {TextId::PauseHeading, "Pause", "Paused"},
        {TextId::PauseResume, "Weiterspielen", "Resume"},
        {TextId::PauseQuitToHome, "Zur Startseite", "Quit to home"},
        {TextId::PauseSavedNote, "Dein Fortschritt ist bereits gespeichert.",
         "Your progress is already saved."},
        {TextId::NoticeHeading, "Beim Start ist etwas aufgefallen",
         "Something needs your attention"},
        {TextId::NoticeDismiss, "Verstanden", "Got it"},
        {TextId::DialogOk, "OK", "OK"},
        {TextId::DialogCancel, "Abbrechen", "Cancel"},
        {TextId::DialogConfirmDelete, "Löschen", "Delete"},
        {TextId::HintNavigate, "Auswählen", "Select"},
        {TextId::HintSelect, "Bestätigen", "Confirm"},
        {TextId::HintBack, "Zurück", "Back"},
        {TextId::HintNew, "Neu", "New"},
        {TextId::HintRename, "Umbenennen", "Rename"},
        {TextId::HintDelete, "Löschen", "Delete"},
        {TextId::HintType, "Tippen", "Type"},
        {TextId::HintFullscreen, "Vollbild", "Full screen"},
        {TextId::HintQuit, "Beenden", "Quit"},
        {TextId::HintScroll, "Blättern", "Scroll"},
        {TextId::ProblemDeck,
         "Die Fragensammlung {} wurde nicht geladen; alle anderen Fragen sind spielbar ({}).",
         "The question deck {} was not loaded; every other question can be played ({})."},
        {TextId::ProblemSave,
         "Der Spielstand von „{}“ wurde beim Öffnen geprüft und repariert; nichts wurde gelöscht "
         "({}).",
         "The save of “{}” was checked and repaired when it was opened; nothing was deleted ({})."},
        {TextId::ProblemProfiles, "Profile: {}", "Profiles: {}"},
        {TextId::ErrorEmptyName, "Bitte einen Namen eingeben.", "Please type a name."},
        {TextId::QuizQuestionOf, "Frage {} von {}", "Question {} of {}"},
        {TextId::QuizScore, "{} Punkte · Serie {}", "{} points · streak {}"},
        {TextId::QuizCorrect, "Richtig!", "Correct!"},
        {TextId::QuizWrong, "Leider falsch. Richtig ist: {}", "Not quite. The answer is: {}"},
        {TextId::QuizTimeUp, "Die Zeit ist um. Richtig ist: {}", "Time is up. The answer is: {}"},
        {TextId::QuizTimedOut, "Zeit abgelaufen. Richtig ist: {}", "Time is up. The answer is: {}"},
        {TextId::QuizPointsWon, "+{} Punkte", "+{} points"},
        {TextId::QuizNext, "Weiter", "Next"},
        {TextId::QuizFinish, "Zum Ergebnis", "See results"},
        {TextId::QuizSource, "Im Text: „{}“", "In the text: “{}”"},
        {TextId::QuizNoQuestions, "Für ein Quiz sind keine Fragen verfügbar: {}",
         "No questions are available for a quiz: {}"},
        {TextId::QuizSaveFailed, "Die Antwort wurde nicht gespeichert: {}",
         "The answer was not saved: {}"},
        {TextId::HintAnswer, "Antworten", "Answer"},
        {TextId::HintPause, "Pause", "Pause"},
        {TextId::HintNext, "Weiter", "Next"},
        {TextId::ResultsHeading, "Runde geschafft", "Round complete"},
        {TextId::ResultsScore, "Punkte", "Points"},
        {TextId::ResultsAccuracy, "Treffer", "Accuracy"},
        {TextId::ResultsTime, "Zeit", "Time"},
        {TextId::ResultsBestStreak, "Beste Serie", "Best streak"},
        {TextId::ResultsMissed, "Zum Wiederholen", "To review"},
        {TextId::ResultsNoneMissed, "Alles richtig – nichts zu wiederholen.",
         "All correct – nothing to review."},
        {TextId::ResultsPractiseMissed, "Verpasste jetzt üben", "Practise the missed ones"},
        {TextId::ResultsHome, "Zur Startseite", "Back to home"},
        {TextId::ResultsAnswerWas, "{} → {}", "{} → {}"},
        {TextId::TimelineHeading, "Ordne die Ereignisse auf der Zeitleiste",
         "Put the events in order on the timeline"},
        {TextId::TimelineEarlier, "← früher", "← earlier"},
        {TextId::TimelineLater, "später →", "later →"},
        {TextId::TimelineCheck, "Prüfen", "Check"},
        {TextId::TimelinePairs, "{} von {} Paaren in richtiger Reihenfolge = {} %",
         "{} of {} pairs in the right order = {} %"},
        {TextId::TimelinePairScore, "Paare richtig", "Pairs right"},
        {TextId::TimelinePairsOrdered, "Paare", "Pairs"},
        {TextId::TimelineInRun, "Richtig platziert", "Placed right"},
        {TextId::TimelineAgain, "Neue Zeitleiste", "New timeline"},
        {TextId::TimelineMarkInRun, "✓ passt", "✓ fits"},
        {TextId::TimelineMarkNeighbour, "≈ knapp", "≈ close"},
        {TextId::TimelineMarkOut, "✗ falsch", "✗ out of place"},
        {TextId::TimelineCorrectOrder,
         "Die richtige Reihenfolge mit Daten:", "The correct order, with dates:"},
        {TextId::HintMove, "Wählen / Verschieben", "Choose / move"},
        {TextId::HintPickUp, "Aufnehmen / Ablegen", "Pick up / put down"},
        {TextId::HintCheck, "Prüfen", "Check"},
        {TextId::TimelineUnavailable, "Für eine Zeitleiste fehlen Ereignisse: {}",
         "Not enough events for a timeline: {}"},
        {TextId::StudyProgress, "Karte {} · noch {} heute", "Card {} · {} left today"},
        {TextId::StudyQueueCounts, "Karte {} · heute noch {} neu · {} in Lernschritten · {} fällig",
         "Card {} · left today: {} new · {} learning · {} due"},
        {TextId::ProfilesToday, "heute {} fällig · {} neu", "today {} due · {} new"},
        {TextId::StudyFlip, "Umdrehen", "Flip"},
        {TextId::StudyAgain, "Nochmal", "Again"},
        {TextId::StudyHard, "Schwer", "Hard"},
        {TextId::StudyGood, "Gut", "Good"},
        {TextId::StudyEasy, "Leicht", "Easy"},
        {TextId::StudyUndo, "Rückgängig", "Undo"},
        {TextId::StudyUndone, "Letzte Antwort zurückgenommen.", "Last answer undone."},
        {TextId::StudyNothingToUndo, "Es gibt nichts zurückzunehmen.", "There is nothing to undo."},
        {TextId::StudyUndoFailed, "Rückgängig fehlgeschlagen: {}", "Undo failed: {}"},
        {TextId::StudyReadSource, "Im Text nachlesen", "Read the passage"},
        {TextId::StudyAnswer, "Antwort", "Answer"},
        {TextId::StudyDoneHeading, "Für heute geschafft!", "Done for today!"},
        {TextId::StudyDoneTomorrow, "Morgen fällig: {} Karten · dazu bis zu {} neue Karten.",
         "Due tomorrow: {} cards · plus up to {} new cards."},
        {TextId::StudyLearningLater, "{} Lernkarten kommen heute nach einer kurzen Pause wieder.",
         "{} learning cards come back later today after a short wait."},
        {TextId::StudyDoneSession, "In dieser Sitzung: {} Karten gelernt.",
         "This session: {} cards studied."},
        {TextId::StudyAhead, "Vorauslernen", "Study ahead"},
        {TextId::StudyWeak, "Schwache Karten üben", "Practise weak cards"},
        {TextId::StudyPracticeBanner, "Übung – ändert deinen Lernplan nicht",
         "Practice – does not change your schedule"},
        {TextId::StudyKnew, "Gewusst", "Knew it"},
        {TextId::StudyDidNotKnow, "Nicht gewusst", "Did not know"},
        {TextId::StudyPracticeDone, "Übung beendet: {} von {} gewusst.",
         "Practice finished: {} of {} known."},
        {TextId::StudyNoCards, "Es gibt noch keine Karten zum Üben.",
         "There are no cards to practise yet."},
        {TextId::DurationUnderMinute, "< 1 Min", "< 1 min"},
        {TextId::DurationMinutes, "{} Min", "{} min"},
        {TextId::DurationHours, "{} Std", "{} h"},
        {TextId::DurationDays, "{} Tg", "{} d"},
        {TextId::DurationMonths, "{} Mon", "{} mo"},
        {TextId::DurationYears, "{} J", "{} y"},
        {TextId::HintFlip, "Umdrehen", "Flip"},
        {TextId::HintGrade, "Bewerten", "Grade"},
        {TextId::HintUndo, "Rückgängig", "Undo"},
        {TextId::HintReadSource, "Nachlesen", "Look up"},
        {TextId::HintBackHome, "Zurück", "Back"},
        {TextId::SourceHeading, "Quelle: {}", "Source: {}"},
        {TextId::SourceNoText, "Zu diesem Stapel gibt es keinen Quelltext.",
         "This deck has no source text."},
        {TextId::SourceNotFound,
         "Die zitierte Stelle wurde im Text nicht gefunden; der Anfang wird gezeigt.",
         "The quoted passage was not found in the text; showing the beginning."},
        {TextId::SourcePassage, "Markiert: die Stelle, aus der die Frage stammt.",
         "Highlighted: the passage the question comes from."},
        {TextId::SourcePosition, "Zeile {} von {}", "Line {} of {}"},
        {TextId::HintPage, "Seite", "Page"},
        {TextId::HintJumpPassage, "Zur Stelle", "To the passage"},
        {TextId::SettingsHeading, "Einstellungen", "Settings"},
        {TextId::SettingsLanguage, "Sprache", "Language"},
        {TextId::SettingsRetention, "Gewünschte Behaltensquote", "Desired retention"},
        {TextId::SettingsRetentionMeaning,
         "Von 100 fälligen Karten weißt du etwa {} noch. Erwartete Last: etwa {} Wiederholungen "
         "pro Tag.",
         "Of 100 due cards you still know about {}. Expected load: about {} reviews a day."},
        {TextId::SettingsNewLimit, "Neue Karten pro Tag", "New cards per day"},
        {TextId::SettingsReviewLimit, "Wiederholungen pro Tag", "Reviews per day"},
        {TextId::SettingsTimer, "Zeitlimit pro Frage", "Time limit per question"},
        {TextId::SettingsVolume, "Lautstärke", "Sound volume"},
        {TextId::SettingsUiScale, "Fenstergröße (UI-Skalierung)", "Window size (UI scale)"},
        {TextId::SettingsHighContrast, "Hoher Kontrast", "High contrast"},
        {TextId::SettingsReduceMotion, "Animationen", "Animations"},
        {TextId::SettingsKeys, "Tastenbelegung", "Key bindings"},
        {TextId::SettingsOn, "An", "On"},
        {TextId::SettingsOff, "Aus", "Off"},
        {TextId::SettingsSeconds, "{} s", "{} s"},
        {TextId::SettingsLanguageNow, "Gilt sofort für jeden Bildschirm dieses Profils.",
         "Applies at once to every screen of this profile."},
        {TextId::SettingsScaleNow,
         "Fenster {} × {} Pixel, Schrift entsprechend schärfer. F11 schaltet den Vollbildmodus um.",
         "Window {} × {} pixels, with text sharpened to match. F11 toggles full screen."},
        {TextId::SettingsVolumeNow,
         "Jede Änderung spielt einen Probeton; 0 % schaltet die Töne aus.",
         "Every change plays a test sound; 0 % turns the sounds off."},
        {TextId::SettingsCommandLineWins,
         "Gespeichert. Für diesen Start gilt die Angabe auf der Kommandozeile ({}).",
         "Saved. For this run the command line's {} applies."},
        {TextId::SettingsTimerNextQuiz,
         "Gilt ab der nächsten Quizrunde: ein Balken zeigt die verbleibende Zeit.",
         "Applies from the next quiz: a bar shows the time left."},
        {TextId::SettingsSaved, "Gespeichert.", "Saved."},
        {TextId::SettingsNotSaved, "Nicht gespeichert: {}", "Not saved: {}"},
        {TextId::SettingsPressKey, "Drücke die neue Taste für „{}“ – Esc bricht ab.",
         "Press the new key for “{}” – Esc cancels."},
        {TextId::SettingsKeyConflict, "„{}“ ist schon mit „{}“ belegt.",
         "“{}” is already used for “{}”."},
        {TextId::SettingsKeyReserved, "„{}“ ist für die Navigation reserviert.",
         "“{}” is reserved for navigation."},
        {TextId::SettingsResetKeys, "Standardtasten", "Default keys"},
        {TextId::ActionAnswer, "Antwort {}", "Answer {}"},
        {TextId::ActionFlip, "Karte umdrehen / Gut", "Flip card / Good"},
        {TextId::ActionUndo, "Rückgängig", "Undo"},
        {TextId::ActionReadSource, "Im Text nachlesen", "Read the passage"},
        {TextId::HintChange, "Ändern", "Change"},
        {TextId::ExamQuestionOf, "Frage {} von {} · {} beantwortet",
         "Question {} of {} · {} answered"},
        {TextId::ExamTimeLeft, "Noch {}", "{} left"},
        {TextId::ExamTimelineTask, "Ordne die Ereignisse: das früheste oben, das späteste unten.",
         "Put the events in order: the earliest at the top, the latest at the bottom."},
        {TextId::ExamPrevious, "Zurück", "Back"},
        {TextId::ExamNext, "Weiter", "Next"},
        {TextId::ExamSubmit, "Abgeben", "Hand in"},
        {TextId::ExamGrade, "Note {} – {}", "Grade {} – {}"},
        {TextId::ExamPoints, "{} von {} Punkten ({} %) · Zeit {}",
         "{} of {} points ({} %) · time {}"},
        {TextId::ExamTimedOut, "Die Zeit war um: gewertet wurde, was bis dahin beantwortet war.",
         "Time was up: what was answered by then was graded."},
        {TextId::ExamYourAnswer, "Deine Antwort: {}", "Your answer: {}"},
        {TextId::ExamRightAnswer, "Richtig: {}", "Correct: {}"},
        {TextId::ExamNoAnswer, "keine Antwort", "no answer"},
        {TextId::ExamPointsOf, "{} von {} Punkten", "{} of {} points"},
        {TextId::ExamYourOrder, "Deine Reihenfolge: {}", "Your order: {}"},
        {TextId::ExamRightOrder, "Richtige Reihenfolge:", "Correct order:"},
        {TextId::ExamUntouched, "Die Zeitleiste wurde nicht geordnet.",
         "The timeline was not put in order."},
        {TextId::ExamUnavailable, "Für eine Prüfung fehlen Fragen: {}",
         "Not enough questions for an exam: {}"},
        {TextId::HintChoose, "Wählen", "Choose"},
        {TextId::HintHandIn, "Abgeben", "Hand in"},
        {TextId::HintQuestion, "Frage", "Question"},
        {TextId::HintCarry, "Aufnehmen/Ablegen", "Pick up/drop"},
        {TextId::HomeExam, "Prüfung", "Exam"},
        {TextId::HomeKeyStudy, "L", "S"},
        {TextId::HomeKeyQuiz, "Q", "Q"},
        {TextId::HomeKeyTimeline, "Z", "T"},
        {TextId::HomeKeyClassGame, "K", "C"},
        {TextId::HomeKeyStatistics, "S", "A"},
        {TextId::HomeKeySettings, "E", "O"},
        {TextId::HomeKeyReadSource, "T", "R"},
        {TextId::HomeKeyExam, "R", "E"},
        {TextId::StatsReviews, "Wiederholungen pro Tag (30 Tage)", "Reviews per day (30 days)"},
        {TextId::StatsRetention, "Tatsächliche Behaltensquote (Wochen)", "True retention (weeks)"},
        {TextId::StatsForecast, "Fällig in den nächsten 30 Tagen", "Due in the next 30 days"},
        {TextId::StatsMastery, "Beherrschung nach Thema", "Mastery by topic"},
        {TextId::StatsCalendar, "Lernkalender (12 Wochen)", "Study calendar (12 weeks)"},
        {TextId::StatsNew, "Neu", "New"},
        {TextId::StatsLearning, "Lernend", "Learning"},
        {TextId::StatsYoung, "Jung (< 21 Tage)", "Young (< 21 days)"},
        {TextId::StatsMature, "Gefestigt (≥ 21 Tage)", "Mature (≥ 21 days)"},
        {TextId::StatsMax, "höchstens {} · gesamt {}", "max {} · total {}"},
        {TextId::StatsDaysAgo, "vor 29 Tagen", "29 days ago"},
        {TextId::StatsToday, "heute", "today"},
        {TextId::StatsIn30, "in 29 Tagen", "in 29 days"},
        {TextId::StatsNoData, "Noch keine Daten", "No data yet"},
        {TextId::StatsTarget, "Ziel {} % (gestrichelt) · zuletzt {} %",
         "target {} % (dashed) · last {} %"},
        {TextId::StatsLess, "weniger", "less"},
        {TextId::StatsMore, "mehr", "more"},
        {TextId::SettingsChangedOnTwoComputers, "Auf zwei Computern geändert: {} {} — {} behalten",
         "Changed on two computers: {} {} — {} kept"},
        {TextId::StatsDevices, "Gelernt auf: {}", "Studied on: {}"},
        {TextId::StatsDeviceThis, "{} (dieser Computer): {}", "{} (this computer): {}"},
        {TextId::ProfilesSeveralComputers,
         "Chronik auf mehreren Computern: Lege den Speicherordner in einen Ordner, den "
         "Syncthing, Nextcloud oder ein Netzlaufwerk abgleicht, oder starte Chronik mit "
         "--saves ORDNER. Jeder Computer schreibt seine Antworten in eigene Dateien; beim Öffnen "
         "werden "
         "die Antworten aller Computer zusammengeführt, ohne Nachfrage. Wie oft welcher "
         "Computer beigetragen hat, zeigt die Statistik.",
         "Chronik on several computers: put the saves folder in a folder that Syncthing, "
         "Nextcloud or a network drive keeps in step, or start Chronik with --saves FOLDER. "
         "Each computer writes its answers to files of its own; opening a profile merges every "
         "computer's "
         "answers, without asking. The statistics show what each computer contributed."},
        {TextId::ProfilesRenamedOnTwoComputers,
         "Auf zwei Computern umbenannt: {} — „{}“ behalten. Nochmals umbenennen entscheidet.",
         "Renamed on two computers: {} — “{}” kept. Renaming it again settles it."},
        {TextId::HomeKeySwitchProfile, "P", "P"},
        {TextId::HomeKeyQuit, "B", "X"},
        {TextId::HintShortcut, "Direktwahl", "Shortcut"},
        {TextId::HomeNetworkGame, "Netzwerkspiel", "Network game"},
        {TextId::HomeKeyNetworkGame, "N", "N"},
        {TextId::HomeDecks, "Stapel", "Decks"},
        {TextId::HomeKeyDecks, "D", "D"},
        {TextId::HomeExamPlan, "Prüfungsplan", "Exam plan"},
        {TextId::HomeKeyExamPlan, "M", "L"},
        {TextId::ResultsRowsShown, "{}–{} von {}", "{}–{} of {}"},
        {TextId::NetworkHeading, "Netzwerkspiel", "Network game"},
        {TextId::NetworkHost, "Spiel leiten", "Host a game"},
        {TextId::NetworkHostDetail,
         "Dieser Rechner zeigt die Fragen am Beamer. Die Klasse spielt im Browser mit (Handy, "
         "Tablet, Laptop: QR-Code scannen) oder in Chronik.",
         "This computer shows the questions on the projector. The class plays in the browser "
         "(phone, tablet, laptop: scan the QR code) or in Chronik."},
        {TextId::NetworkJoin, "Beitreten", "Join a game"},
        {TextId::NetworkJoinDetail,
         "Mit Adresse und Raumcode vom Beamer an einem Spiel teilnehmen. Deine Antworten zählen "
         "auch für dein Lernprofil.",
         "Take part with the address and room code from the projector. Your answers also count "
         "for your study profile."},
        {TextId::ProblemDetail, "technische Angabe: {}", "technical detail: {}"},
        {TextId::NoticeEarlierSaves,
         "Spielstände einer früheren Chronik-Version liegen in {}. Chronik speichert jetzt in {}. "
         "Um die alten weiterzuspielen, starte „chronik --saves {}“ oder verschiebe ihre "
         "Profilordner nach {}.",
         "Saves of an earlier Chronik are in {}. Chronik now saves in {}. To go on with them, "
         "start “chronik --saves {}” or move their profile folders to {}."},
        {TextId::StudyDeckBanner, "Nur Stapel „{}“", "Deck “{}” only"},
        {TextId::HomeNewHeldLimit,
         "Tageslimit erreicht: heute {} neue Karten in Lernen (Limit {}). Mehr: Einstellungen, "
         "oder Stapel → Stapel lernen.",
         "Daily limit reached: {} new cards studied today (limit {}). More: Settings, or Decks → "
         "Study deck."},
        {TextId::HomeNewHeldZero,
         "Keine neuen Karten: „Neue Karten pro Tag“ steht auf 0 (Einstellungen); {} ungesehen.",
         "No new cards: “New cards per day” is 0 (Settings); {} unseen."},
        {TextId::HomeNewHeldReviews,
         "Keine neuen Karten: fällige Wiederholungen füllen das Tageslimit (Einstellungen); {} "
         "ungesehen.",
         "No new cards: due reviews fill today's limit (Settings); {} unseen."},
    }};
    static const bool checked = [] {
        for (std::size_t i = 0; i < entries.size(); ++i)
            if (static_cast<std::size_t>(entries[i].id) != i)
                throw std::logic_error("string table out of order at entry " + std::to_string(i));
        return true;
    }();
    (void)checked;
    return entries;
}

}  // namespace

const std::string& StringTable::get(TextId id) const {
    const auto& e = table().at(static_cast<std::size_t>(id));
    return language_ == Language::German ? e.de : e.en;
}

std::string StringTable::format(TextId id, std::initializer_list<std::string_view> args) const {
    return fill_placeholders(get(id), args);
}

std::string fill_placeholders(std::string_view pattern,
                              std::initializer_list<std::string_view> args) {
    std::string out;
    out.reserve(pattern.size() + 16);
    auto arg = args.begin();
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 1 < pattern.size() && pattern[i + 1] == '}' &&
            arg != args.end()) {
            out.append(*arg++);
            ++i;
        } else {
            out.push_back(pattern[i]);
        }
    }
    return out;
}

}  // namespace chronik::ui
