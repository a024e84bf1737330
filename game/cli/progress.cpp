#include "cli/progress.hpp"

#include <unistd.h>

#include <cstdio>

namespace chronik::cli {

ProgressLine::ProgressLine(std::string what)
    : what_(std::move(what)), enabled_(isatty(STDERR_FILENO) == 1) {}

ProgressLine::~ProgressLine() {
    done();
}

void ProgressLine::update(std::int64_t done, std::int64_t total) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    const bool last = total > 0 && done >= total;
    if (drawn_ && !last && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    if (total > 0)
        std::fprintf(stderr, "\r%s: %lld/%lld (%d%%)\033[K", what_.c_str(),
                     static_cast<long long>(done), static_cast<long long>(total),
                     static_cast<int>(100 * done / total));
    else
        std::fprintf(stderr, "\r%s: %lld\033[K", what_.c_str(), static_cast<long long>(done));
    std::fflush(stderr);
    drawn_ = true;
}

void ProgressLine::step(std::string what) {
    what_ = std::move(what);
    if (!enabled_) return;
    last_ = std::chrono::steady_clock::now();
    std::fprintf(stderr, "\r%s\033[K", what_.c_str());
    std::fflush(stderr);
    drawn_ = true;
}

void ProgressLine::done() {
    if (!drawn_) return;
    std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
    drawn_ = false;
}

}  // namespace chronik::cli
