// The first worksheet of an .xlsx file as rows of text cells (libzip + libxml2's XML parser).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "interop/kahoot_quiz.hpp"

namespace chronik::io {

inline constexpr std::uint64_t kMaxSheetXmlBytes = 64u << 20;
inline constexpr std::size_t kMaxSheetRows = 10'000;
inline constexpr std::size_t kMaxSheetColumns = 64;

using interop::SheetRow;  // number: the spreadsheet's row (1-based); cells: A is cells[0]

// Reads the workbook's first sheet (xl/workbook.xml and its relationships), with shared
// strings, inline strings, rich text and numbers as written ("20", "1.5"). Empty rows are left
// out. Throws std::runtime_error "FILE: problem" for a file that is not a zip, a workbook
// without sheets, XML that does not parse, or a sheet over the limits above.
std::vector<SheetRow> read_first_sheet(const std::filesystem::path& file);
std::vector<SheetRow> read_first_sheet_bytes(std::string bytes, const std::string& name);

}  // namespace chronik::io
