// A progress line on stderr for long chronik-cli work, shown only when stderr is a terminal.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace chronik::cli {

// Prints "WHAT: DONE/TOTAL (P%)" (or "WHAT: DONE" without a total) on one
// line of stderr, rewritten in place (carriage return) at most ten times a
// second, and erased when done() is called or the object goes away. When
// stderr is not a terminal (a pipe, a file, a test) nothing is printed, so
// scripts and logs stay clean.
class ProgressLine {
public:
    explicit ProgressLine(std::string what);
    ~ProgressLine();
    ProgressLine(const ProgressLine&) = delete;
    ProgressLine& operator=(const ProgressLine&) = delete;

    // `total` 0: unknown.
    void update(std::int64_t done, std::int64_t total = 0);
    // Names a new step of the work and shows it at once ("import: reading big.apkg"); later
    // update() calls count under that name.
    void step(std::string what);
    void done();  // erases the line

    bool shown() const { return enabled_; }

private:
    std::string what_;
    bool enabled_ = false;
    bool drawn_ = false;
    std::chrono::steady_clock::time_point last_{};
};

}  // namespace chronik::cli
