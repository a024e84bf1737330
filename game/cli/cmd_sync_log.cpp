// chronik-cli sync-log: studies on, and shows, a multi-device compact review log folder (the
// format of game/io/sync), for checking what folder-sync tools and copying do to it.
#include <algorithm>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include "cli/args.hpp"
#include "cli/command.hpp"
#include "io/sync/device_id.hpp"
#include "io/sync/device_log.hpp"
#include "random/rng.hpp"
#include "srs/scheduler.hpp"
#include "sync/history_merge.hpp"
#include "text/fnv.hpp"

namespace chronik::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kUsage =
    R"(Usage: chronik-cli sync-log study --dir DIR --profile ID [--reviews N] [--cards N]
                                  [--seed S] [--start MS] [--hold]
       chronik-cli sync-log show --dir DIR --profile ID [--ids]

Works on the compact, multi-device review log folder of one profile (the files
"<device>-<n>.clog" and sealed "<device>-<n>.clog.zst").

study: this device (CHRONIK_DEVICE_ID, else the id in $XDG_STATE_HOME/chronik/
  device-id) reads every device's segments in DIR, merges them, and answers N
  (default 50) of --cards cards (default 30) with the FSRS scheduler, continuing
  from the merged card states, one review every 10 to 40 seconds from --start
  (UTC ms; default: after the latest review in DIR). Each review is written and
  fsync'ed; the session's segment is sealed at the end (--hold leaves it open,
  as a running or crashed game would).
show: reads and merges every segment in DIR and prints the reviews in effect,
  each device's share, copies ignored, reviews recomputed, a digest of the
  merged card states (equal folders print equal digests) and every problem;
  --ids also prints every review id ("device#seq"), sorted. Exit status 1 when
  a file is damaged or unreadable (notes such as conflict copies and files
  still being transferred are not problems).
)";

sync::Rescheduler rescheduler(const Scheduler& scheduler) {
    return [&scheduler](std::string_view, const CardState& before, Rating rating, TimeMs t) {
        return scheduler.next(before, rating, t);
    };
}

// FNV-1a over the merged states: two folders with the same union print the same digest.
std::string digest(const sync::MergedHistory& merged) {
    text::Fnv1a64 hash;
    const auto mix = [&hash](std::string_view bytes) { hash.mix(bytes); };
    for (const auto& r : merged.reviews) {
        mix(r.id.device);
        mix(std::to_string(r.id.seq));
        mix(r.record.card_id);
        mix(std::to_string(r.record.after.due));
        mix(std::to_string(r.record.after.stability));
        mix(std::to_string(r.record.after.difficulty));
    }
    std::ostringstream out;
    out << std::hex << std::setw(16) << std::setfill('0') << hash.value;
    return out.str();
}

int show(const Args& args) {
    const fs::path dir = args.get_or("--dir", "");
    const std::string profile = args.get_or("--profile", "");
    if (dir.empty() || profile.empty()) throw UsageError("show needs --dir and --profile");
    const Scheduler scheduler;
    auto read = io::read_log_folder(dir, profile);
    const auto merged = sync::merge_histories(read.reviews, rescheduler(scheduler));
    std::cout << "reviews: " << merged.reviews.size() << "\n";
    for (const auto& d : merged.devices)
        std::cout << "device " << d.device << ": " << d.reviews << " reviews, " << d.undone
                  << " undone\n";
    std::cout << "copies ignored: " << merged.duplicates << "\n"
              << "differing copies: " << merged.differing_copies << "\n"
              << "recomputed: " << merged.recomputed << "\n"
              << "segments: " << read.files << " (" << read.bytes << " bytes)\n"
              << "digest: " << digest(merged) << "\n";
    for (const auto& m : read.report.messages)
        std::cout << (m.level == io::MessageLevel::Info      ? "note"
                      : m.level == io::MessageLevel::Warning ? "WARNING"
                                                             : "ERROR")
                  << ": " << m.file << ": " << m.reason << "\n";
    if (args.has("--ids")) {
        std::vector<sync::RecordId> ids;
        for (const auto& r : merged.reviews)
            ids.push_back(r.id);
        std::sort(ids.begin(), ids.end());
        for (const auto& id : ids)
            std::cout << "id " << sync::describe(id) << "\n";
    }
    return read.report.has_problems() || merged.differing_copies > 0 ? 1 : 0;
}

int study(const Args& args) {
    const fs::path dir = args.get_or("--dir", "");
    const std::string profile = args.get_or("--profile", "");
    if (dir.empty() || profile.empty()) throw UsageError("study needs --dir and --profile");
    const long long reviews = args.get_int("--reviews").value_or(50);
    const long long cards = args.get_int("--cards").value_or(30);
    if (reviews < 0 || cards < 1)
        throw UsageError("--reviews must be 0 or more, --cards 1 or more");
    const auto device = io::device_id();
    if (!device) {
        std::cerr << "chronik-cli sync-log: " << device.error().describe() << "\n";
        return 1;
    }
    const Scheduler scheduler;
    auto read = io::read_log_folder(dir, profile);
    const auto merged = sync::merge_histories(read.reviews, rescheduler(scheduler));
    std::map<std::string, CardState> known;
    TimeMs now = 1767268800000;  // 2026-01-01 12:00 UTC
    for (const auto& r : merged.reviews) {
        known[r.record.card_id] = r.record.after;
        now = std::max(now, r.record.time_ms);
    }
    if (const auto start = args.get_int("--start")) now = *start;
    io::LoadReport report;
    auto log = io::DeviceLog::open(dir, device.value(), profile, read,
                                   dir.parent_path() / "damaged", report);
    if (!log) {
        std::cerr << "chronik-cli sync-log: " << log.error().describe() << "\n";
        return 1;
    }
    Rng rng(static_cast<std::uint64_t>(args.get_int("--seed").value_or(1)));
    for (long long i = 0; i < reviews; ++i) {
        std::string card = "card-";
        card += std::to_string(rng.below(static_cast<std::uint64_t>(cards)));
        now += 10'000 + static_cast<TimeMs>(rng.below(30'000));
        const auto it = known.find(card);
        const CardState before = it == known.end() ? CardState::fresh(now) : it->second;
        const Rating rating = rng.below(5) == 0 ? Rating::Again : Rating::Good;
        CardState after = before;
        try {
            after = scheduler.next(before, rating, now);
        } catch (const SchedulingError&) {
            continue;  // a card last reviewed on a later day by another device's clock
        }
        known[card] = after;
        auto r = log.value().append(sync::LoggedReview::of(ReviewRecord::review(
            card, now, rating, RoundKind::Simulation, 4000, 60, before, after)));
        if (!r) {
            std::cerr << "chronik-cli sync-log: " << r.error().describe() << "\n";
            return 1;
        }
    }
    if (!args.has("--hold")) {
        if (auto r = log.value().seal(); !r) {
            std::cerr << "chronik-cli sync-log: " << r.error().describe() << "\n";
            return 1;
        }
    }
    std::cout << device.value() << ": " << reviews << " reviews added\n";
    return 0;
}

int run(const std::vector<std::string>& raw) {
    if (raw.empty()) throw UsageError("sync-log needs 'study' or 'show'");
    const std::vector<std::string> rest(raw.begin() + 1, raw.end());
    const Args args(rest, {"--dir", "--profile", "--reviews", "--cards", "--seed", "--start"},
                    {"--hold", "--ids"});
    if (raw.front() == "study") return study(args);
    if (raw.front() == "show") return show(args);
    throw UsageError("sync-log: unknown action " + raw.front() + " (study or show)");
}

const CommandRegistration kSyncLog{
    Command{"sync-log", "study on or show a multi-device compact review log folder", kUsage, run}};

}  // namespace
}  // namespace chronik::cli
