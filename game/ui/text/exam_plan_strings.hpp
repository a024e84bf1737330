// The strings of the exam plan (Prüfungsplan screen, its material chooser and the home screen's
// exam figures), German and English, and the exam date as each language writes it.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "progress/study_day.hpp"
#include "ui/text/strings.hpp"

namespace chronik::ui {

enum class ExamPlanText {
    Heading,
    Intro,
    SetUp,
    DateLabel,
    DateValue,
    MinutesLabel,
    MinutesValue,
    ScopeLabel,
    ScopeAll,
    ScopeOne,
    ScopeSome,
    ChooseScope,
    Remove,
    DaysLeft,
    DaysLeftOne,
    ExamToday,
    TodayWork,
    TodayDone,
    Verdict,
    VerdictMore,
    Unseen,
    ChartTitle,
    LegendReviews,
    LegendNew,
    LegendRecall,
    ExamMarker,
    StudyToday,
    Back,
    Over,
    Problem,
    NotSaved,
    NoCards,
    HintChange,
    HintEarlier,
    HintLater,
    HomePlanned,
    HomePlannedNew,
    HomeDone,
    HomeDaysLeft,
    HomeDayLeft,
    HomeExamToday,
    HomeExpected,
    ScopeHeading,
    ScopeIntro,
    ScopeDecks,
    ScopeTopics,
    AllTopics,
    ScopeItem,
    Done,
    KeepOne,
    Computing,
    Count  // not a string: the number of ids
};

const std::string& text(const StringTable& strings, ExamPlanText id);
// text(id) with each "{}" replaced by the next argument.
std::string format(const StringTable& strings, ExamPlanText id,
                   std::initializer_list<std::string_view> args);

// "Mo, 15.06.2026" / "Mon, 15 Jun 2026".
std::string exam_date(const StringTable& strings, CivilDate date);
// "6.12." / "6 Dec": a day on the plan's chart.
std::string short_date(const StringTable& strings, CivilDate date);
// "08:00" for minutes after midnight.
std::string clock_time(int minute_of_day);

}  // namespace chronik::ui
