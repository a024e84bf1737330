#!/usr/bin/env python3
"""Runs `chronik-cli derive` on the evaluation texts and measures the drafts against the keys.

Usage: tests/data/derive/evaluate.py [--cli PATH] [--out DIR] [--split dev|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|all] [--check]

For each TEXT.txt with a TEXT.key.json beside it (in dev/, heldout/, heldout2/ … heldout6/), prints:
  - dated events found with the exact date, of the key's counted events;
  - wrong dates: a draft event whose quote holds a key phrase but whose date is none of that
    key entry's dates (also for key entries that do not count, e.g. a year the text leaves out);
  - draft events the key does not cover (for the reader to look at);
and writes the drafts for the independent judge to OUT/NAME.md (rubric: README.md here).
--check exits 1 when any text of the checked splits (CHECKED, below) has a draft with a wrong date
(the ctest uses it); wrong dates of the other splits are printed all the same.
"""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
# heldout2 … heldout6: the second to sixth held-out sets, written and judged by a reader who did
# not write derive.
SPLITS = ["dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6"]
# Splits whose wrong dates fail --check (heldout3 since derive dated its Zeittafel lines'
# "um 450 v. Chr. – …" by their own dates; heldout4 since a day with an abbreviated month binds
# to its own three-digit year: "2. Feb. 962: …" was under 951-02-02).
# heldout5 since derive reads "Rund 1400 …" as a count, keeps the narrative's year after a date
# in a relative clause ("der am 1. Mai 1218 geboren war"), dates "13.–25. Aug. 1920" by its first
# day and "zwischen 1349 und 1353" as a span (its judgement, JUDGEMENT.md, found these wrong).
# heldout6 is not among them yet: its judgement (JUDGEMENT.md, 2026-12-07, main b7e1093) found a
# wrong date (zollverein-eisenbahn-erzaehlung: "Vier Jahre später … am 7. April" under 1839, not
# 1839-04-07). Add it once evaluate.py shows none.
CHECKED = ["dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5"]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def date_key(d):
    p = d["precision"]
    y = d["year"]
    if p == "day":
        return f"{y:04d}-{d['month']:02d}-{d['day']:02d}"
    if p == "month":
        return f"{y:04d}-{d['month']:02d}"
    if p == "year":
        return f"{y:04d}"
    if p == "season":
        return f"{y:04d}-{d['season']}"
    if p == "year_part":
        return f"{y:04d}-{d['part']}"
    if p == "decade":
        return f"{y:04d}s"
    return f"{y:04d}s-{d['part']}"


# A key date is written as date_key writes a draft's date: the year padded to four characters
# with its sign (0960, -044, -753), then -MM or -MM-DD, a season or part ("-spring", "-early") or "s" for a decade.
# A date in another form ("960") could never match and would hide a found or a wrong date.
KEY_DATE = re.compile(r"(\d{4,}|-\d{3,})(-\d{2}(-\d{2})?|-[a-z]+|s(-[a-z]+)?)?")


def check_key_dates(keyfile, key):
    bad = [d for e in key["events"] for d in e["dates"] if not KEY_DATE.fullmatch(d)]
    if bad:
        sys.exit(f"{keyfile}: key dates not written like evaluate.py's dates (e.g. 0960, -044-03-15, "
                 f"1348-spring, 1360s): {', '.join(bad)}")


def derive(cli, text, out_json):
    r = subprocess.run([cli, "derive", text, "--out", out_json, "--force"],
                       capture_output=True, text=True)
    if not os.path.exists(out_json):
        sys.exit(f"derive failed on {text}:\n{r.stdout}{r.stderr}")
    return json.load(open(out_json, encoding="utf-8"))


def measure(deck, key):
    entries = key["events"]
    for e in entries:
        e["phrase_n"] = norm(e["phrase"])
        e.setdefault("counted", True)
    found = set()
    wrong = []
    unkeyed = []
    events = [i for i in deck["items"] if i["kind"] == "event"]
    for ev in events:
        q = norm(ev["source"]["quote"])
        dk = date_key(ev["date"])
        hits = [e for e in entries if e["phrase_n"] in q]
        if not hits:
            unkeyed.append(ev)
            continue
        ok = [e for e in hits if dk in e["dates"]]
        if not ok:
            wrong.append((ev, hits))
        for e in ok:
            found.add(id(e))
    counted = [e for e in entries if e["counted"]]
    hit = [e for e in counted if id(e) in found]
    return counted, hit, wrong, unkeyed, events


def choices(mc):
    return [mc["answer"]] + mc["distractors"]


def write_drafts(path, name, meta, deck):
    items = deck["items"]
    lines = [f"# Entwürfe zu „{meta.get('title', name)}“", "",
             f"Text: `{name}.txt` ({meta.get('style', '')}). Bitte jeden Entwurf nach der Anleitung in "
             "tests/data/derive/README.md beurteilen und in der Spalte rechts ja/nein eintragen.", ""]
    n = 0
    lines += ["## Zeitleisten-Ereignisse", ""]
    for it in items:
        if it["kind"] != "event":
            continue
        n += 1
        lines += [f"### E{n} ({it['id']})", "",
                  f"- Karte: **{it['text']}**",
                  f"- Datum: {date_key(it['date'])}",
                  f"- Beleg: „{it['source']['quote']}“",
                  f"- Schlagwörter: {', '.join(it['tags'])}; Schwierigkeit {it['difficulty']}",
                  "- brauchbar wie es ist (ja/nein): ____", ""]
    n = 0
    lines += ["## Multiple-Choice-Fragen", ""]
    for it in items:
        if it["kind"] != "multiple_choice":
            continue
        n += 1
        lines += [f"### F{n} ({it['id']})", "",
                  f"- Frage: **{it['prompt']}**",
                  f"- Antwort: {it['answer']}",
                  f"- Ablenker: {' · '.join(it['distractors'])}",
                  f"- Erklärung: {it['explanation']}",
                  f"- Beleg: „{it['source']['quote']}“",
                  f"- Schlagwörter: {', '.join(it['tags'])}; Schwierigkeit {it['difficulty']}"
                  + (f"; gehört zu Gruppe {it['group']}" if it.get("group") else ""),
                  "- brauchbar wie es ist (ja/nein): ____", ""]
    open(path, "w", encoding="utf-8").write("\n".join(lines))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default=os.path.join(ROOT, "build", "chronik-cli"))
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "derive-eval"))
    ap.add_argument("--split", default="all", choices=SPLITS + ["all"])
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    splits = SPLITS if a.split == "all" else [a.split]
    any_wrong = False
    totals = {}
    for split in splits:
        folder = os.path.join(HERE, split)
        for keyfile in sorted(f for f in os.listdir(folder) if f.endswith(".key.json")):
            name = keyfile[: -len(".key.json")]
            key = json.load(open(os.path.join(folder, keyfile), encoding="utf-8"))
            check_key_dates(os.path.join(split, keyfile), key)
            meta = json.load(open(os.path.join(folder, name + ".meta.json"), encoding="utf-8"))
            text = os.path.join(folder, key["text"])
            deck = derive(a.cli, text, os.path.join(a.out, name + ".json"))
            counted, hit, wrong, unkeyed, events = measure(deck, key)
            mcs = [i for i in deck["items"] if i["kind"] == "multiple_choice"]
            any_wrong = any_wrong or (bool(wrong) and split in CHECKED)
            t = totals.setdefault(split, [0, 0, 0, 0, 0])
            for k, v in enumerate([len(hit), len(counted), len(wrong), len(events), len(mcs)]):
                t[k] += v
            print(f"[{split}] {name}: dated events found with the exact date {len(hit)}/{len(counted)}"
                  f" ({100 * len(hit) // max(1, len(counted))} %), wrong dates {len(wrong)}, "
                  f"draft events {len(events)} ({len(unkeyed)} not in the key), "
                  f"multiple-choice drafts {len(mcs)}")
            for e in counted:
                if e not in hit:
                    print(f"    missed: {e['event']} ({', '.join(e['dates'])})")
            for ev, hits in wrong:
                print(f"    WRONG DATE {date_key(ev['date'])} for „{norm(ev['source']['quote'])}“ "
                      f"(key: {'; '.join(h['event'] + ' ' + '/'.join(h['dates']) for h in hits)})")
            for ev in unkeyed:
                print(f"    not in the key: {date_key(ev['date'])} „{ev['text']}“")
            write_drafts(os.path.join(a.out, name + ".md"), name, meta, deck)
    for split, (h, c, w, ev, mc) in totals.items():
        print(f"[{split}] total: found {h}/{c} ({100 * h // max(1, c)} %), wrong dates {w}, "
              f"draft events {ev}, multiple-choice drafts {mc}")
    print(f"drafts for judging: {a.out}/*.md")
    if a.check and any_wrong:
        sys.exit(1)


if __name__ == "__main__":
    main()
