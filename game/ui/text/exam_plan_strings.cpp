#include "ui/text/exam_plan_strings.hpp"

#include <array>
#include <cstdio>

#include "progress/exam_goal.hpp"
#include "ui/text/text_table.hpp"

namespace chronik::ui {
namespace {

using T = ExamPlanText;

// Order must follow the enum: checked once by table().
const TextTable<ExamPlanText>& table() {
    static const TextTable<ExamPlanText> entries{{
        {T::Heading, "Prüfungsplan", "Exam plan"},
        {T::Intro,
         "Trag ein, wann deine Prüfung ist und wie viel Zeit du am Tag hast. Chronik plant dann "
         "jeden Tag bis dahin so, dass du am Prüfungstag so viel wie möglich weißt – mit "
         "demselben Gedächtnismodell wie sonst (FSRS-6). Verpasste Tage plant es einfach neu, "
         "ohne dass sich etwas aufstaut.",
         "Enter when your exam is and how much time you have a day. Chronik then plans every day "
         "until then so that you know as much as possible on exam day – with the same memory "
         "model as always (FSRS-6). Missed days are simply planned anew, nothing piles up."},
        {T::SetUp, "Prüfungstermin festlegen", "Set an exam date"},
        {T::DateLabel, "Prüfungstermin", "Exam date"},
        {T::DateValue, "{}, {} Uhr", "{}, {}"},
        {T::MinutesLabel, "Zeit pro Tag", "Time a day"},
        {T::MinutesValue, "{} Minuten", "{} minutes"},
        {T::ScopeLabel, "Stoff", "Material"},
        {T::ScopeAll, "alles · {} Karten", "everything · {} cards"},
        {T::ScopeOne, "1 Thema · {} Karten", "1 topic · {} cards"},
        {T::ScopeSome, "{} Themen · {} Karten", "{} topics · {} cards"},
        {T::ChooseScope, "Stoff wählen", "Choose material"},
        {T::Remove, "Prüfung entfernen", "Remove the exam"},
        {T::DaysLeft, "Noch {} Tage bis zur Prüfung.", "{} days to the exam."},
        {T::DaysLeftOne, "Morgen ist die Prüfung.", "The exam is tomorrow."},
        {T::ExamToday, "Heute ist die Prüfung.", "The exam is today."},
        {T::TodayWork, "Heute: {} Karten ({} Wiederholungen, {} neu), etwa {} Minuten.",
         "Today: {} cards ({} reviews, {} new), about {} minutes."},
        {T::TodayDone, "Heute ist alles geschafft – morgen geht es weiter.",
         "Today's work is done – more tomorrow."},
        {T::Verdict, "Mit {} Minuten am Tag erreichst du etwa {} %.",
         "With {} minutes a day you will reach about {} %."},
        {T::VerdictMore, "Mit {} Minuten am Tag erreichst du etwa {} %; mit {} Minuten etwa {} %.",
         "With {} minutes a day you will reach about {} %; with {} minutes about {} %."},
        {T::Unseen, "Für {} von {} Karten reicht die Zeit bis zur Prüfung nicht.",
         "There is no time for {} of the {} cards before the exam."},
        {T::ChartTitle, "Karten pro Tag bis zur Prüfung und erwartetes Wissen",
         "Cards a day until the exam, and expected recall"},
        {T::LegendReviews, "Wiederholungen", "Reviews"},
        {T::LegendNew, "neue Karten", "New cards"},
        {T::LegendRecall, "erwartetes Wissen", "Expected recall"},
        {T::ExamMarker, "Prüfung", "Exam"},
        {T::StudyToday, "Heute lernen", "Study today"},
        {T::Back, "Zurück", "Back"},
        {T::Over,
         "Die Prüfung ist vorbei. Chronik plant wieder wie sonst mit FSRS; ein neuer Termin "
         "beginnt einen neuen Plan.",
         "The exam is over. Chronik schedules with plain FSRS again; a new date starts a new "
         "plan."},
        {T::Problem, "Kein Plan möglich: {}", "No plan possible: {}"},
        {T::NotSaved, "Nicht gespeichert: {}", "Not saved: {}"},
        {T::NoCards, "Der gewählte Stoff hat keine Karten.", "The chosen material has no cards."},
        {T::HintChange, "Ändern", "Change"},
        {T::HintEarlier, "früher / weniger", "earlier / less"},
        {T::HintLater, "später / mehr", "later / more"},
        {T::HomePlanned, "heute geplant", "planned today"},
        {T::HomePlannedNew, "heute geplant · {} neu", "planned today · {} new"},
        {T::HomeDone, "heute geschafft", "done today"},
        {T::HomeDaysLeft, "Tage bis zur Prüfung", "days to the exam"},
        {T::HomeDayLeft, "Tag bis zur Prüfung", "day to the exam"},
        {T::HomeExamToday, "Prüfung heute", "exam today"},
        {T::HomeExpected, "erwartet am Prüfungstag", "expected on exam day"},
        {T::ScopeHeading, "Stoff der Prüfung", "Material of the exam"},
        {T::ScopeIntro,
         "Wähle die Stapel und Themen, die drankommen. Ohne Thema zählen alle Karten der "
         "gewählten Stapel.",
         "Choose the decks and topics the exam covers. With no topic chosen, every card of the "
         "chosen decks counts."},
        {T::ScopeDecks, "Stapel", "Decks"},
        {T::ScopeTopics, "Themen", "Topics"},
        {T::AllTopics, "Alle Themen", "All topics"},
        {T::ScopeItem, "{} ({})", "{} ({})"},
        {T::Done, "Fertig", "Done"},
        {T::KeepOne, "Mindestens ein Stapel bleibt gewählt.", "At least one deck stays chosen."},
        {T::Computing, "Plan wird berechnet …", "Working out the plan …"},
    }};
    static const bool checked = check_text_order<ExamPlanText>(entries, "exam plan");
    (void)checked;
    return entries;
}

}  // namespace

const std::string& text(const StringTable& strings, ExamPlanText id) {
    return pick_text<ExamPlanText>(table(), id, strings.language());
}

std::string format(const StringTable& strings, ExamPlanText id,
                   std::initializer_list<std::string_view> args) {
    return fill_placeholders(text(strings, id), args);
}

namespace {
constexpr std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
}  // namespace

std::string short_date(const StringTable& strings, CivilDate date) {
    char buf[32];
    if (strings.language() == Language::German)
        std::snprintf(buf, sizeof buf, "%d.%d.", date.day, date.month);
    else
        std::snprintf(buf, sizeof buf, "%d %s", date.day,
                      kMonths[static_cast<std::size_t>((date.month + 11) % 12)]);
    return buf;
}

std::string exam_date(const StringTable& strings, CivilDate date) {
    static constexpr std::array<const char*, 7> kDe{"So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"};
    static constexpr std::array<const char*, 7> kEn{"Sun", "Mon", "Tue", "Wed",
                                                    "Thu", "Fri", "Sat"};
    // 1970-01-01 was a Thursday.
    const auto weekday = static_cast<std::size_t>(((days_from_civil(date) + 4) % 7 + 7) % 7);
    char buf[64];
    if (strings.language() == Language::German)
        std::snprintf(buf, sizeof buf, "%s, %02d.%02d.%04lld", kDe[weekday], date.day, date.month,
                      static_cast<long long>(date.year));
    else
        std::snprintf(buf, sizeof buf, "%s, %d %s %04lld", kEn[weekday], date.day,
                      kMonths[static_cast<std::size_t>((date.month + 11) % 12)],
                      static_cast<long long>(date.year));
    return buf;
}

std::string clock_time(int minute_of_day) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", (minute_of_day / 60) % 24, minute_of_day % 60);
    return buf;
}

}  // namespace chronik::ui
