// Every UI string of the game in one table, keyed by TextId; German by default, English on request.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace chronik::ui {

enum class Language { German, English };

// "de" / "en" -> Language; anything else is not a language the game speaks.
std::optional<Language> language_from_code(std::string_view code);

enum class TextId {
    AppName,
    TitleTagline,
    TitlePressAnyKey,
    ProfilesHeading,
    ProfilesEmpty,
    ProfilesNew,
    ProfilesOpen,
    ProfilesRename,
    ProfilesDelete,
    ProfilesNamePrompt,
    ProfilesRenamePrompt,
    ProfilesNamePlaceholder,
    ProfilesDeleteQuestion,
    ProfilesDeleteDetail,
    ProfilesUnavailable,
    HomeGreeting,
    HomeDue,
    HomeNew,
    HomeStreak,
    HomeStreakDays,
    HomeStudy,
    HomeQuiz,
    HomeTimeline,
    HomeClassGame,
    HomeStatistics,
    HomeSettings,
    HomeReadSource,
    HomeSwitchProfile,
    HomeQuit,
    HomeNothingYet,
    PauseHeading,
    PauseResume,
    PauseQuitToHome,
    PauseSavedNote,
    NoticeHeading,
    NoticeDismiss,
    DialogOk,
    DialogCancel,
    DialogConfirmDelete,
    HintNavigate,
    HintSelect,
    HintBack,
    HintNew,
    HintRename,
    HintDelete,
    HintType,
    HintFullscreen,
    HintQuit,
    HintScroll,
    KeyDelete,
    ProblemDeck,
    ProblemSave,
    ProblemProfiles,
    ErrorEmptyName,
    QuizQuestionOf,
    QuizScore,
    QuizCorrect,
    QuizWrong,
    QuizTimedOut,
    QuizPointsWon,
    QuizNext,
    QuizFinish,
    QuizSource,
    QuizNoQuestions,
    QuizSaveFailed,
    HintAnswer,
    HintPause,
    HintNext,
    ResultsHeading,
    ResultsScore,
    ResultsAccuracy,
    ResultsTime,
    ResultsBestStreak,
    ResultsMissed,
    ResultsNoneMissed,
    ResultsPractiseMissed,
    ResultsHome,
    ResultsAnswerWas,
    TimelineHeading,
    TimelineEarlier,
    TimelineLater,
    TimelineCheck,
    TimelinePairs,
    TimelinePairScore,
    TimelinePairsOrdered,
    TimelineInRun,
    TimelineAgain,
    TimelineMarkInRun,
    TimelineMarkNeighbour,
    TimelineMarkOut,
    TimelineCorrectOrder,
    HintMove,
    HintPickUp,
    HintCheck,
    TimelineUnavailable,
    Count  // not a string: the number of ids
};

class StringTable {
public:
    explicit StringTable(Language language) : language_(language) {}

    Language language() const { return language_; }
    // UTF-8 text of an id in the table's language.
    const std::string& get(TextId id) const;
    // get(id) with each "{}" replaced by the next argument, in order.
    std::string format(TextId id, std::initializer_list<std::string_view> args) const;

private:
    Language language_;
};

// Replaces each "{}" in pattern by the next argument; surplus "{}" stay as they are.
std::string fill_placeholders(std::string_view pattern,
                              std::initializer_list<std::string_view> args);

}  // namespace chronik::ui
