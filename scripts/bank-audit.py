#!/usr/bin/env python3
"""Flags the audit kinds of questions/AUDIT.md that a script can find but lint does not decide.

Usage: scripts/bank-audit.py [DECK.json ...]   (default: every deck in questions/)

Prints one line per finding, "ID: RULE: message". These are prompts for a reader, not errors:
each finding is judged by the rules in questions/AUDIT.md. Exit status 0 always.
  E1  the explanation adds fewer than 4 words (of 4+ letters) to its quote, prompt and answer
  A1  a bare "Kim"/"Kims" where the deck names several Kims (say which one)
  S1  a name spelt as German reference works do not (list below; quotes are left as written)
"""
import glob
import json
import os
import re
import sys

# Spellings of German reference works (Duden, Brockhaus) for names the article writes otherwise.
SPELLING = {"Michael Gorbatschow": "Michail Gorbatschow"}
FULL_KIM = re.compile(r"\bKim (Il-sung|Jong-il|Jong-un|Jong-nam|Yo-jong)")
KIM = re.compile(r"\bKims?\b(?! (Il-sung|Jong-il|Jong-un|Jong-nam|Yo-jong)s?\b)(?!-Dynastie)")


def words(s):
    return {w.lower() for w in re.findall(r"[\wäöüÄÖÜß-]+", s) if len(w) >= 4}


def audit(path):
    deck = json.load(open(path, encoding="utf-8"))
    for item in deck["items"]:
        iid = item["id"]
        fields = {f: item[f] for f in ("prompt", "answer", "explanation", "text") if f in item}
        if item["kind"] == "multiple_choice":
            base = words(item["source"]["quote"]) | words(item["prompt"]) | words(item["answer"])
            new = words(item["explanation"]) - base
            if len(new) < 4:
                print(f"{iid}: E1: explanation adds only {sorted(new)} to its quote")
            fields.update({f"distractors[{k}]": d for k, d in enumerate(item["distractors"])})
        prompt = item.get("prompt", "")
        for field, value in fields.items():
            m = KIM.search(value)
            # A bare Kim after the full name (in the prompt or earlier in the same text) is clear.
            if m and not FULL_KIM.search(prompt) and not FULL_KIM.search(value[: m.start()]):
                print(f"{iid}: A1: {field}: a bare Kim: {value}")
            for wrong, right in SPELLING.items():
                at = value.find(wrong)
                # The article's spelling may be cited in „…“.
                if at >= 0 and not value[:at].endswith("„"):
                    print(f"{iid}: S1: {field}: {wrong} -> {right}")


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(root, "questions", "*.json")))
    for p in paths:
        audit(p)


if __name__ == "__main__":
    main()
