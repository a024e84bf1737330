// chronik-cli fsrs-replay FILE: recompute every review of an FSRS vector file with Chronik's
// scheduler and print the document with the computed outputs.
#include <iostream>

#include "cli/args.hpp"
#include "cli/command.hpp"
#include "io/fsrs/fsrs_vectors.hpp"

namespace chronik::cli {
namespace {

constexpr const char* kUsage = R"(Usage: chronik-cli fsrs-replay FILE [--compact]

Reads FILE in the FSRS test-vector format (format "fsrs-vectors/1", as
tests/data/fsrs/vectors.json; see tests/data/fsrs/README.md) and recomputes
every review with Chronik's FSRS-6 scheduler. Each history starts from an
empty card and is chained: review j starts from the card computed at review
j-1, never from the file's outputs. Only the inputs are used: each config's
"params" (weights "w_input" when present, else "w", clipped as ts-fsrs does;
missing keys take the ts-fsrs defaults) and each review's input time and
rating.

Prints the same JSON document to stdout, keys in their order, with each
review's "output" and "preview_due_ms" replaced by the computed values, and
"derived", "retrievability_before" and "retrievability_before_api" replaced
where the file has them. Doubles are written in shortest round-trip form, so
the numbers read back exactly.

Options:
  --compact   one line instead of indented JSON
  --help      this text

Exit status: 0 on success; 1 if FILE cannot be read, is not JSON, does not
follow the format (the message names the file and the JSON path), has fuzz
on, or has a review dated on an earlier UTC day than the one before it;
2 for a bad command line.
)";

int run(const std::vector<std::string>& argv) {
    const Args args(argv, {}, {"--compact"});
    if (args.positional().size() != 1) throw UsageError("expects exactly one FILE");
    const auto replayed =
        io::replay_vector_file(args.positional()[0], args.has("--compact") ? -1 : 2);
    if (!replayed) {
        std::cerr << "chronik-cli fsrs-replay: error: " << replayed.error().describe() << "\n";
        return 1;
    }
    std::cout << replayed.value();
    std::cout.flush();
    return std::cout ? 0 : 1;
}

const CommandRegistration kRegistration{
    {"fsrs-replay", "recompute an FSRS test-vector file with Chronik's scheduler", kUsage, run}};

}  // namespace
}  // namespace chronik::cli
