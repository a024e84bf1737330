// What folder-sync tools leave next to the files they sync: conflict copies and temporaries.
#pragma once

#include <string>
#include <string_view>

namespace chronik::io {

enum class SyncFileKind {
    Ordinary,      // any other name (Chronik's own files among them)
    ConflictCopy,  // a second version a sync tool kept ("x.sync-conflict-...", "(conflicted copy")
    Temporary,     // a file still being written or transferred (".syncthing.x.tmp", "x.part", ...)
};

struct SyncFileName {
    SyncFileKind kind = SyncFileKind::Ordinary;
    std::string tool;      // who made it, for messages ("Syncthing", "Nextcloud", ...)
    std::string original;  // a conflict copy: the name it is a copy of, when it can be told
};

// Recognises by name:
//  - Syncthing: "<stem>.sync-conflict-<date>-<time>-<device><ext>" conflict copies,
//    ".syncthing.<name>.tmp" and "~syncthing~<name>.tmp" temporaries;
//  - Nextcloud/ownCloud: "<stem> (conflicted copy <date> <time>)<ext>",
//    "<stem>_conflict-<date>-<time><ext>", ".<name>.~<hex>" temporaries;
//  - Dropbox: "<stem> (<who>'s conflicted copy <date>)<ext>";
//  - rsync's ".<name>.<random>" and every other hidden name, "*.part", "*.partial",
//    "*.crdownload", "*.tmp", Chronik's own "<name>.tmp-<pid>-<hex>": temporaries.
SyncFileName classify_sync_file(std::string_view name);

}  // namespace chronik::io
