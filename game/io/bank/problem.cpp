#include "io/bank/problem.hpp"

#include <algorithm>

namespace chronik::io {

std::string format_problem(const Problem& problem) {
    const auto or_dash = [](const std::string& s) { return s.empty() ? std::string("-") : s; };
    return problem.file + ": " + or_dash(problem.item_id) + ": " + or_dash(problem.field) + ": " +
           (problem.severity == Severity::Warning ? "warning: " : "") + problem.message;
}

std::ostream& operator<<(std::ostream& out, const Problem& problem) {
    return out << format_problem(problem);
}

std::size_t count_errors(const std::vector<Problem>& problems) {
    return static_cast<std::size_t>(
        std::count_if(problems.begin(), problems.end(),
                      [](const auto& p) { return p.severity == Severity::Error; }));
}

std::size_t count_warnings(const std::vector<Problem>& problems) {
    return problems.size() - count_errors(problems);
}

}  // namespace chronik::io
