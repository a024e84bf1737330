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
        {TextId::ProfilesUnavailable, "Profile sind in dieser Version noch nicht verfügbar.",
         "Profiles are not available in this build yet."},
        {TextId::HomeGreeting, "Hallo, {}!", "Hello, {}!"},
        {TextId::HomeDue, "Heute fällig", "Due today"},
        {TextId::HomeNew, "Neue Karten", "New cards"},
        {TextId::HomeStreak, "Lernserie", "Streak"},
        {TextId::HomeStreakDays, "{} Tage", "{} days"},
        {TextId::HomeStudy, "Lernen", "Study"},
        {TextId::HomeQuiz, "Quiz", "Quiz"},
        {TextId::HomeTimeline, "Zeitstrahl", "Timeline"},
        {TextId::HomeClassGame, "Klassenspiel", "Class game"},
        {TextId::HomeStatistics, "Statistik", "Statistics"},
        {TextId::HomeSettings, "Einstellungen", "Settings"},
        {TextId::HomeReadSource, "Quelle lesen", "Read the source"},
        {TextId::HomeSwitchProfile, "Profil wechseln", "Switch profile"},
        {TextId::HomeQuit, "Beenden", "Quit"},
        {TextId::HomeNothingYet,
         "Die Lernmodi werden gerade gebaut. Sobald sie fertig sind, erscheinen sie hier.",
         "The study modes are being built. They appear here as soon as they are ready."},
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
        {TextId::KeyDelete, "Entf", "Del"},
        {TextId::ProblemDeck, "Fragensammlung {}: {}", "Question deck {}: {}"},
        {TextId::ProblemSave, "Spielstand {}: {}", "Save {}: {}"},
        {TextId::ProblemProfiles, "Profile: {}", "Profiles: {}"},
        {TextId::ErrorEmptyName, "Bitte einen Namen eingeben.", "Please type a name."},
        {TextId::QuizQuestionOf, "Frage {} von {}", "Question {} of {}"},
        {TextId::QuizScore, "{} Punkte · Serie {}", "{} points · streak {}"},
        {TextId::QuizCorrect, "Richtig!", "Correct!"},
        {TextId::QuizWrong, "Leider falsch. Richtig ist: {}", "Not quite. The answer is: {}"},
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
        {TextId::TimelineHeading, "Ordne die Ereignisse auf dem Zeitstrahl",
         "Put the events in order on the timeline"},
        {TextId::TimelineEarlier, "← früher", "← earlier"},
        {TextId::TimelineLater, "später →", "later →"},
        {TextId::TimelineCheck, "Prüfen", "Check"},
        {TextId::TimelinePairs, "{} von {} Paaren in richtiger Reihenfolge = {} %",
         "{} of {} pairs in the right order = {} %"},
        {TextId::TimelinePairScore, "Paare richtig", "Pairs right"},
        {TextId::TimelinePairsOrdered, "Paare", "Pairs"},
        {TextId::TimelineInRun, "Richtig platziert", "Placed right"},
        {TextId::TimelineAgain, "Neuer Zeitstrahl", "New timeline"},
        {TextId::TimelineMarkInRun, "✓ passt", "✓ fits"},
        {TextId::TimelineMarkNeighbour, "≈ knapp", "≈ close"},
        {TextId::TimelineMarkOut, "✗ falsch", "✗ out of place"},
        {TextId::TimelineCorrectOrder,
         "Die richtige Reihenfolge mit Daten:", "The correct order, with dates:"},
        {TextId::HintMove, "Wählen / Verschieben", "Choose / move"},
        {TextId::HintPickUp, "Aufnehmen / Ablegen", "Pick up / put down"},
        {TextId::HintCheck, "Prüfen", "Check"},
        {TextId::TimelineUnavailable, "Für einen Zeitstrahl fehlen Ereignisse: {}",
         "Not enough events for a timeline: {}"},
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

std::optional<Language> language_from_code(std::string_view code) {
    if (code == "de") return Language::German;
    if (code == "en") return Language::English;
    return std::nullopt;
}

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
