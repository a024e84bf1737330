// libFuzzer target: the Anki package reader (zip, zstd, SQLite collection of schema 11 or 18,
// note types, fields as HTML) and the draft deck it makes, which must load.
//
// The first byte says how the rest is packed, so that the fuzzer reaches the database reader
// instead of spending its time on zip checksums:
//   0: the rest is the .apkg file itself
//   1: the rest is collection.anki2, 2: collection.anki21 (stored in a zip made here)
//   3: the rest is collection.anki21b, zstd-compressed here; 4: the rest as collection.anki21b
//   as it is (raw zstd frames)
#include <zstd.h>

#include <cstdint>
#include <cstdlib>
#include <stdexcept>
#include <string>

#include "bank/utf8.hpp"
#include "imported_deck_check.hpp"
#include "interop/anki_notes.hpp"
#include "io/interop/apkg_reader.hpp"
#include "support/zip_bytes.hpp"

using namespace chronik;

namespace {

// A zip holding `bytes` as `entry`, stored uncompressed.
std::string zip_with(const char* entry, const std::string& bytes) {
    return testing::zip_bytes({{entry, bytes}});
}

std::string zstd_of(const std::string& bytes) {
    std::string out(ZSTD_compressBound(bytes.size()), '\0');
    const std::size_t n = ZSTD_compress(out.data(), out.size(), bytes.data(), bytes.size(), 1);
    if (ZSTD_isError(n)) std::abort();
    out.resize(n);
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    std::string package;
    switch (data[0] % 5) {
        case 0:
            package = rest;
            break;
        case 1:
            package = zip_with("collection.anki2", rest);
            break;
        case 2:
            package = zip_with("collection.anki21", rest);
            break;
        case 3:
            package = zip_with("collection.anki21b", zstd_of(rest));
            break;
        default:
            package = zip_with("collection.anki21b", rest);
            break;
    }
    io::AnkiPackage read;
    try {
        read = io::read_apkg_bytes(std::move(package), "fuzz.apkg");
    } catch (const std::runtime_error& e) {
        // Refused: the message must name the file.
        if (std::string(e.what()).rfind("fuzz.apkg", 0) != 0) std::abort();
        return 0;
    }
    const auto made = interop::notes_to_deck(read.notes, {"fuzz", "Fuzz", true});
    if (made.notes + made.skipped != static_cast<int>(read.notes.size())) std::abort();
    fuzz::check_imported_deck(made.deck, {});
    return 0;
}
