// Why an import or an export failed, in the UI language, naming the file (or deck) and the
// problem: made from the failure's kind, never from the importer's English line.
#pragma once

#include <string>
#include <string_view>

#include "ui/services/deck_library.hpp"
#include "ui/text/strings.hpp"

namespace chronik::ui {

// "„liste.csv“ wurde nicht importiert: keine Zeile ließ sich importieren." `file` is the path as
// chosen (only its last part is shown); `detail` fills the kind's gap (a size, an id, a reason).
std::string import_failure_text(const StringTable& strings, ImportFailure failure,
                                std::string_view file, std::string_view detail);

// "„Hanse“ wurde nicht exportiert: …"
std::string export_failure_text(const StringTable& strings, DeckLibrary::ExportFailure failure,
                                std::string_view deck_title, std::string_view detail);

}  // namespace chronik::ui
