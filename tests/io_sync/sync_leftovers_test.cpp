#include <doctest/doctest.h>

#include "io/sync/sync_leftovers.hpp"

using namespace chronik::io;

TEST_CASE("conflict copies of Syncthing, Nextcloud, ownCloud and Dropbox are recognised") {
    auto n = classify_sync_file("home-000003.sync-conflict-20261207-101500-ABCDEFG.clog.zst");
    CHECK(n.kind == SyncFileKind::ConflictCopy);
    CHECK(n.tool == "Syncthing");
    CHECK(n.original == "home-000003.clog.zst");
    n = classify_sync_file("snapshot-home (conflicted copy 2026-12-07 101500).json");
    CHECK(n.kind == SyncFileKind::ConflictCopy);
    CHECK(n.tool == "Nextcloud");
    CHECK(n.original == "snapshot-home.json");
    n = classify_sync_file("profile (Anna's conflicted copy 2026-12-07).json");
    CHECK(n.tool == "Dropbox");
    CHECK(n.original == "profile.json");
    n = classify_sync_file("profile_conflict-20261207-101500.json");
    CHECK(n.tool == "ownCloud");
    CHECK(n.original == "profile.json");
}

TEST_CASE("temporaries of sync tools and copying programs are recognised") {
    for (const char* name :
         {".syncthing.home-000003.clog.zst.tmp", "~syncthing~home-000003.clog.zst.tmp",
          ".home-000003.clog.zst.~1f2e3d", ".home-000003.clog.zst.Xy12Ab", "x.clog.zst.part",
          "x.partial", "x.crdownload", "x.tmp", "snapshot.json.tmp-123-00ff00ff00ff00ff"})
        CHECK_MESSAGE(classify_sync_file(name).kind == SyncFileKind::Temporary, name);
    for (const char* name : {"home-000003.clog.zst", "home-000003.clog", "profile.json",
                             "Kopie von home.zst", "a.sync-conflict"})
        CHECK_MESSAGE(classify_sync_file(name).kind == SyncFileKind::Ordinary, name);
}
