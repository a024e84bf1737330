// The strings of the deck screens (Stapel, import, draft review); German first, English second.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "ui/text/strings.hpp"

namespace chronik::ui {

enum class DecksText {
    DecksHeading,
    DecksChooseFor,
    DecksOn,
    DecksOff,
    DecksCountsMc,
    DecksCountsEvents,
    DecksCountsCards,
    DecksDrafts,
    DecksWithSource,
    DecksWithoutSource,
    DecksOwn,
    DecksShipped,
    DecksLastStays,
    DecksImport,
    DecksReview,
    DecksNoDrafts,
    DecksProblems,
    DecksFolder,
    HintToggle,
    HintImport,
    HintReview,
    ImportHeading,
    ImportPathLabel,
    ImportPathPlaceholder,
    ImportKindLabel,
    ImportKindDetect,
    ImportKindDetected,
    ImportKindFlashcards,
    ImportKindMc,
    ImportKindTimeline,
    ImportKindText,
    ImportKindDeck,
    ImportFormats,
    ImportDone,
    ImportDoneDraft,
    ImportSkipped,
    ImportRow,
    ImportSavedIn,
    HintImportRun,
    HintKind,
    HintPaste,
    ReviewHeading,
    ReviewProgress,
    ReviewKindMc,
    ReviewKindEvent,
    ReviewKindCard,
    ReviewAnswer,
    ReviewDistractor,
    ReviewPrompt,
    ReviewEventText,
    ReviewDate,
    ReviewFront,
    ReviewBack,
    ReviewSource,
    ReviewNoSource,
    ReviewAccept,
    ReviewReject,
    ReviewEdit,
    ReviewFlashcard,
    ReviewFinish,
    ReviewAllDone,
    ReviewFinishQuestion,
    ReviewFinishDetail,
    ReviewFinished,
    ReviewFinishedErrors,
    ReviewAccepted,
    ReviewRejected,
    ReviewMadeCard,
    ReviewSaved,
    ReviewNotSaved,
    ReviewEditing,
    ReviewFieldEmpty,
    ReviewFieldRepeated,
    ReviewFieldType,
    HintAccept,
    HintReject,
    HintEdit,
    HintFlashcard,
    HintFinish,
    HintField,
    HintSave,
    HintCancel,
    HintBack,
    DecksCountsEvent,  // singular forms, for a count of one
    DecksCountsCard,
    DecksDraft,
    ImportNoPath,
    ImportKindAnki,
    ImportKindKahoot,
    DecksExport,
    HintExport,
    ExportDone,
    DecksStudy,  // "Diesen Stapel lernen": study one deck now
    DecksNothingToStudy,
    ImportSkippedOne,  // "1 Zeile übersprungen:"
    ImportNotes,       // "{} Hinweise:" rows imported with a warning (text::row_kept)
    ImportNotesOne,
    // Why a row was skipped or is warned about (text::RowReason; deck_import_scene maps one to
    // the other).
    SkipNeedsTermAndDefinition,
    SkipTooManyCells,
    SkipTermRepeated,
    SkipNeedsFiveCells,
    SkipEmptyChoice,
    SkipSameChoices,
    SkipPromptRepeated,
    SkipNoQuote,
    SkipNeedsDateAndEvent,
    SkipNotADate,
    SkipYearOutOfRange,
    SkipSameDate,
    SkipEventRepeated,
    SkipQuoteNotClosed,
    NoteMediaLeftOut,      // {} the image or sound file
    NoteFieldAddedToBack,  // {} the field's number
    NoteClozeWithoutGap,
    NoteFrontEmpty,
    NoteBackEmpty,
    NoteCardSideEmpty,
    NoteFrontRepeated,  // {} the front
    KahootNoHeader,
    KahootNoCorrectColumn,
    KahootAnswersWithoutQuestion,
    KahootNeedsTwoAnswers,
    KahootCorrectAnswerEmpty,  // {} the answer's number
    KahootNotACorrectAnswer,   // {} the cell
    KahootTimeLimitIgnored,    // {} the cell
    KahootKeptAsFlashcard,
    NoteNamed,   // "Notiz {guid}: {why}"
    NoteQuoted,  // "{"first words"}: {why}"
    RowWarning,  // "Hinweis: {}": the row still made an item
    // A file not imported at all: "„{file}“ wurde nicht importiert: {why}." (ImportFailure).
    ImportFailedFile,
    FailNotFound,
    FailIsFolder,
    FailTooLarge,  // {} bytes
    FailUnreadable,
    FailNotUtf8,  // {} byte offset
    FailNotAnkiOrKahoot,
    FailBadPackage,  // {} the reader's reason
    FailBadSheet,    // {} the reader's reason
    FailNotADeck,    // {} the loader's problem
    FailDeckIdTaken,
    FailNothingInText,
    FailNoRowImported,
    FailNothingImported,
    FailDeckTooLarge,
    FailNotSaved,  // {} the storage's reason
    // A deck not exported: "„{title}“ wurde nicht exportiert: {why}."
    ExportFailedDeck,
    ExportNotLoaded,
    ExportOnlyDrafts,
    ExportNotSaved,  // {} the storage's reason
    // The import file chooser.
    ChooseFile,  // the import screen's button
    ChooserHeading,
    ChooserPathPlaceholder,
    ChooserUp,  // the ".." row and the button
    ChooserShowHidden,
    ChooserHideHidden,
    ChooserFolder,  // a row's kind
    ChooserDeck,
    ChooserAnki,
    ChooserKahoot,
    ChooserTable,
    ChooserText,
    ChooserBrokenLink,
    ChooserEmpty,         // a folder with nothing to import
    ChooserCount,         // {} entries, folder {}
    ChooserNotFound,      // {} the folder
    ChooserNotAFolder,    // {}
    ChooserNoPermission,  // {}
    ChooserOther,         // {} folder, {} reason
    ChooserBrokenChosen,  // {} the link's name
    HintOpen,
    HintUp,
    HintJump,  // the file chooser: a letter jumps to the first entry starting with it
    HintHidden,
    HintTypePath,
    Count
};

// UTF-8 text of an id in the table's language.
const std::string& text(const StringTable& strings, DecksText id);
// text() with each "{}" replaced by the next argument, in order.
std::string format(const StringTable& strings, DecksText id,
                   std::initializer_list<std::string_view> args);

}  // namespace chronik::ui
