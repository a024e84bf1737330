// libFuzzer target: the review-log reader, the snapshot position check and the torn-line repair.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "io/save/review_log.hpp"
#include "progress/profile_progress.hpp"

using namespace chronik;
namespace fs = std::filesystem;

namespace {

// Removes the scratch folder when the fuzzer exits normally.
struct ScratchFolder {
    fs::path path;
    ~ScratchFolder() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

const fs::path& work_folder() {
    // tmpfs where there is one: fsync costs nothing there, so more inputs run per second.
    static const fs::path folder = [] {
        std::error_code ec;
        const fs::path base =
            fs::is_directory("/dev/shm", ec) ? fs::path("/dev/shm") : fs::temp_directory_path();
        fs::path p = base / ("chronik-fuzz-log-" + std::to_string(::getpid()));
        fs::create_directories(p);
        return p;
    }();
    static const ScratchFolder cleanup{folder};
    return folder;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const fs::path log = work_folder() / "reviews.jsonl";
    {
        std::ofstream out(log, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    ProfileProgress progress;
    std::int64_t records = 0;
    auto scan = io::scan_log(log, {}, [&](const ReviewRecord& r, std::int64_t) {
        ++records;
        progress.apply(r);
    });
    if (!scan) return 0;  // a newer schema, reported as an error value
    const io::LogScan& s = scan.value();
    if (s.records != records || s.end.bytes + s.torn_bytes != static_cast<std::int64_t>(size))
        std::abort();
    // The end of a scan is a position a snapshot could have: it must check out.
    if (io::position_problem(log, s.end) && s.end.last_line_hash != 0) std::abort();
    // Reading again from any line boundary gives the rest of the records.
    std::int64_t tail = 0;
    auto from_end = io::scan_log(log, s.end, [&](const ReviewRecord&, std::int64_t) { ++tail; });
    if (!from_end || tail != 0) std::abort();
    // Opening for writing cuts off a torn last line (keeping it aside); then the log ends on a
    // line.
    io::LoadReport report;
    {
        auto writer =
            io::ReviewLogWriter::open(log, "fuzz", "Fuzz", work_folder() / "damaged", report);
        if (!writer) return 0;
    }
    auto after = io::scan_log(log, {}, {});
    if (!after || after.value().torn_bytes != 0) std::abort();
    std::error_code ec;
    fs::remove_all(work_folder() / "damaged", ec);
    return 0;
}
