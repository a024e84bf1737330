// Profiles on several computers (#23): each device's own segments in devices/, the merge when
// another device's files arrive, undo and settings in a merged profile, converting an old log.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <functional>
#include <map>
#include <string>
#include <thread>

#include "io/save/device_mirror.hpp"
#include "io/save/durable_file.hpp"
#include "io/save/profile_check.hpp"
#include "io/save/profile_store.hpp"
#include "io/save/save_formats.hpp"
#include "io/save/settings_fields.hpp"
#include "io_save/save_fixtures.hpp"
#include "io_save/temp_folder.hpp"

using namespace chronik;
using namespace chronik::io;
namespace fs = std::filesystem;

namespace {

// Sets CHRONIK_DEVICE_ID for the test's lifetime: one process plays several computers.
struct AsDevice {
    explicit AsDevice(const char* id) { ::setenv("CHRONIK_DEVICE_ID", id, 1); }
    ~AsDevice() { ::unsetenv("CHRONIK_DEVICE_ID"); }
    AsDevice(const AsDevice&) = delete;
    AsDevice& operator=(const AsDevice&) = delete;
};

void study(ProfileStorage& p, int first, int n) {
    for (int i = first; i < first + n; ++i) {
        const auto before =
            p.progress().card(test::card_name(i % 10)).value_or(CardState::fresh(test::kStart));
        auto r = p.append(test::simulated_review(i, before));
        REQUIRE(r.ok());
        REQUIRE(r.value().outcome == ApplyOutcome::Applied);
    }
}

// "Anna" created on dev-a with three reviews at `a`, and the folder copied to `b` (the second
// computer's copy before either studies apart).
void anna_on_two_computers(const fs::path& a, const fs::path& b) {
    {
        AsDevice as("dev-a");
        ProfileStore store(a);
        REQUIRE(store.create("Anna").ok());
        auto p = store.open("Anna").value();
        study(p, 0, 3);
        REQUIRE(p.close().ok());
    }
    fs::copy(a, b, fs::copy_options::recursive);
}

// Copies every file of `from` into `to`, overwriting files of the same name (cp -r from/. to/).
void copy_over(const fs::path& from, const fs::path& to) {
    fs::copy(from, to, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
}

std::int64_t reviews_of(const fs::path& saves, const char* device) {
    AsDevice as(device);
    auto p = ProfileStore(saves).open("Anna", OpenOptions{OpenMode::Inspect, 100});
    REQUIRE(p.ok());
    return p.value().progress().scores().reviews;
}

// Every file under `folder` (relative path) with a hash of its bytes: what a session wrote is
// what changed between two of these.
std::map<std::string, std::size_t> file_hashes(const fs::path& folder) {
    std::map<std::string, std::size_t> out;
    for (const auto& e : fs::recursive_directory_iterator(folder))
        if (e.is_regular_file())
            out[fs::relative(e.path(), folder).string()] =
                std::hash<std::string>{}(test::slurp(e.path()));
    return out;
}

// The files changed or created between `before` and `after`.
std::vector<std::string> written_between(const std::map<std::string, std::size_t>& before,
                                         const std::map<std::string, std::size_t>& after) {
    std::vector<std::string> out;
    for (const auto& [file, hash] : after)
        if (const auto it = before.find(file); it == before.end() || it->second != hash)
            out.push_back(file);
    return out;
}

// One session of `device` on Anna at `saves`: studies, undoes, changes a setting, renames.
void full_session(const fs::path& saves, const char* device, int first) {
    AsDevice as(device);
    {
        auto p = ProfileStore(saves).open("anna").value();
        study(p, first, 4);
        REQUIRE(p.undo_last(test::kStart + (first + 10) * 3600000LL, 60).ok());
        auto s = p.settings();
        s.daily_new_limit += 1;
        REQUIRE(p.set_settings(s).ok());
        REQUIRE(p.close().ok());
    }
    REQUIRE(ProfileStore(saves).rename("anna", std::string("Anna ") + device).ok());
}

}  // namespace

TEST_CASE("each device writes its own segments and the copies merge to the union") {
    test::TempFolder tmp("devices-merge");
    const fs::path home = tmp / "home", school = tmp / "school";
    {
        AsDevice as("dev-home");
        ProfileStore store(home);
        REQUIRE(store.create("Anna").ok());
        auto p = store.open("Anna").value();
        CHECK_FALSE(p.merged());
        study(p, 0, 10);
        REQUIRE(p.close().ok());
    }
    fs::copy(home, school, fs::copy_options::recursive);
    {
        AsDevice as("dev-school");
        auto p = ProfileStore(school).open("Anna").value();
        CHECK(p.merged());  // reviews.jsonl is dev-home's: this device writes only its own files
        CHECK(p.progress().scores().reviews == 10);
        study(p, 100, 7);
        // Undo takes back this session's last answer, also in a merged profile.
        auto u = p.undo_last(test::kStart + 200 * 3600000LL, 60);
        REQUIRE(u.ok());
        CHECK(u.value().outcome == ApplyOutcome::Undone);
        CHECK(p.progress().scores().reviews == 16);
        REQUIRE(p.close().ok());
    }
    CHECK(fs::exists(school / "profiles/anna/snapshot.dev-school.json"));
    {
        AsDevice as("dev-home");
        auto p = ProfileStore(home).open("Anna").value();
        study(p, 50, 5);
        REQUIRE(p.close().ok());
    }
    copy_over(school, home);
    copy_over(home, school);
    CHECK(reviews_of(home, "dev-home") == 21);  // 10 + 5 at home, 7 - 1 undone at school
    CHECK(reviews_of(school, "dev-school") == 21);
    {
        AsDevice as("dev-home");
        auto p = ProfileStore(home).open("Anna", OpenOptions{OpenMode::Inspect, 100}).value();
        CHECK(p.merged());
        REQUIRE(p.devices().size() == 2);
        CHECK(p.devices()[0].device == "dev-home");
        CHECK(p.devices()[0].reviews == 15);
        CHECK(p.devices()[1].reviews == 6);
        CHECK(p.devices()[1].undone == 1);
        auto check = check_profile(home / "profiles/anna");
        REQUIRE(check.ok());
        CHECK(check.value().ok());
    }
}

TEST_CASE("settings changed last on any device are used in a merged profile") {
    test::TempFolder tmp("devices-settings");
    const fs::path a = tmp / "a", b = tmp / "b";
    anna_on_two_computers(a, b);
    {
        AsDevice as("dev-b");
        auto p = ProfileStore(b).open("Anna").value();
        auto s = p.settings();
        s.desired_retention = 0.85;
        REQUIRE(p.set_settings(s).ok());
        study(p, 10, 2);
        REQUIRE(p.close().ok());
    }
    copy_over(b, a);
    AsDevice as("dev-a");
    auto p = ProfileStore(a).open("Anna").value();
    CHECK(p.merged());
    CHECK(p.settings().desired_retention == doctest::Approx(0.85));
    CHECK(p.progress().scores().reviews == 5);
}

TEST_CASE("settings merge per field, and a field changed on two devices apart keeps both values") {
    test::TempFolder tmp("devices-fields");
    const fs::path a = tmp / "a", b = tmp / "b";
    anna_on_two_computers(a, b);
    {
        // Apart: the laptop (still the only device it knows) sets two fields ...
        AsDevice as("dev-a");
        auto p = ProfileStore(a).open("Anna").value();
        auto s = p.settings();
        s.daily_new_limit = 25;
        s.high_contrast = true;
        REQUIRE(p.set_settings(s).ok());
        REQUIRE(p.close().ok());
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    {
        // ... and the school computer, later, one of them and another one.
        AsDevice as("dev-b");
        auto p = ProfileStore(b).open("Anna").value();
        auto s = p.settings();
        s.daily_new_limit = 30;
        s.desired_retention = 0.85;
        REQUIRE(p.set_settings(s).ok());
        study(p, 10, 2);
        REQUIRE(p.close().ok());
    }
    copy_over(b, a);
    copy_over(a, b);
    // A sync tool's conflict copies of a snapshot or of a device's field changes are never read
    // as settings, however new.
    {
        const fs::path folder = a / "profiles/anna";
        auto bytes = read_file(folder / "snapshot.dev-b.json", kMaxSnapshotBytes);
        REQUIRE(bytes.ok());
        Snapshot copy = decode_snapshot(bytes.value());
        copy.settings.daily_new_limit = 99;
        copy.settings_ms += 1000LL * 3600 * 24 * 365;
        test::spit(folder / "snapshot.dev-b.sync-conflict-20260105-081203-ABCDEFG.json",
                   encode_snapshot(copy));
        std::string fields = test::slurp(folder / "fields.dev-b.json");
        const auto at = fields.find("\"30\"");
        REQUIRE(at != std::string::npos);
        fields.replace(at, 4, "\"99\"");
        test::spit(folder / "fields.dev-b (conflicted copy 2026-01-05 081203).json", fields);
    }
    for (const auto& [saves, device] : {std::pair{a, "dev-a"}, std::pair{b, "dev-b"}}) {
        AsDevice as(device);
        auto p = ProfileStore(saves).open("Anna", OpenOptions{OpenMode::Inspect, 100}).value();
        CHECK(p.merged());
        CHECK(p.settings().daily_new_limit == 30);  // the later of the two
        CHECK(p.settings().high_contrast);          // changed on one device only
        CHECK(p.settings().desired_retention == doctest::Approx(0.85));
        REQUIRE(p.settings_conflicts().size() == 1);
        const auto& c = p.settings_conflicts().front();
        CHECK(c.field == "settings.daily_new_limit");
        CHECK(c.kept.value == "30");
        CHECK(c.kept.id.device == "dev-b");
        REQUIRE(c.others.size() == 1);
        CHECK(c.others.front().value == "25");
        CHECK(c.others.front().id.device == "dev-a");
    }
    {
        // Setting the field again settles it, on every computer once the files meet.
        AsDevice as("dev-a");
        auto p = ProfileStore(a).open("Anna").value();
        auto s = p.settings();
        s.daily_new_limit = 40;
        REQUIRE(p.set_settings(s).ok());
        CHECK(p.settings_conflicts().empty());
        REQUIRE(p.close().ok());
    }
    copy_over(a, b);
    AsDevice as("dev-b");
    auto p = ProfileStore(b).open("Anna").value();
    CHECK(p.settings().daily_new_limit == 40);
    CHECK(p.settings().high_contrast);
    CHECK(p.settings_conflicts().empty());
}

TEST_CASE("the profile's name is merged per field: renames apart keep both names, one is shown") {
    test::TempFolder tmp("devices-name");
    const fs::path a = tmp / "a", b = tmp / "b";
    anna_on_two_computers(a, b);
    const std::string shared_info = test::slurp(a / "profiles/anna/profile.json");
    {
        AsDevice as("dev-a");
        REQUIRE(ProfileStore(a).rename("Anna", "Anni").ok());
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    {
        AsDevice as("dev-b");
        REQUIRE(ProfileStore(b).rename("Anna", "Annika").ok());
        // A rename is this computer's own field change: the shared profile.json is not written.
        CHECK(test::slurp(b / "profiles/anna/profile.json") == shared_info);
        CHECK(fs::exists(b / "profiles/anna/fields.dev-b.json"));
    }
    copy_over(b, a);
    copy_over(a, b);
    for (const auto& [saves, device] : {std::pair{a, "dev-a"}, std::pair{b, "dev-b"}}) {
        AsDevice as(device);
        ProfileStore store(saves);
        const auto listed = store.list().value();
        REQUIRE(listed.size() == 1);
        CHECK(listed[0].display_name == "Annika");  // the later rename
        REQUIRE(listed[0].name_conflict.size() == 2);
        CHECK(listed[0].name_conflict[0] == NameOnDevice{"Annika", "dev-b"});
        CHECK(listed[0].name_conflict[1] == NameOnDevice{"Anni", "dev-a"});
        CHECK(store.find("Anni").error().kind == SaveErrorKind::NotFound);
        auto p = store.open("Annika", OpenOptions{OpenMode::Inspect, 100});
        REQUIRE(p.ok());
        CHECK(p.value().display_name() == "Annika");
        CHECK(p.value().progress().scores().reviews == 3);
    }
    {
        // Renaming again settles it, on every computer once the files meet; so does the
        // creating computer's next session.
        AsDevice as("dev-a");
        REQUIRE(ProfileStore(a).rename("Annika", "Anna K.").ok());
        auto p = ProfileStore(a).open("Anna K.").value();
        CHECK(p.display_name() == "Anna K.");
        study(p, 10, 2);
        REQUIRE(p.close().ok());
    }
    copy_over(a, b);
    AsDevice as("dev-b");
    const auto listed = ProfileStore(b).list().value();
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].display_name == "Anna K.");
    CHECK(listed[0].name_conflict.empty());
    CHECK(test::slurp(b / "profiles/anna/profile.json") == shared_info);
}

TEST_CASE("two computers that give a profile the same name apart agree, and old names still work") {
    test::TempFolder tmp("devices-same-name");
    const fs::path a = tmp / "a", b = tmp / "b";
    anna_on_two_computers(a, b);
    {
        AsDevice as("dev-a");
        // A profile never renamed (or renamed by an older Chronik) has profile.json's name.
        CHECK(ProfileStore(a).list().value().at(0).display_name == "Anna");
        REQUIRE(ProfileStore(a).rename("anna", "Ben").ok());
    }
    {
        AsDevice as("dev-b");
        REQUIRE(ProfileStore(b).rename("anna", "Ben").ok());
    }
    copy_over(a, b);
    copy_over(b, a);
    for (const auto& [saves, device] : {std::pair{a, "dev-a"}, std::pair{b, "dev-b"}}) {
        AsDevice as(device);
        const auto listed = ProfileStore(saves).list().value();
        REQUIRE(listed.size() == 1);
        CHECK(listed[0].display_name == "Ben");
        CHECK(listed[0].name_conflict.empty());
    }
}

TEST_CASE("a settings change after another computer replaced this one's is kept") {
    // dev-a's change of a field is replaced by dev-b's; dev-a's next change (of another field)
    // must not reuse the replaced change's number, or it would count as replaced too.
    test::TempFolder tmp("devices-field-seq");
    const fs::path a = tmp / "a", b = tmp / "b";
    anna_on_two_computers(a, b);
    const auto set = [](const fs::path& saves, const char* device, auto change) {
        AsDevice as(device);
        auto p = ProfileStore(saves).open("Anna").value();
        auto s = p.settings();
        change(s);
        REQUIRE(p.set_settings(s).ok());
        REQUIRE(p.close().ok());
    };
    set(a, "dev-a", [](ProfileSettings& s) { s.daily_new_limit = 25; });
    copy_over(a, b);
    set(b, "dev-b", [](ProfileSettings& s) { s.daily_new_limit = 30; });
    copy_over(b, a);
    set(a, "dev-a", [](ProfileSettings& s) { s.high_contrast = true; });
    copy_over(a, b);
    for (const auto& [saves, device] : {std::pair{a, "dev-a"}, std::pair{b, "dev-b"}}) {
        AsDevice as(device);
        // Only the per-field changes tell: a snapshot's settings are not read by this check.
        LoadReport report;
        const auto changes = read_field_changes(saves / "profiles/anna", "anna", report);
        const auto merged = sync::merge_fields(changes);
        REQUIRE(merged.current.count("settings.high_contrast") == 1);
        CHECK(merged.current.at("settings.high_contrast").value == "true");
        CHECK(merged.current.at("settings.daily_new_limit").value == "30");
    }
}

TEST_CASE("every file a device writes in a session carries its device id, but the creator's log") {
    test::TempFolder tmp("devices-own-files");
    const fs::path a = tmp / "a", b = tmp / "b";
    anna_on_two_computers(a, b);
    // The second computer (merged: reviews.jsonl is dev-a's) writes only files named for it.
    auto before = file_hashes(b / "profiles/anna");
    full_session(b, "dev-b", 20);
    auto written = written_between(before, file_hashes(b / "profiles/anna"));
    CHECK(written.size() >= 4);  // its segment, snapshot, field changes, lock
    for (const auto& file : written) {
        INFO(file);
        CHECK(file.find("dev-b") != std::string::npos);
    }
    // The creator, still the only device it knows, also writes its reviews.jsonl, snapshot.json
    // and backups/ (README "Not done yet"); nothing else without its id, not even profile.json
    // on a rename.
    before = file_hashes(a / "profiles/anna");
    full_session(a, "dev-a", 40);
    written = written_between(before, file_hashes(a / "profiles/anna"));
    for (const auto& file : written) {
        INFO(file);
        const bool creators_log = file == "reviews.jsonl" || file == "snapshot.json" ||
                                  file.starts_with("backups/snapshot-");
        CHECK((creators_log || file.find("dev-a") != std::string::npos));
    }
}

TEST_CASE("damaged or foreign settings-change files are reported by name and change nothing") {
    test::TempFolder tmp("devices-fields-bad");
    {
        AsDevice as("dev-a");
        ProfileStore store(tmp.path());
        REQUIRE(store.create("Anna").ok());
        auto p = store.open("Anna").value();
        auto s = p.settings();
        s.daily_new_limit = 25;
        REQUIRE(p.set_settings(s).ok());
        REQUIRE(p.close().ok());
    }
    const fs::path folder = tmp.path() / "profiles/anna";
    // Hand-edited or damaged files of other computers, each a way a parser can trip.
    test::spit(folder / "fields.x1.json", R"({"format":5,"schema":1,"changes":[]})");
    test::spit(folder / "fields.x2.json",
               R"({"format":"chronik-field-changes","schema":1,"profile":7,"changes":[]})");
    test::spit(folder / "fields.x3.json", "{\"format\":\"chronik-field");
    test::spit(folder / "fields.x4.json", R"([1,2,3])");
    test::spit(folder / "fields.x5.json",
               R"({"format":"chronik-field-changes","schema":1,"profile":"anna","changes":)"
               R"([{"device":"x5","seq":1,"field":"settings.daily_new_limit","value":"\"lots\"",)"
               R"("t":9999999999999,"replaces":[]},{"device":7},"junk"]})");
    test::spit(folder / "fields.x6.json",
               R"({"format":"chronik-field-changes","schema":99,"profile":"anna","changes":[]})");
    AsDevice as("dev-a");
    auto p = ProfileStore(tmp.path()).open("Anna");
    REQUIRE(p.ok());
    CHECK(p.value().settings().daily_new_limit == 25);
    const auto& messages = p.value().report().messages;
    const auto named = [&](const char* file) {
        for (const auto& m : messages)
            if (m.file == file) return true;
        return false;
    };
    CHECK(named("fields.x1.json"));
    CHECK(named("fields.x3.json"));
    CHECK(named("fields.x4.json"));
    CHECK(named("fields.x6.json"));
    CHECK(test::slurp(folder / "fields.x6.json").find("\"schema\":99") != std::string::npos);
}

TEST_CASE("an old log is converted into devices/ once, unchanged, and counts once") {
    test::TempFolder tmp("devices-convert");
    const fs::path a = tmp / "a";
    {
        AsDevice as("dev-a");
        ProfileStore store(a);
        REQUIRE(store.create("Anna").ok());
        auto p = store.open("Anna").value();
        study(p, 0, 8);
        REQUIRE(p.close().ok());
    }
    // Make it a log of a Chronik before devices: no "device" in the header, no devices/.
    const fs::path folder = a / "profiles/anna";
    fs::remove_all(folder / kDevicesFolder);
    fs::remove_all(folder / "backups");
    fs::remove(folder / "snapshot.json");
    std::string log = test::slurp(folder / "reviews.jsonl");
    const auto at = log.find("\"device\":\"dev-a\",");
    REQUIRE(at != std::string::npos);
    log.erase(at, std::string("\"device\":\"dev-a\",").size());
    {
        std::FILE* f = std::fopen((folder / "reviews.jsonl").c_str(), "wb");
        REQUIRE(f != nullptr);
        std::fwrite(log.data(), 1, log.size(), f);
        std::fclose(f);
    }
    const fs::path b = tmp / "b";
    fs::copy(a, b, fs::copy_options::recursive);
    for (const auto& [saves, dev] : {std::pair{a, "dev-a"}, std::pair{b, "dev-b"}}) {
        AsDevice as(dev);
        auto p = ProfileStore(saves).open("Anna").value();
        CHECK_FALSE(p.merged());
        CHECK(p.progress().scores().reviews == 8);
        REQUIRE(p.close().ok());
        CHECK(test::slurp(saves / "profiles/anna/reviews.jsonl") == log);  // kept unchanged
        bool converted = false;
        for (const auto& e : fs::directory_iterator(saves / "profiles/anna" / kDevicesFolder))
            converted = converted || e.path().filename().string().starts_with("legacy-");
        CHECK(converted);
    }
    {
        AsDevice as("dev-b");
        auto p = ProfileStore(b).open("Anna").value();
        study(p, 20, 4);
        REQUIRE(p.close().ok());
    }
    copy_over(b, a);
    copy_over(a, b);
    CHECK(reviews_of(a, "dev-a") == 12);  // the 8 old reviews once, not once per conversion
    CHECK(reviews_of(b, "dev-b") == 12);
}
