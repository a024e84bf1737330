// The strings of hosting a network class game (setup, lobby, projector views, teacher keys).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "ui/text/strings.hpp"

namespace chronik::ui {

enum class NetworkHostText {
    SetupHeading,
    SetupIntro,
    RowPort,
    RowCode,
    RowQuestions,
    RowTimer,
    RowReading,
    RowSpeedBonus,
    RowStreakBonus,
    RowPodium,
    ValueSeconds,
    ValueNoTimer,
    ValueOn,
    ValueOff,
    ValuePlaces,
    ValueQuestions,
    OpenRoom,
    Back,
    PortPrompt,
    CodePrompt,
    ErrorPort,
    ErrorCode,
    ErrorListen,
    ErrorNoQuestions,
    ErrorNetwork,
    HintChange,
    HintEdit,
    HintOpen,
    LobbyHeading,
    LobbyHowTo,
    LobbyAddress,
    LobbyCode,
    LobbyLoopbackOnly,
    LobbyPlayers,
    LobbyWaiting,
    LobbyStart,
    LobbyNeedPlayer,
    LobbyRemoved,
    PlayerOffline,
    QuestionOf,
    AnsweredOf,
    Reading,
    SecondsLeft,
    NoTimer,
    Paused,
    RevealCorrect,
    RevealCorrectOf,
    RevealNoAnswer,
    RevealRightTag,
    Skipped,
    SkippedShort,
    LeaderboardHeading,
    Points,
    RankNew,
    PodiumHeading,
    PodiumPlace,
    PodiumCorrect,
    SummaryHeading,
    SummaryIntro,
    SummaryNone,
    SummarySaved,
    SummarySaveFailed,
    SummaryNotSaved,
    SummaryHome,
    HelpHeading,
    KeyStart,
    KeyPause,
    KeySkip,
    KeyReveal,
    KeyNext,
    KeyEnd,
    KeyHelp,
    KeyRemove,
    KeySelect,
    KeyCloseRoom,
    KeyClose,
    HelpNote,
    Count  // not a string: the number of ids
};

// UTF-8 text of an id in the table's language.
const std::string& text(const StringTable& strings, NetworkHostText id);
// text(id) with each "{}" replaced by the next argument, in order.
std::string format(const StringTable& strings, NetworkHostText id,
                   std::initializer_list<std::string_view> args);

}  // namespace chronik::ui
