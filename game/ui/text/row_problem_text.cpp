#include "ui/text/row_problem_text.hpp"

#include "ui/text/decks_strings.hpp"

namespace chronik::ui {
namespace {

// A skipped row's reason in the UI language; reasons the game has no text for keep the
// importer's own line.
std::string reason_text(const StringTable& strings, const text::RowProblem& p) {
    using text::RowReason;
    const auto say = [&](DecksText id) { return format(strings, id, {p.detail}); };
    switch (p.reason) {
        case RowReason::Other:
            return p.message;
        case RowReason::NeedsTermAndDefinition:
            return say(DecksText::SkipNeedsTermAndDefinition);
        case RowReason::TooManyCells:
            return say(DecksText::SkipTooManyCells);
        case RowReason::TermRepeated:
            return say(DecksText::SkipTermRepeated);
        case RowReason::NeedsFiveCells:
            return say(DecksText::SkipNeedsFiveCells);
        case RowReason::EmptyChoice:
            return say(DecksText::SkipEmptyChoice);
        case RowReason::SameChoices:
            return say(DecksText::SkipSameChoices);
        case RowReason::PromptRepeated:
            return say(DecksText::SkipPromptRepeated);
        case RowReason::NoQuote:
            return say(DecksText::SkipNoQuote);
        case RowReason::NeedsDateAndEvent:
            return say(DecksText::SkipNeedsDateAndEvent);
        case RowReason::NotADate:
            return say(DecksText::SkipNotADate);
        case RowReason::YearOutOfRange:
            return say(DecksText::SkipYearOutOfRange);
        case RowReason::SameDate:
            return say(DecksText::SkipSameDate);
        case RowReason::EventRepeated:
            return say(DecksText::SkipEventRepeated);
        case RowReason::QuoteNotClosed:
            return say(DecksText::SkipQuoteNotClosed);
        case RowReason::MediaLeftOut:
            return say(DecksText::NoteMediaLeftOut);
        case RowReason::FieldAddedToBack:
            return say(DecksText::NoteFieldAddedToBack);
        case RowReason::ClozeWithoutGap:
            return say(DecksText::NoteClozeWithoutGap);
        case RowReason::FrontEmpty:
            return say(DecksText::NoteFrontEmpty);
        case RowReason::BackEmpty:
            return say(DecksText::NoteBackEmpty);
        case RowReason::CardSideEmpty:
            return say(DecksText::NoteCardSideEmpty);
        case RowReason::FrontRepeated:
            return say(DecksText::NoteFrontRepeated);
        case RowReason::NoQuizHeader:
            return say(DecksText::KahootNoHeader);
        case RowReason::NoCorrectColumn:
            return say(DecksText::KahootNoCorrectColumn);
        case RowReason::AnswersWithoutQuestion:
            return say(DecksText::KahootAnswersWithoutQuestion);
        case RowReason::NeedsTwoAnswers:
            return say(DecksText::KahootNeedsTwoAnswers);
        case RowReason::CorrectAnswerEmpty:
            return say(DecksText::KahootCorrectAnswerEmpty);
        case RowReason::NotACorrectAnswer:
            return say(DecksText::KahootNotACorrectAnswer);
        case RowReason::TimeLimitIgnored:
            return say(DecksText::KahootTimeLimitIgnored);
        case RowReason::KeptAsFlashcard:
            return say(DecksText::KahootKeptAsFlashcard);
    }
    return p.message;
}

}  // namespace

std::string row_problem_text(const StringTable& strings, const text::RowProblem& p) {
    if (p.reason == text::RowReason::Other) return p.message;  // already names note and kind
    std::string why = reason_text(strings, p);
    if (text::row_kept(p.reason)) why = format(strings, DecksText::RowWarning, {why});
    if (p.item.empty()) return why;
    return format(strings, p.item.front() == '"' ? DecksText::NoteQuoted : DecksText::NoteNamed,
                  {p.item, why});
}

}  // namespace chronik::ui
