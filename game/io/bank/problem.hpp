// A problem found while loading or linting a deck: file, item, field, message, severity.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

namespace chronik::io {

enum class Severity { Warning, Error };

struct Problem {
    std::string file;     // the deck file as given; never empty
    std::string item_id;  // empty for problems of the whole file or deck
    std::string field;    // JSON path inside the item or file, e.g. "distractors[2]"; may be empty
    std::string message;
    Severity severity = Severity::Error;
};

// "FILE: ITEM-ID: FIELD: message"; an empty item id or field prints as "-",
// a warning's message starts with "warning: ".
std::string format_problem(const Problem& problem);
std::ostream& operator<<(std::ostream& out, const Problem& problem);

std::size_t count_errors(const std::vector<Problem>& problems);
std::size_t count_warnings(const std::vector<Problem>& problems);

}  // namespace chronik::io
