#include "ui/text/decks_strings.hpp"
#include "ui/text/text_table.hpp"

#include <array>

namespace chronik::ui {
namespace {

using Entry = TextEntry<DecksText>;

// Order must follow the enum: checked once on first use.
const std::array<Entry, static_cast<std::size_t>(DecksText::Count)>& table() {
    static const std::array<Entry, static_cast<std::size_t>(DecksText::Count)> entries{{
        {DecksText::DecksHeading, "Stapel", "Decks"},
        {DecksText::DecksChooseFor, "Welche Stapel lernt {}? Leertaste schaltet um.",
         "Which decks does {} study? Space toggles."},
        {DecksText::DecksOn, "lernt", "studied"},
        {DecksText::DecksOff, "aus", "off"},
        {DecksText::DecksCountsMc, "{} Multiple Choice", "{} multiple choice"},
        {DecksText::DecksCountsEvents, "{} Ereignisse", "{} events"},
        {DecksText::DecksCountsCards, "{} Karteikarten", "{} flashcards"},
        {DecksText::DecksDrafts, "{} Entwürfe zu prüfen", "{} drafts to review"},
        {DecksText::DecksWithSource, "mit Quelltext", "with source text"},
        {DecksText::DecksWithoutSource, "ohne Quelltext", "no source text"},
        {DecksText::DecksOwn, "eigener Stapel", "own deck"},
        {DecksText::DecksShipped, "mitgeliefert", "shipped"},
        {DecksText::DecksLastStays, "Mindestens ein Stapel bleibt ausgewählt.",
         "At least one deck stays chosen."},
        {DecksText::DecksImport, "Importieren", "Import"},
        {DecksText::DecksReview, "Entwürfe prüfen", "Review drafts"},
        {DecksText::DecksNoDrafts, "Dieser Stapel hat keine Entwürfe.", "This deck has no drafts."},
        {DecksText::DecksProblems, "Nicht geladene Stapel ({}): {}", "Decks not loaded ({}): {}"},
        {DecksText::DecksFolder, "Eigene Stapel liegen in {}", "Own decks are kept in {}"},
        {DecksText::HintToggle, "Umschalten", "Toggle"},
        {DecksText::HintImport, "Importieren", "Import"},
        {DecksText::HintReview, "Entwürfe prüfen", "Review drafts"},
        {DecksText::ImportHeading, "Stapel importieren", "Import a deck"},
        {DecksText::ImportPathLabel, "Datei (Pfad eintippen oder mit Strg+V einfügen)",
         "File (type the path or paste it with Ctrl+V)"},
        {DecksText::ImportPathPlaceholder, "z. B. /home/lehrer/liste.csv",
         "e.g. /home/teacher/list.csv"},
        {DecksText::ImportKindLabel, "Art", "Kind"},
        {DecksText::ImportKindDetect, "Automatisch", "Automatic"},
        {DecksText::ImportKindDetected, "Automatisch: {}", "Automatic: {}"},
        {DecksText::ImportKindFlashcards, "Begriffsliste (Karteikarten)", "Term list (flashcards)"},
        {DecksText::ImportKindMc, "Multiple Choice (CSV)", "Multiple choice (CSV)"},
        {DecksText::ImportKindTimeline, "Zeitleiste (Datum, Ereignis)", "Timeline (date, event)"},
        {DecksText::ImportKindText, "Text → Entwurf ableiten", "Text → derive a draft"},
        {DecksText::ImportKindDeck, "Stapel-Datei (JSON)", "Deck file (JSON)"},
        {DecksText::ImportFormats,
         "Anki: Paket (.apkg, wird Entwurf) oder Notizen als Text. Quizlet: Begriff TAB "
         "Definition je Zeile. Kahoot: Quiz-Tabelle (.xlsx). Multiple Choice: "
         "Frage,Antwort,Falsch1,Falsch2,Falsch3. Zeitleiste: Datum,Ereignis. Ein Text (.txt) wird "
         "zu einem Entwurf.",
         "Anki: package (.apkg, becomes a draft) or notes as text. Quizlet: term TAB definition "
         "per line. Kahoot: quiz sheet (.xlsx). Multiple choice: "
         "prompt,answer,wrong1,wrong2,wrong3. Timeline: date,event. A text (.txt) becomes a "
         "draft."},
        {DecksText::ImportDone,
         "{} Einträge importiert als {} – Stapel „{}“ ist gespeichert und spielbar.",
         "{} items imported as {} – deck “{}” is saved and playable."},
        {DecksText::ImportDoneDraft, "{} Entwürfe abgeleitet – prüfe sie unter „Entwürfe prüfen“.",
         "{} drafts derived – review them under “Review drafts”."},
        {DecksText::ImportSkipped, "{} Zeilen übersprungen:", "{} rows skipped:"},
        {DecksText::ImportRow, "Zeile {}: {}", "Line {}: {}"},
        {DecksText::ImportFailed, "Nicht importiert: {}", "Not imported: {}"},
        {DecksText::ImportSavedIn, "Gespeichert in {}", "Saved in {}"},
        {DecksText::HintImportRun, "Importieren", "Import"},
        {DecksText::HintKind, "Art wählen", "Choose kind"},
        {DecksText::HintPaste, "Einfügen", "Paste"},
        {DecksText::ReviewHeading, "Entwürfe prüfen: {}", "Review drafts: {}"},
        {DecksText::ReviewProgress, "{} geprüft · {} offen", "{} reviewed · {} open"},
        {DecksText::ReviewKindMc, "Multiple Choice", "Multiple choice"},
        {DecksText::ReviewKindEvent, "Ereignis für die Zeitleiste", "Timeline event"},
        {DecksText::ReviewKindCard, "Karteikarte", "Flashcard"},
        {DecksText::ReviewAnswer, "Antwort", "Answer"},
        {DecksText::ReviewDistractor, "Falsch {}", "Wrong {}"},
        {DecksText::ReviewPrompt, "Frage", "Question"},
        {DecksText::ReviewEventText, "Ereignis", "Event"},
        {DecksText::ReviewDate, "Datum", "Date"},
        {DecksText::ReviewFront, "Vorderseite", "Front"},
        {DecksText::ReviewBack, "Rückseite", "Back"},
        {DecksText::ReviewSource, "Aus dem Text", "From the text"},
        {DecksText::ReviewNoSource, "Kein Quelltext zu diesem Eintrag.",
         "No source text for this item."},
        {DecksText::ReviewAccept, "Annehmen", "Accept"},
        {DecksText::ReviewReject, "Ablehnen", "Reject"},
        {DecksText::ReviewEdit, "Bearbeiten", "Edit"},
        {DecksText::ReviewFlashcard, "Als Karteikarte", "As flashcard"},
        {DecksText::ReviewFinish, "Fertigstellen", "Finish"},
        {DecksText::ReviewAllDone,
         "Alle Entwürfe sind geprüft: {} Einträge angenommen. Stelle den Stapel fertig, dann ist "
         "er spielbar.",
         "All drafts are reviewed: {} items accepted. Finish the deck to play it."},
        {DecksText::ReviewFinishQuestion, "Entwurf jetzt fertigstellen?", "Finish the draft now?"},
        {DecksText::ReviewFinishDetail,
         "{} noch nicht geprüfte Einträge werden weggelassen. Die Datei wie importiert bleibt "
         "unter originals/ erhalten.",
         "{} items not yet reviewed are left out. The file as imported is kept under originals/."},
        {DecksText::ReviewFinished,
         "Fertig: „{}“ ist ein normaler Stapel mit {} Einträgen und kann gespielt werden.",
         "Done: “{}” is a normal deck with {} items and can be played."},
        {DecksText::ReviewFinishedErrors, "Fertig, aber die Prüfung meldet {} Fehler: {}",
         "Finished, but the check reports {} errors: {}"},
        {DecksText::ReviewAccepted, "Angenommen.", "Accepted."},
        {DecksText::ReviewRejected, "Abgelehnt.", "Rejected."},
        {DecksText::ReviewMadeCard, "Als Karteikarte angenommen.", "Accepted as a flashcard."},
        {DecksText::ReviewSaved, "Änderung gespeichert und angenommen.",
         "Edit saved and accepted."},
        {DecksText::ReviewNotSaved, "Nicht gespeichert: {}", "Not saved: {}"},
        {DecksText::ReviewEditing,
         "Bearbeiten: Tab wechselt das Feld, Enter speichert, Esc bricht ab.",
         "Editing: Tab changes the field, Enter saves, Esc cancels."},
        {DecksText::ReviewFieldEmpty, "„{}“ ist leer.", "“{}” is empty."},
        {DecksText::ReviewFieldRepeated, "„{}“ wiederholt eine andere Auswahl.",
         "“{}” repeats another choice."},
        {DecksText::ReviewFieldType, "„{}“ passt nicht zu den anderen Auswahlen: {}",
         "“{}” does not fit the other choices: {}"},
        {DecksText::HintAccept, "Annehmen", "Accept"},
        {DecksText::HintReject, "Ablehnen", "Reject"},
        {DecksText::HintEdit, "Bearbeiten", "Edit"},
        {DecksText::HintFlashcard, "Karteikarte", "Flashcard"},
        {DecksText::HintFinish, "Fertigstellen", "Finish"},
        {DecksText::HintField, "Feld", "Field"},
        {DecksText::HintSave, "Speichern", "Save"},
        {DecksText::HintCancel, "Abbrechen", "Cancel"},
        {DecksText::HintBack, "Zurück", "Back"},
        {DecksText::DecksCountsEvent, "1 Ereignis", "1 event"},
        {DecksText::DecksCountsCard, "1 Karteikarte", "1 flashcard"},
        {DecksText::DecksDraft, "1 Entwurf zu prüfen", "1 draft to review"},
        {DecksText::ImportNoPath, "Bitte zuerst den Pfad einer Datei eingeben oder einfügen.",
         "Type or paste the path of a file first."},
        {DecksText::ImportKindAnki, "Anki (Paket oder Text) → Karteikarten",
         "Anki (package or text) → flashcards"},
        {DecksText::ImportKindKahoot, "Kahoot-Quiz (.xlsx)", "Kahoot quiz (.xlsx)"},
        {DecksText::DecksExport, "Nach Anki", "To Anki"},
        {DecksText::HintExport, "Nach Anki exportieren", "Export to Anki"},
        {DecksText::ExportDone,
         "„{}“ für Anki gespeichert: {} (Anki: Datei → Importieren). Als Text: {}",
         "“{}” saved for Anki: {} (Anki: File → Import). As text: {}"},
        {DecksText::ExportFailed, "Nicht exportiert: {}", "Not exported: {}"},
        {DecksText::DecksStudy, "Stapel lernen", "Study deck"},
        {DecksText::DecksNothingToStudy,
         "„{}“ hat noch keine Karten zum Lernen (Entwürfe erst prüfen: P).",
         "“{}” has no cards to study yet (review its drafts first: P)."},
        {DecksText::ImportSkippedOne, "1 Zeile übersprungen:", "1 row skipped:"},
        {DecksText::SkipNeedsTermAndDefinition,
         "braucht einen Begriff und eine Erklärung (zwei Felder)",
         "needs a term and a definition (two cells)"},
        {DecksText::SkipTooManyCells,
         "{} Felder, eine Begriffsliste hat 2 – das Trennzeichen steht auch im Text; wähle ein "
         "anderes",
         "{} cells where a term list has 2 – the separator also occurs in the text; choose another "
         "one"},
        {DecksText::SkipTermRepeated, "„{}“ kommt schon weiter oben vor",
         "“{}” was imported already"},
        {DecksText::SkipNeedsFiveCells,
         "braucht Frage, Antwort und drei falsche Antworten ({} Felder)",
         "needs prompt, answer and three distractors ({} cells)"},
        {DecksText::SkipEmptyChoice, "Frage, Antwort oder eine falsche Antwort ist leer",
         "an empty prompt, answer or distractor"},
        {DecksText::SkipSameChoices, "zwei Antworten sind gleich", "two choices are the same"},
        {DecksText::SkipPromptRepeated, "diese Frage kommt schon weiter oben vor",
         "prompt was imported already"},
        {DecksText::SkipNoQuote, "beginnt mit „…“ und lässt sich so nicht zitieren",
         "starts with an ellipsis, so it cannot be quoted"},
        {DecksText::SkipNeedsDateAndEvent, "braucht ein Datum und ein Ereignis (zwei Felder)",
         "needs a date and an event (two cells)"},
        {DecksText::SkipNotADate,
         "„{}“ ist kein Datum (z. B. 1950, Juni 1950, 2.3.2022, Frühjahr 1996, 44 v. Chr.)",
         "“{}” is not a date (e.g. 1950, June 1950, 2022-03-02, spring 1996, 44 BC)"},
        {DecksText::SkipYearOutOfRange, "das Jahr {} liegt außerhalb von 3000 v. Chr. bis 2100",
         "the year {} is outside 3000 BC to 2100"},
        {DecksText::SkipSameDate,
         "eine andere Zeile hat dasselbe Datum – die Zeitleiste könnte sie nicht unterscheiden",
         "another row has the same date – a timeline could not tell them apart"},
        {DecksText::SkipEventRepeated, "dieses Ereignis kommt schon weiter oben vor",
         "event text was imported already"},
    }};
    static const bool checked = check_text_order<DecksText>(entries, "decks");
    (void)checked;
    return entries;
}

}  // namespace

const std::string& text(const StringTable& strings, DecksText id) {
    return pick_text<DecksText>(table(), id, strings.language());
}

std::string format(const StringTable& strings, DecksText id,
                   std::initializer_list<std::string_view> args) {
    return fill_placeholders(text(strings, id), args);
}

}  // namespace chronik::ui
