#!/usr/bin/env python3
"""Two real Syncthing instances (Debian's syncthing, headless, each with its own home) share a
saves folder on loopback while both devices study a real profile at once (`chronik-cli simulate
--saves` with CHRONIK_DEVICE_ID); after they settle, both sides must hold the same reviews (by
id, exactly the union of what each wrote), show the same profile (export-csv), and `check` must
pass on both.

Nothing leaves loopback: before either instance starts, its config has global and local
discovery, relays, NAT traversal/UPnP/STUN, usage and crash reporting and upgrades off, GUI/API
and the sync listener on 127.0.0.1, and each device's address given as tcp://127.0.0.1:PORT.
If syncthing is missing or cannot run or connect that way, the test says so and skips (77)."""
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import xml.etree.ElementTree as ET

SKIP = 77
CLI = sys.argv[1]
QUESTIONS = sys.argv[2]
START = time.monotonic()


def skip(why):
    print(f"SKIP: {why}")
    sys.exit(SKIP)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def set_option(options, name, value):
    el = options.find(name)
    if el is None:
        el = ET.SubElement(options, name)
    el.text = value


def write_config(home, me, devices, folder, gui_port, apikey):
    path = os.path.join(home, "config.xml")
    tree = ET.parse(path)
    root = tree.getroot()
    for el in root.findall("device") + root.findall("folder"):
        root.remove(el)
    for dev_id, name, port in devices:
        d = ET.SubElement(root, "device", id=dev_id, name=name, compression="metadata",
                          introducer="false", skipIntroductionRemovals="false", introducedBy="")
        ET.SubElement(d, "address").text = f"tcp://127.0.0.1:{port}"
        ET.SubElement(d, "paused").text = "false"
        ET.SubElement(d, "autoAcceptFolders").text = "false"
    f = ET.SubElement(root, "folder", id="chronik-log", label="chronik-log", path=folder,
                      type="sendreceive", rescanIntervalS="10", fsWatcherEnabled="true",
                      fsWatcherDelayS="1", ignorePerms="false", autoNormalize="true")
    ET.SubElement(f, "filesystemType").text = "basic"
    for dev_id, _, _ in devices:
        ET.SubElement(f, "device", id=dev_id, introducedBy="")
    ET.SubElement(f, "minDiskFree", unit="%").text = "0"
    gui = root.find("gui")
    gui.set("tls", "false")
    gui.find("address").text = f"127.0.0.1:{gui_port}"
    gui.find("apikey").text = apikey
    o = root.find("options")
    my_port = [p for i, _, p in devices if i == me][0]
    for name, value in [
        ("listenAddress", f"tcp://127.0.0.1:{my_port}"),
        ("globalAnnounceEnabled", "false"), ("globalAnnounceServer", ""),
        ("localAnnounceEnabled", "false"), ("relaysEnabled", "false"),
        ("natEnabled", "false"), ("stunKeepaliveStartS", "0"), ("stunKeepaliveMinS", "0"),
        ("stunServer", ""), ("urAccepted", "-1"), ("urSeen", "3"), ("urURL", ""),
        ("crashReportingEnabled", "false"), ("crashReportingURL", ""),
        ("autoUpgradeIntervalH", "0"), ("releasesURL", ""), ("startBrowser", "false"),
        ("announceLANAddresses", "false"), ("minHomeDiskFree", "0"),
    ]:
        set_option(o, name, value)
    defaults = root.find("defaults")
    if defaults is not None:
        root.remove(defaults)  # nothing is made from defaults; keeps the config short
    tree.write(path)


def api(port, key, path):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"X-API-Key": key})
    with urllib.request.urlopen(req, timeout=5) as r:
        return json.loads(r.read().decode())


def ids_of(saves):
    p = subprocess.run([CLI, "sync-log", "show", "--dir",
                        os.path.join(saves, "profiles", "anna", "devices"), "--profile", "anna",
                        "--ids"], capture_output=True, text=True)
    return set(l for l in p.stdout.splitlines() if l.startswith("id "))


def profile_of(device, saves, tmp):
    """check's exit status and output, and the reviews in effect with their states."""
    env = dict(os.environ, CHRONIK_DEVICE_ID=device)
    c = subprocess.run([CLI, "check", "--saves", saves, "--profile", "Anna"], env=env,
                       capture_output=True, text=True)
    out = os.path.join(tmp, device + ".csv")
    subprocess.run([CLI, "profile", "export-csv", "--saves", saves, "--profile", "Anna",
                    "--out", out], env=env, capture_output=True, text=True)
    with open(out) as f:
        return c.returncode, c.stdout + c.stderr, f.read()


def study(device, saves, days, seed):
    args = [CLI, "simulate", "--questions", QUESTIONS, "--saves", saves, "--profile", "Anna",
            "--days", str(days), "--seed", str(seed)]
    env = dict(os.environ, CHRONIK_DEVICE_ID=device)
    return subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL)


def main():
    exe = shutil.which("syncthing")
    if exe is None:
        skip("syncthing is not installed (Debian package syncthing; scripts/setup.sh installs it)")
    tmp = tempfile.mkdtemp(prefix="chronik-syncthing-")
    procs = []
    try:
        names = ["st-home", "st-school"]
        homes, ids, folders = {}, {}, {}
        os.environ["XDG_STATE_HOME"] = os.path.join(tmp, "state")
        # The profile is made on one computer before the folder is shared.
        start = os.path.join(tmp, "start")
        if study(names[0], start, 2, 1).wait() != 0:
            raise SystemExit("FAIL: simulate failed")
        for n in names:
            homes[n] = os.path.join(tmp, n, "home")
            folders[n] = os.path.join(tmp, n, "saves")
            shutil.copytree(start, folders[n])
            g = subprocess.run([exe, "generate", f"--home={homes[n]}", "--no-default-folder"],
                               capture_output=True, text=True,
                               env=dict(os.environ, HOME=homes[n]))
            line = [l for l in (g.stdout + g.stderr).splitlines() if l.startswith("Device ID:")]
            if g.returncode != 0 or not line:
                skip("syncthing generate failed: " + (g.stdout + g.stderr)[-300:])
            ids[n] = line[0].split(":", 1)[1].strip()
        ports = {n: free_port() for n in names}
        guis = {n: free_port() for n in names}
        keys = {n: f"chronik-test-key-{n}" for n in names}
        devices = [(ids[n], n, ports[n]) for n in names]
        for n in names:
            write_config(homes[n], ids[n], devices, folders[n], guis[n], keys[n])
        for n in names:
            env = dict(os.environ, HOME=homes[n], STNOUPGRADE="1", STNORESTART="1",
                       STNODEFAULTFOLDER="1", all_proxy="", http_proxy="", https_proxy="")
            log = open(os.path.join(tmp, n, "syncthing.log"), "w")
            procs.append(subprocess.Popen(
                [exe, "serve", f"--home={homes[n]}", "--no-browser", "--no-restart",
                 "--no-upgrade", "--skip-port-probing"],
                env=env, stdout=log, stderr=subprocess.STDOUT))
        deadline = time.monotonic() + 30
        while True:
            try:
                if all(api(guis[n], keys[n], "/rest/system/ping").get("ping") == "pong"
                       for n in names):
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or any(p.poll() is not None for p in procs):
                skip("syncthing did not start on 127.0.0.1 here: " +
                     open(os.path.join(tmp, names[0], "syncthing.log")).read()[-400:])
            time.sleep(0.3)
        deadline = time.monotonic() + 40
        while True:
            conns = [api(guis[a], keys[a], "/rest/system/connections")["connections"]
                     for a in names]
            if conns[0].get(ids[names[1]], {}).get("connected") and \
               conns[1].get(ids[names[0]], {}).get("connected"):
                break
            if time.monotonic() > deadline:
                skip("the two syncthing instances did not connect over tcp://127.0.0.1")
            time.sleep(0.3)
        for a in names:  # nothing but the other instance on loopback
            for dev, c in api(guis[a], keys[a], "/rest/system/connections")["connections"].items():
                if c.get("connected") and not c.get("address", "").startswith("127.0.0.1:"):
                    raise SystemExit(f"FAIL: {a} connected to {c.get('address')}")
        print(f"syncthing up and connected after {time.monotonic() - START:.1f} s")

        # Both study at once, three times, while Syncthing carries the files.
        union = set()
        for rnd in range(3):
            ps = [study(names[0], folders[names[0]], 1, 100 + rnd),
                  study(names[1], folders[names[1]], 1, 200 + rnd)]
            for p in ps:
                if p.wait() != 0:
                    raise SystemExit("FAIL: simulate failed")
            for n in names:  # what each device wrote is never taken away again
                union |= ids_of(folders[n])
            time.sleep(1.5)
        deadline = time.monotonic() + 60
        while True:
            a, b = ids_of(folders[names[0]]), ids_of(folders[names[1]])
            if a == union and b == union:
                pa = profile_of(names[0], folders[names[0]], tmp)
                pb = profile_of(names[1], folders[names[1]], tmp)
                if pa[0] == 0 and pb[0] == 0 and pa[2] == pb[2] and "merged" in pa[1]:
                    break
            if time.monotonic() > deadline:
                pa = profile_of(names[0], folders[names[0]], tmp)
                pb = profile_of(names[1], folders[names[1]], tmp)
                print(pa[1][-1500:])
                print(pb[1][-1500:])
                raise SystemExit(f"FAIL: after 60 s the two sides differ "
                                 f"({len(a)} and {len(b)} reviews, want {len(union)}; "
                                 f"check {pa[0]} and {pb[0]})")
            time.sleep(0.5)
        print(f"both sides agree: {len(union)} reviews, the same profile, check passes; "
              f"{time.monotonic() - START:.1f} s in all")
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
