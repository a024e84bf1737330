// chronik-cli bench-saves: builds a large profile and prints how fast it loads (a benchmark, not a
// test).
#include <unistd.h>
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <iomanip>
#include <iostream>

#include "cli/args.hpp"
#include "cli/command.hpp"
#include "cli/progress.hpp"
#include "io/save/device_mirror.hpp"
#include "io/save/profile_check.hpp"
#include "io/save/profile_store.hpp"
#include "io/save/review_log.hpp"
#include "random/rng.hpp"

namespace chronik::cli {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr const char* kUsage =
    R"usage(Usage: chronik-cli bench-saves [--cards N] [--reviews N] [--dir DIR] [--keep]

Builds a profile with N cards (default 10000) and N logged reviews (default
1000000) of simulated study, then prints timings:
  - load with a valid snapshot (snapshot + log tail; the log is not parsed),
  - the same with 100 reviews in the log after the snapshot,
  - a rebuild that replays the whole log (what happens without a snapshot),
  - append latency (each review written and fsync'ed),
  - bytes on disk per review (reviews.jsonl and the device's zstd segments),
  - the load on another computer (every device's segments read and merged),
  - the loads of a profile merged from two devices, from each device's checkpoint.
The goal for the default size is a load under one second. The profile is
made in DIR (default: a new folder under the system temp folder), which is
removed afterwards unless --keep is given.

Options:
  --cards N     number of cards (default 10000)
  --reviews N   number of reviews in the log (default 1000000)
  --dir DIR     where to build the saves folder
  --keep        keep the saves folder
  --help        this text
)usage";

double ms_since(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// Process CPU time: on a busy machine wall time says little, so both are printed.
double cpu_ms_since(std::clock_t c0) {
    return 1000.0 * static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
}

int run_bench(const std::vector<std::string>& raw) {
    const Args args(raw, {"--cards", "--reviews", "--dir"}, {"--keep"});
    const long long cards = args.get_int("--cards").value_or(10000);
    const long long reviews = args.get_int("--reviews").value_or(1000000);
    if (cards < 1 || reviews < 1) throw UsageError("--cards and --reviews must be at least 1");
    const fs::path dir =
        args.get("--dir")
            ? fs::path(*args.get("--dir"))
            : fs::temp_directory_path() / ("chronik-bench-saves-" + std::to_string(::getpid()));
    io::ProfileStore store(dir / "saves");
    auto info = store.create("Bench");
    if (!info) {
        std::cerr << "chronik-cli bench-saves: " << info.error().describe() << "\n";
        return 1;
    }
    std::cout << "building " << cards << " cards and " << reviews << " reviews in " << dir.string()
              << " ...\n";
    auto t0 = Clock::now();
    {
        auto storage =
            store.open("Bench", io::OpenOptions{io::OpenMode::ReadWrite, 1 << 30}).value();
        Rng rng(20260101);
        std::vector<CardState> states(static_cast<std::size_t>(cards));
        TimeMs now = 1767268800000;  // 2026-01-01 12:00 UTC
        std::vector<ReviewRecord> batch;
        ProgressLine progress("bench-saves: reviews written");
        for (long long i = 0; i < reviews; ++i) {
            const auto c = static_cast<std::size_t>(rng.below(static_cast<std::uint64_t>(cards)));
            now += 1 + static_cast<TimeMs>(rng.below(60'000));
            CardState after = states[c];
            after.phase = CardPhase::Review;
            after.stability = 0.5 + 100.0 * rng.uniform();
            after.difficulty = 1.0 + 9.0 * rng.uniform();
            after.last_review = now;
            after.scheduled_days = 1 + static_cast<int>(rng.below(60));
            after.due = now + after.scheduled_days * kDayMs;
            after.reps += 1;
            const Rating rating = rng.below(10) == 0 ? Rating::Again : Rating::Good;
            batch.push_back(ReviewRecord::review(
                "card-" + std::to_string(c), now, rating, RoundKind::Simulation,
                static_cast<std::int64_t>(rng.below(20'000)), 60, states[c], after));
            states[c] = after;
            if (batch.size() == 100'000 || i + 1 == reviews) {
                auto r = storage.append_all(batch);
                if (!r) {
                    std::cerr << "chronik-cli bench-saves: " << r.error().describe() << "\n";
                    return 1;
                }
                batch.clear();
                progress.update(i + 1, reviews);
            }
        }
        if (auto r = storage.write_snapshot(); !r) {
            std::cerr << "chronik-cli bench-saves: " << r.error().describe() << "\n";
            return 1;
        }
    }
    const fs::path folder = info.value().folder;
    std::cout << std::fixed << std::setprecision(1) << "built in " << ms_since(t0) / 1000.0
              << " s; log " << fs::file_size(folder / io::kLogFileName) / 1e6 << " MB, snapshot "
              << fs::file_size(folder / io::kSnapshotFileName) / 1e6 << " MB\n";

    auto time_load = [&](const char* what) {
        const auto start = Clock::now();
        const std::clock_t cpu = std::clock();
        auto s = store.open("Bench", io::OpenOptions{io::OpenMode::Inspect, 100});
        const double ms = ms_since(start);
        const double cpu_ms = cpu_ms_since(cpu);
        if (!s) {
            std::cerr << "chronik-cli bench-saves: " << s.error().describe() << "\n";
            return false;
        }
        std::cout << "load (" << what << "): " << std::setprecision(1) << ms << " ms (cpu "
                  << cpu_ms << " ms), " << s.value().progress().cards().size() << " cards, "
                  << s.value().progress().scores().reviews << " reviews\n";
        return true;
    };
    {
        // Bytes on disk per review: the JSON log and this device's compact segments (what other
        // computers read, game/io/sync).
        std::uintmax_t segments = 0;
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(folder / io::kDevicesFolder, ec))
            segments += e.is_regular_file(ec) ? e.file_size(ec) : 0;
        const double n = static_cast<double>(reviews);
        std::cout << std::setprecision(1) << "on disk per review: reviews.jsonl "
                  << static_cast<double>(fs::file_size(folder / io::kLogFileName)) / n
                  << " bytes; devices/ segments (zstd) " << static_cast<double>(segments) / n
                  << " bytes (" << static_cast<double>(segments) / 1e6 << " MB)\n";
    }
    if (!time_load("snapshot, empty log tail")) return 1;
    if (!time_load("snapshot, empty log tail, second run")) return 1;
    {
        auto storage =
            store.open("Bench", io::OpenOptions{io::OpenMode::ReadWrite, 1 << 30}).value();
        const auto start = Clock::now();
        for (int i = 0; i < 100; ++i) {
            const auto& [id, st] = *storage.progress().cards().begin();
            CardState after = st;
            after.reps += 1;
            after.last_review = st.last_review.value_or(0) + kDayMs;
            auto r = storage.append(ReviewRecord::review(
                id, *after.last_review, Rating::Good, RoundKind::Flashcard, 1000, 60, st, after));
            if (!r) {
                std::cerr << "chronik-cli bench-saves: " << r.error().describe() << "\n";
                return 1;
            }
        }
        std::cout << "append (write + fsync): " << std::setprecision(2) << ms_since(start) / 100.0
                  << " ms per review\n";
    }
    if (!time_load("snapshot + 100 reviews of log tail")) return 1;
    // Several computers: another device opens the folder (every segment read and merged), then
    // each device opens from its checkpoint and the reviews of the other that came since.
    const char* had = std::getenv("CHRONIK_DEVICE_ID");
    const std::string creator = had != nullptr ? had : "";
    const auto as_device = [&](const std::string& id) {
        if (id.empty())
            ::unsetenv("CHRONIK_DEVICE_ID");
        else
            ::setenv("CHRONIK_DEVICE_ID", id.c_str(), 1);
    };
    // A device studies 100 cards an hour after the latest review of the profile.
    const auto study_100 = [&](const char* what) {
        const auto start = Clock::now();
        auto storage = store.open("Bench", io::OpenOptions{io::OpenMode::ReadWrite, 1 << 30});
        if (!storage) {
            std::cerr << "chronik-cli bench-saves: " << storage.error().describe() << "\n";
            return false;
        }
        std::cout << "open for writing (" << what << "): " << std::setprecision(1)
                  << ms_since(start) << " ms\n";
        auto& p = storage.value();
        TimeMs t = p.latest_review_time().value_or(0) + kHourMs;
        std::vector<ReviewRecord> batch;
        auto it = p.progress().cards().begin();
        for (int i = 0; i < 100 && it != p.progress().cards().end(); ++i, ++it) {
            CardState after = it->second;
            after.reps += 1;
            after.last_review = t;
            batch.push_back(ReviewRecord::review(it->first, t, Rating::Good, RoundKind::Flashcard,
                                                 1000, 60, it->second, after));
            t += 1000;
        }
        if (auto r = p.append_all(batch); !r) {
            std::cerr << "chronik-cli bench-saves: " << r.error().describe() << "\n";
            return false;
        }
        return static_cast<bool>(p.close());
    };
    const std::string other = "bench-other-computer";
    bool ok = true;
    as_device(other);
    ok = ok && time_load("merged, as another computer: every segment read and merged");
    ok = ok && study_100("another computer's first open: every segment merged, checkpoint written");
    ok = ok && time_load("merged, as that computer again: its checkpoint, nothing new");
    as_device(creator);
    ok =
        ok && study_100("the first computer, now merged: every segment merged, checkpoint written");
    ok = ok && time_load("merged from two devices, as the first computer: its checkpoint");
    as_device(other);
    ok = ok && time_load(
                   "merged from two devices, as the other computer: its checkpoint + the first "
                   "computer's 100 newer reviews");
    as_device(creator);
    if (!ok) return 1;
    {
        const auto start = Clock::now();
        const std::clock_t cpu = std::clock();
        ProfileProgress p;
        auto scan = io::scan_log(folder / io::kLogFileName, {},
                                 [&](const ReviewRecord& r, std::int64_t) { p.apply(r); });
        if (!scan) return 1;
        std::cout << "replay of the whole log (no snapshot): " << std::setprecision(1)
                  << ms_since(start) << " ms (cpu " << cpu_ms_since(cpu) << " ms) for "
                  << scan.value().records << " records\n";
    }
    if (!args.has("--keep")) {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    return 0;
}

const CommandRegistration kBenchSaves{Command{
    "bench-saves", "benchmark: load time of a profile with 1,000,000 reviews", kUsage, run_bench}};

}  // namespace
}  // namespace chronik::cli
