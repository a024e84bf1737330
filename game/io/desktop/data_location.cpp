#include "io/desktop/data_location.hpp"

#include <fstream>
#include <stdexcept>
#include <string>
#include <system_error>

namespace chronik::io {

const char* const kAppId = CHRONIK_APP_ID;

namespace {

namespace fs = std::filesystem;

// The icon the window shows: the hicolor theme's 128 px PNG when installed...
fs::path installed_window_icon(const fs::path& share) {
    return share / "icons" / "hicolor" / "128x128" / "apps" / (std::string(kAppId) + ".png");
}
// ...and the same picture as the build copies it from assets/icons.
fs::path build_window_icon(const fs::path& assets) {
    return assets / "icons" / "chronik-128.png";
}

fs::path fonts_for(const fs::path& assets, Installation installation, const FolderProbe& probe) {
    std::vector<fs::path> candidates{assets / "fonts"};
    for (const auto& d : system_font_dirs())
        candidates.push_back(d);
    for (const auto& c : candidates)
        if (probe.is_file(c / "DejaVuSans.ttf")) return c;
    // Nothing found: name the place a user can fix (the font package's folder when installed).
    return installation == Installation::Installed ? system_font_dirs().front() : assets / "fonts";
}

}  // namespace

const std::vector<fs::path>& system_font_dirs() {
    static const std::vector<fs::path> dirs{"/usr/share/fonts/truetype/dejavu",
                                            "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF"};
    return dirs;
}

DataLocation locate_data(const ExecutableSite& site, const FolderProbe& probe) {
    DataLocation out;
    const fs::path share = (site.dir / ".." / "share" / "chronik").lexically_normal();
    auto found = [&](const fs::path& questions) {
        out.looked_in.push_back(questions);
        return probe.has_decks(questions);
    };
    if (found(share / "questions")) {
        out.installation = Installation::Installed;
        out.questions = share / "questions";
        out.assets = share / "assets";
        out.window_icon = installed_window_icon(share.parent_path());
    } else if (site.source_dir && found(*site.source_dir / "questions")) {
        out.installation = Installation::BuildTree;
        out.questions = *site.source_dir / "questions";
        out.assets = site.dir / "assets";
        out.window_icon = build_window_icon(out.assets);
    } else if (found(site.dir / "questions")) {
        out.installation = Installation::BuildTree;
        out.questions = site.dir / "questions";
        out.assets = site.dir / "assets";
        out.window_icon = build_window_icon(out.assets);
    } else {
        out.installation = Installation::Unknown;
        out.questions = share / "questions";
        out.assets = share / "assets";
        out.window_icon = installed_window_icon(share.parent_path());
    }
    out.fonts = fonts_for(out.assets, out.installation, probe);
    return out;
}

ExecutableSite this_executable() {
    ExecutableSite site;
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    site.dir = ec ? fs::current_path(ec) : exe.parent_path();
    std::ifstream marker(site.dir / kBuildTreeMarker);
    std::string line;
    if (marker && std::getline(marker, line) && !line.empty()) site.source_dir = fs::path(line);
    return site;
}

FolderProbe disk_probe() {
    FolderProbe probe;
    probe.has_decks = [](const fs::path& dir) {
        std::error_code ec;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
            if (it->path().extension() == ".json") return true;
        return false;
    };
    probe.is_file = [](const fs::path& file) {
        std::error_code ec;
        return fs::is_regular_file(file, ec);
    };
    return probe;
}

DataLocation locate_data() {
    return locate_data(this_executable(), disk_probe());
}

fs::path question_bank_folder(const std::optional<fs::path>& given, const DataLocation& location) {
    if (given) return *given;
    if (location.installation != Installation::Unknown) return location.questions;
    std::string where;
    for (const auto& p : location.looked_in)
        where += "\n  " + p.string();
    throw std::runtime_error("no question bank found; looked in:" + where +
                             "\n(install Chronik with 'cmake --install', or pass --questions DIR)");
}

}  // namespace chronik::io
