// The texts of joining a network class game as a student (form, waiting, answers, reveal, places).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "ui/text/strings.hpp"

namespace chronik::ui {

enum class JoinText {
    Heading,
    Intro,
    LabelAddress,
    PlaceholderAddress,
    LabelCode,
    PlaceholderCode,
    LabelName,
    PlaceholderName,
    ButtonJoin,
    ButtonBack,
    HintField,
    HintJoin,
    ErrorAddressEmpty,
    ErrorBadPort,
    ErrorBadIPv4,
    ErrorBadHostName,
    ErrorCodeEmpty,
    ErrorNameEmpty,
    Connecting,
    ConnectFailed,
    RefusedWrongCode,
    RefusedEmptyName,
    RefusedGameFull,
    RefusedGameOver,
    RefusedReplaced,
    RefusedTooManyTries,
    RefusedRoomLocked,
    AwaitingSeat,
    WaitingHeading,
    WaitingBody,
    WaitingRenamed,
    WaitingRejoined,
    RoomLine,
    ButtonLeave,
    LeaveQuestion,
    LeaveDetail,
    LeaveConfirm,
    QuestionOf,
    ScoreLine,
    Reading,
    AnswerNow,
    Locked,
    RejectedTooLate,
    RejectedPaused,
    RejectedAlreadyAnswered,
    RejectedNotOpen,
    SecondsLeft,
    NoTimer,
    Paused,
    RevealCorrect,
    RevealWrong,
    RevealNoAnswer,
    RevealPoints,
    RevealStreak,
    Skipped,
    SavedToProfile,
    SaveFailed,
    NotInBank,
    LeaderboardHeading,
    LeaderboardYou,
    YouMark,
    YourPlace,
    FinalHeading,
    FinalPlace,
    FinalScore,
    FinalPodium,
    ButtonHome,
    LostHeading,
    LostBody,
    ButtonReconnect,
    RemovedHeading,
    RemovedBody,
    HintAnswer,
    HintReconnect,
    Count
};

const std::string& text(const StringTable& strings, JoinText id);
std::string format(const StringTable& strings, JoinText id,
                   std::initializer_list<std::string_view> args);

}  // namespace chronik::ui
