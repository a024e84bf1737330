#include "ui/text/memory_model_strings.hpp"
#include "ui/text/text_table.hpp"

#include <array>
#include <cstdio>

namespace chronik::ui {
namespace {

using Entry = TextEntry<MemoryModelText>;

using T = MemoryModelText;

// Order must follow the enum: checked once by table().
const std::array<Entry, static_cast<std::size_t>(T::Count)>& table() {
    static const std::array<Entry, static_cast<std::size_t>(T::Count)> entries{{
        {T::SettingsEntry, "Gedächtnismodell anpassen", "Tune the memory model"},
        {T::Heading, "Gedächtnismodell", "Memory model"},
        {T::Intro,
         "Chronik plant jede Wiederholung mit FSRS-6. Die Standardwerte beschreiben einen "
         "durchschnittlichen Lernenden; aus deinen eigenen Wiederholungen kann Chronik lernen, "
         "wie schnell du vergisst, und dann genauer planen.",
         "Chronik schedules every review with FSRS-6. Its default weights describe an average "
         "learner; from your own reviews Chronik can learn how fast you forget, and then "
         "schedule more precisely."},
        {T::Reviews,
         "{} Wiederholungen, davon {} auswertbar (an einem späteren Tag als die "
         "vorige derselben Karte)",
         "{} reviews, {} of them usable (on a later day than the card's previous review)"},
        {T::InUsePersonal, "Im Einsatz: deine persönlichen Gewichte",
         "In use: your personal weights"},
        {T::InUseDefaults, "Im Einsatz: die Standardwerte von FSRS-6",
         "In use: the FSRS-6 default weights"},
        {T::NotYet,
         "Noch nicht möglich: noch mindestens {} Wiederholungen nötig ({} von {} auswertbaren).",
         "Not possible yet: at least {} more reviews needed ({} of {} usable ones)."},
        {T::NotYetWhy,
         "Es zählen nur Wiederholungen einer Karte an einem späteren Tag – Lernschritte am selben "
         "Tag sagen nichts über das Vergessen. Lern einfach weiter; diese Seite zählt mit.",
         "Only reviews of a card on a later day count – steps on the same day say nothing about "
         "forgetting. Just keep studying; this page keeps count."},
        {T::Ready,
         "Genug Wiederholungen für ein persönliches Modell. „Anpassen“ rechnet es aus; erst "
         "„Übernehmen“ ändert etwas.",
         "Enough reviews for a personal model. “Fit” computes it; only “Apply” changes "
         "anything."},
        {T::ReadProblem, "Das Lernprotokoll ließ sich nicht lesen: {}",
         "The review log could not be read: {}"},
        {T::Fit, "Anpassen", "Fit"},
        {T::Running, "rechnet …", "computing …"},
        {T::Better, "Das angepasste Modell sagt dein Erinnern um {} % besser voraus.",
         "The fitted model predicts your remembering {} % better."},
        {T::BetterCheck,
         "Geprüft auch an späteren Wiederholungen, die es beim Anpassen nicht kannte: {} % "
         "besser.",
         "Also checked on later reviews it did not see while fitting: {} % better."},
        {T::NotBetter,
         "Das angepasste Modell sagt dein Erinnern nicht besser voraus als die Standardwerte "
         "({} %). Die Standardwerte passen zu dir – es gibt nichts zu übernehmen.",
         "The fitted model does not predict your remembering better than the defaults ({} %). "
         "The defaults suit you – there is nothing to apply."},
        {T::OverFitted,
         "Das angepasste Modell erklärt nur die alten Wiederholungen besser ({} %); spätere, "
         "die es nicht kannte, sagt es nicht besser voraus ({} %). Es bleibt bei den "
         "Standardwerten.",
         "The fitted model only explains the old reviews better ({} %); later ones it did not "
         "see it does not predict better ({} %). The defaults stay."},
        {T::ColumnWeights, "Gewichte", "Weights"},
        {T::ColumnLogLoss, "Log-Loss", "Log-loss"},
        {T::ColumnRmse, "RMSE", "RMSE"},
        {T::RowDefaults, "Standard", "Defaults"},
        {T::RowFitted, "Angepasst", "Fitted"},
        {T::FiguresNote,
         "Auf denselben {} Wiederholungen. Log-Loss: wie sehr das Modell im Mittel von deinen "
         "Antworten überrascht wird; RMSE: Abstand zwischen vorhergesagter und tatsächlicher "
         "Trefferquote. Kleiner ist besser; „{} % besser“ heißt {} % weniger Log-Loss.",
         "On the same {} reviews. Log-loss: how surprised the model is by your answers on "
         "average; RMSE: gap between predicted and actual recall rate. Smaller is better; "
         "“{} % better” means {} % less log-loss."},
        {T::Apply, "Übernehmen", "Apply"},
        {T::Reset, "Standard wiederherstellen", "Restore defaults"},
        {T::Applied,
         "Übernommen – ab der nächsten Wiederholung plant Chronik mit deinen Gewichten (nur in "
         "diesem Profil).",
         "Applied – from the next review on, Chronik schedules with your weights (this profile "
         "only)."},
        {T::ResetDone, "Standardwerte wiederhergestellt – ab der nächsten Wiederholung.",
         "Defaults restored – from the next review on."},
        {T::NotSaved, "Nicht gespeichert: {}", "Not saved: {}"},
        {T::Failed, "Das Anpassen ist fehlgeschlagen: {}", "Fitting failed: {}"},
        {T::FitAgain, "Neu anpassen", "Fit again"},
        {T::Back, "Zurück", "Back"},
        {T::HintChoose, "Auswählen", "Choose"},
        {T::HintRun, "Ausführen", "Run"},
        {T::Paste, "Gewichte einfügen …", "Paste weights …"},
        {T::PasteHeading, "FSRS-6-Gewichte einfügen", "Paste FSRS-6 weights"},
        {T::PasteIntro,
         "Die 21 Gewichte, etwa aus Ankis FSRS-Optionen kopiert: mit Strg+V einfügen, getrennt "
         "durch Kommas oder Leerzeichen. Sie gelten nur für dieses Profil.",
         "The 21 weights, e.g. copied from Anki's FSRS options: paste them with Ctrl+V, "
         "separated by commas or spaces. They apply to this profile only."},
        {T::PastePlaceholder, "0.212, 1.2931, 2.3065, 8.2956, …",
         "0.212, 1.2931, 2.3065, 8.2956, …"},
        {T::PasteRefused,
         "Nicht übernommen: Chronik braucht genau 21 Zahlen (FSRS-6) in deren Grenzen – {}.",
         "Not applied: Chronik needs exactly 21 numbers (FSRS-6) within their bounds – {}."},
        {T::PasteApplied,
         "Eingefügte Gewichte übernommen – ab der nächsten Wiederholung plant Chronik mit ihnen "
         "(nur in diesem Profil).",
         "Pasted weights applied – from the next review on, Chronik schedules with them (this "
         "profile only)."},
        {T::PasteHint, "Einfügen", "Paste"},
        {T::PasteOlderFsrs,
         "{} Zahlen sind Gewichte von FSRS-{}; die 21 Gewichte von FSRS-6 zeigt Anki ab Version "
         "25.02",
         "{} numbers are FSRS-{} weights; Anki 25.02 and later show the 21 FSRS-6 weights"},
        {T::PasteNotANumber, "Gewicht w{} ist keine Zahl: „{}“",
         "weight w{} is not a number: “{}”"},
        {T::PasteWrongCount, "{} Zahlen statt 21", "{} numbers instead of 21"},
        {T::PasteOutOfBounds, "Gewicht w{} ist {}, erlaubt sind {} bis {}",
         "weight w{} is {}, allowed are {} to {}"},
    }};
    static const bool checked = check_text_order<MemoryModelText>(entries, "memory model");
    (void)checked;
    return entries;
}

}  // namespace

const std::string& text(const StringTable& strings, MemoryModelText id) {
    return pick_text<MemoryModelText>(table(), id, strings.language());
}

std::string format(const StringTable& strings, MemoryModelText id,
                   std::initializer_list<std::string_view> args) {
    return fill_placeholders(text(strings, id), args);
}

std::string number(const StringTable& strings, double value, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    std::string s = buf;
    if (s == "-0" || s.rfind("-0.", 0) == 0) {
        // "-0.0": a tiny negative figure reads as zero, not as a sign.
        bool all_zero = true;
        for (char c : s)
            if (c >= '1' && c <= '9') all_zero = false;
        if (all_zero) s.erase(0, 1);
    }
    if (strings.language() == Language::German)
        for (char& c : s)
            if (c == '.') c = ',';
    return s;
}

namespace {

// A weight as pasted ("0.75", "16.1507"), with a decimal comma in German.
std::string weight_figure(const StringTable& strings, double value) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6g", value);
    std::string s = buf;
    if (strings.language() == Language::German)
        for (char& c : s)
            if (c == '.') c = ',';
    return s;
}

}  // namespace

std::string pasted_weights_problem(const StringTable& strings,
                                   const optimize::PastedWeightsProblem& problem) {
    using Kind = optimize::PastedWeightsProblem::Kind;
    switch (problem.kind) {
        case Kind::OlderFsrs:
            return format(strings, T::PasteOlderFsrs,
                          {std::to_string(problem.count), problem.count == 19 ? "5" : "4.5"});
        case Kind::NotANumber:
            return format(strings, T::PasteNotANumber,
                          {std::to_string(problem.index), problem.token});
        case Kind::WrongCount:
            return format(strings, T::PasteWrongCount, {std::to_string(problem.count)});
        case Kind::OutOfBounds:
            return format(
                strings, T::PasteOutOfBounds,
                {std::to_string(problem.index), weight_figure(strings, problem.value),
                 weight_figure(strings, problem.lower), weight_figure(strings, problem.upper)});
    }
    return {};
}

}  // namespace chronik::ui
