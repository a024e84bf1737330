// chronik-cli bench-sync: builds a multi-device compact review log and prints its size on disk per
// review and how long opening it takes (a benchmark, not a test).
#include <unistd.h>

#include <chrono>
#include <ctime>
#include <iomanip>
#include <iostream>

#include "cli/args.hpp"
#include "cli/command.hpp"
#include "cli/progress.hpp"
#include "io/sync/device_log.hpp"
#include "random/rng.hpp"
#include "srs/scheduler.hpp"
#include "sync/history_merge.hpp"

namespace chronik::cli {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr const char* kUsage =
    R"usage(Usage: chronik-cli bench-sync [--reviews N] [--cards N] [--devices N] [--session N]
                          [--dir DIR] [--keep]

Builds the compact review log of one profile studied on several computers: N
reviews (default 1000000) of N cards (default 10000) by the FSRS scheduler,
in sessions of --session reviews (default 200) that take turns between the
devices (default 2); every session is one segment, sealed with zstd when it
ends, as the game does. Then prints:
  - bytes per review on disk (all segments, compressed),
  - the time to open it: read and decode every segment, merge the devices'
    histories (dedupe, order, recompute where needed), rebuild the progress.
The profile is made in DIR (default: a new folder under the system temp
folder), removed afterwards unless --keep is given.
)usage";

double ms_since(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

double cpu_ms_since(std::clock_t c0) {
    return 1000.0 * static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
}

std::string card_id(std::size_t n) {
    std::string s = "card-";
    s += std::to_string(n);
    return s;
}

int fail(const io::SaveError& e) {
    std::cerr << "chronik-cli bench-sync: " << e.describe() << "\n";
    return 1;
}

int run_bench(const std::vector<std::string>& raw) {
    const Args args(raw, {"--cards", "--reviews", "--devices", "--session", "--dir"}, {"--keep"});
    const long long cards = args.get_int("--cards").value_or(10000);
    const long long reviews = args.get_int("--reviews").value_or(1000000);
    const long long devices = args.get_int("--devices").value_or(2);
    const long long session = args.get_int("--session").value_or(200);
    if (cards < 1 || reviews < 1 || devices < 1 || devices > 26 || session < 1)
        throw UsageError("--cards, --reviews, --session must be at least 1, --devices 1..26");
    const fs::path dir =
        args.get("--dir")
            ? fs::path(*args.get("--dir"))
            : fs::temp_directory_path() / ("chronik-bench-sync-" + std::to_string(::getpid()));
    const fs::path log_folder = dir / "log";
    std::cout << "building " << reviews << " reviews of " << cards << " cards on " << devices
              << " devices in sessions of " << session << " in " << dir.string() << " ...\n";

    const Scheduler scheduler;
    const auto t0 = Clock::now();
    {
        Rng rng(20261207);
        std::vector<std::optional<CardState>> states(static_cast<std::size_t>(cards));
        TimeMs now = 1767268800000;  // 2026-01-01 12:00 UTC
        io::DeviceLogOptions options;
        options.durable = false;  // building only; the game fsyncs every record
        ProgressLine progress("bench-sync: reviews written");
        // One log per device, open for the whole run; each session ends with seal() as closing
        // the profile does, and the next append starts the device's next segment.
        std::vector<io::DeviceLog> logs;
        for (long long d = 0; d < devices; ++d) {
            io::LoadReport report;
            auto log =
                io::DeviceLog::open(log_folder, std::string("device-") + static_cast<char>('a' + d),
                                    "bench", io::LogFolderRead{}, dir / "damaged", report, options);
            if (!log) return fail(log.error());
            logs.push_back(std::move(log.value()));
        }
        long long written = 0;
        for (long long s = 0; written < reviews; ++s) {
            auto& log = logs[static_cast<std::size_t>(s % devices)];
            for (long long i = 0; i < session && written < reviews; ++i, ++written) {
                const auto c =
                    static_cast<std::size_t>(rng.below(static_cast<std::uint64_t>(cards)));
                now += 3000 + static_cast<TimeMs>(rng.below(20'000));
                const CardState before = states[c].value_or(CardState::fresh(now));
                const Rating rating = rng.below(8) == 0 ? Rating::Again : Rating::Good;
                CardState after;
                try {
                    after = scheduler.next(before, rating, now);
                } catch (const SchedulingError&) {
                    after = before;
                }
                states[c] = after;
                auto r = log.append(sync::LoggedReview::of(ReviewRecord::review(
                    card_id(c), now, rating, RoundKind::Flashcard,
                    static_cast<std::int64_t>(rng.below(20'000)), 60, before, after)));
                if (!r) return fail(r.error());
            }
            if (auto r = log.seal(); !r) return fail(r.error());
            now += kHourMs * 6;
            progress.update(written, reviews);
        }
    }
    std::cout << std::fixed << std::setprecision(1) << "built in " << ms_since(t0) / 1000.0
              << " s\n";

    // Wall and CPU time per phase: on a busy machine the wall time says little.
    const auto start = Clock::now();
    const std::clock_t cpu = std::clock();
    auto read = io::read_log_folder(log_folder, "bench");
    const double read_ms = ms_since(start);
    const double read_cpu = cpu_ms_since(cpu);
    const auto merge_start = Clock::now();
    const std::clock_t merge_cpu0 = std::clock();
    const std::uint64_t bytes = read.bytes;
    const std::size_t files = read.files;
    const auto merged =
        sync::merge_histories(std::move(read.reviews),
                              [&scheduler](std::string_view, const CardState& before, Rating rating,
                                           TimeMs t) { return scheduler.next(before, rating, t); });
    const double merge_ms = ms_since(merge_start);
    const double merge_cpu = cpu_ms_since(merge_cpu0);
    const auto apply_start = Clock::now();
    const std::clock_t apply_cpu0 = std::clock();
    const auto progress = sync::progress_of(merged);
    const double apply_ms = ms_since(apply_start);
    const double apply_cpu = cpu_ms_since(apply_cpu0);
    const double total_ms = ms_since(start);
    const double total_cpu = cpu_ms_since(cpu);

    std::cout << std::setprecision(1) << "on disk: " << bytes << " bytes in " << files
              << " segments = " << static_cast<double>(bytes) / static_cast<double>(reviews)
              << " bytes per review\n";
    std::cout << "open (wall / cpu ms): " << total_ms << " / " << total_cpu << "; read and decode "
              << read_ms << " / " << read_cpu << ", merge " << merge_ms << " / " << merge_cpu
              << ", progress " << apply_ms << " / " << apply_cpu << "; " << merged.reviews.size()
              << " reviews, " << progress.cards().size() << " cards, " << merged.devices.size()
              << " devices, " << merged.recomputed << " recomputed\n";
    if (!args.has("--keep")) {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    return merged.reviews.size() == static_cast<std::size_t>(reviews) ? 0 : 1;
}

const CommandRegistration kBenchSync{
    Command{"bench-sync", "benchmark: bytes per review and open time of a multi-device compact log",
            kUsage, run_bench}};

}  // namespace
}  // namespace chronik::cli
