#include <doctest/doctest.h>

#include <cstdlib>
#include <optional>

#include "io/sync/device_id.hpp"
#include "io_save/temp_folder.hpp"
#include "io_sync/sync_io_fixtures.hpp"
#include "sync/review_id.hpp"

using namespace chronik;
using namespace chronik::io;
using chronik::test::slurp;
using chronik::test::spit;
using chronik::test::TempFolder;

namespace {

// Sets or clears an environment variable for one test, and puts the old value back.
struct Env {
    std::string name;
    std::optional<std::string> old;
    explicit Env(std::string n, const char* value) : name(std::move(n)) {
        if (const char* was = std::getenv(name.c_str())) old = was;
        if (value != nullptr)
            ::setenv(name.c_str(), value, 1);
        else
            ::unsetenv(name.c_str());
    }
    Env(const Env&) = delete;
    Env& operator=(const Env&) = delete;
    ~Env() {
        if (old)
            ::setenv(name.c_str(), old->c_str(), 1);
        else
            ::unsetenv(name.c_str());
    }
};

}  // namespace

TEST_CASE("a device id is made once and kept, it names the computer") {
    Env no_override("CHRONIK_DEVICE_ID", nullptr);
    TempFolder tmp("device-id");
    const auto file = tmp / "state/chronik/device-id";
    const auto id = device_id(file);
    REQUIRE(id.ok());
    CHECK_FALSE(sync::device_id_problem(id.value()));
    CHECK(slurp(file) == id.value() + "\n");
    CHECK(device_id(file).value() == id.value());
    TempFolder other("device-id-2");
    CHECK(device_id(other / "device-id").value() != id.value());  // 8 random hex digits
}

TEST_CASE("CHRONIK_DEVICE_ID overrides the file, a bad one is refused with a message") {
    TempFolder tmp("device-id-env");
    {
        Env set("CHRONIK_DEVICE_ID", "test-a");
        CHECK(device_id(tmp / "device-id").value() == "test-a");
        CHECK_FALSE(std::filesystem::exists(tmp / "device-id"));
    }
    Env bad("CHRONIK_DEVICE_ID", "A/B");
    const auto id = device_id(tmp / "device-id");
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().message.find("CHRONIK_DEVICE_ID") != std::string::npos);
}

TEST_CASE("a device id file with something else in it is reported and kept") {
    Env no_override("CHRONIK_DEVICE_ID", nullptr);
    TempFolder tmp("device-id-bad");
    spit(tmp / "device-id", "Not An Id!\n");
    const auto id = device_id(tmp / "device-id");
    REQUIRE_FALSE(id.ok());
    CHECK(id.error().kind == SaveErrorKind::Corrupt);
    CHECK(slurp(tmp / "device-id") == "Not An Id!\n");
}

TEST_CASE("the id file lives in the XDG state folder, outside any saves folder") {
    Env state("XDG_STATE_HOME", "/somewhere/state");
    CHECK(device_id_file() == "/somewhere/state/chronik/device-id");
    Env relative("XDG_STATE_HOME", "relative");
    Env home("HOME", "/home/anna");
    CHECK(device_id_file() == "/home/anna/.local/state/chronik/device-id");
}

TEST_CASE("host names become readable id stems") {
    CHECK(device_id_stem("Laptop von Anna") == "laptop-von-anna");
    CHECK(device_id_stem("PC_7.schule.local") == "pc-7-schule-local");
    CHECK(device_id_stem("") == "device");
    CHECK(device_id_stem("ÄÖÜ") == "device");
    CHECK(device_id_stem(std::string(80, 'x')).size() == 40);
}
