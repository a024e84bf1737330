#include "io/sync/sync_leftovers.hpp"

namespace chronik::io {
namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// "<stem>.sync-conflict-20261207-101500-ABCDEFG.clog.zst" -> "<stem>.clog.zst"
std::string syncthing_original(std::string_view name, std::size_t at) {
    std::string out(name.substr(0, at));
    const auto rest = name.substr(at + 15);  // after ".sync-conflict-"
    // date-time-device, then the extension (starting with the first '.' after them)
    if (const auto dot = rest.find('.'); dot != std::string_view::npos) out += rest.substr(dot);
    return out;
}

// "<stem> (conflicted copy ...)<ext>" or "<stem> (Anna's conflicted copy ...)<ext>"
std::string bracket_original(std::string_view name, std::size_t open) {
    std::string out(name.substr(0, open));
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    if (const auto close = name.find(')', open); close != std::string_view::npos)
        out += name.substr(close + 1);
    return out;
}

}  // namespace

SyncFileName classify_sync_file(std::string_view name) {
    SyncFileName out;
    if (const auto at = name.find(".sync-conflict-"); at != std::string_view::npos) {
        out.kind = SyncFileKind::ConflictCopy;
        out.tool = "Syncthing";
        out.original = syncthing_original(name, at);
        return out;
    }
    if (const auto at = name.find("conflicted copy"); at != std::string_view::npos) {
        const auto open = name.rfind('(', at);
        out.kind = SyncFileKind::ConflictCopy;
        out.tool = at >= 2 && name.substr(at - 2, 2) == "s " ? "Dropbox" : "Nextcloud";
        out.original =
            open == std::string_view::npos ? std::string() : bracket_original(name, open);
        return out;
    }
    if (const auto at = name.find("_conflict-"); at != std::string_view::npos) {
        out.kind = SyncFileKind::ConflictCopy;
        out.tool = "ownCloud";
        std::string original(name.substr(0, at));
        const auto rest = name.substr(at + 10);
        if (const auto dot = rest.find('.'); dot != std::string_view::npos)
            original += rest.substr(dot);
        out.original = original;
        return out;
    }
    const auto temporary = [&out](const char* tool) {
        out.kind = SyncFileKind::Temporary;
        out.tool = tool;
        return out;
    };
    if (name.rfind(".syncthing.", 0) == 0 || name.rfind("~syncthing~", 0) == 0)
        return temporary("Syncthing");
    if (name.find(".~") != std::string_view::npos) return temporary("Nextcloud");
    if (!name.empty() && name.front() == '.') return temporary("a copying program");
    if (ends_with(name, ".part") || ends_with(name, ".partial") || ends_with(name, ".crdownload") ||
        ends_with(name, ".tmp"))
        return temporary("a copying program");
    if (name.find(".tmp-") != std::string_view::npos) return temporary("Chronik");
    return out;
}

}  // namespace chronik::io
