// libFuzzer target: the .xlsx sheet reader (zip, workbook relationships, shared and inline
// strings, cell references) and the Kahoot quiz made of its rows, which must load as a deck.
//
// An input that starts with "PK" is the .xlsx file itself. Any other input is split at lines
// "@@" into the parts of a workbook, zipped here: xl/worksheets/sheet1.xml,
// xl/sharedStrings.xml, xl/workbook.xml, xl/_rels/workbook.xml.rels (missing parts are left out).

#include <cstdint>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "imported_deck_check.hpp"
#include "io/interop/kahoot_import.hpp"
#include "io/interop/xlsx_sheet.hpp"
#include "support/zip_bytes.hpp"

using namespace chronik;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    std::string file;
    if (input.rfind("PK", 0) == 0) {
        file = input;
    } else {
        static const char* const names[] = {"xl/worksheets/sheet1.xml", "xl/sharedStrings.xml",
                                            "xl/workbook.xml", "xl/_rels/workbook.xml.rels"};
        std::vector<std::pair<std::string, std::string>> entries;
        std::size_t start = 0;
        for (const char* name : names) {
            if (start > input.size()) break;
            std::size_t end = input.find("\n@@\n", start);
            if (end == std::string::npos) end = input.size();
            entries.emplace_back(name, input.substr(start, end - start));
            start = end + 4;
        }
        file = testing::zip_bytes(entries);
    }
    std::vector<interop::SheetRow> rows;
    try {
        rows = io::read_first_sheet_bytes(std::move(file), "fuzz.xlsx");
    } catch (const std::runtime_error& e) {
        if (std::string(e.what()).rfind("fuzz.xlsx", 0) != 0) std::abort();
        return 0;
    }
    if (rows.size() > io::kMaxSheetRows) std::abort();
    for (const auto& row : rows)
        if (row.cells.size() > io::kMaxSheetColumns) std::abort();
    io::ImportOptions options;
    options.deck_id = "fuzz";
    options.title = "Fuzz";
    options.source_file = "fuzz.import.txt";
    const auto made = io::import_kahoot(rows, options);
    if (made.multiple_choice + made.flashcards != static_cast<int>(made.deck.items.size()))
        std::abort();
    fuzz::check_imported_deck(made.deck, made.source_text);
    return 0;
}
