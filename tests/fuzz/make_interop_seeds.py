#!/usr/bin/env python3
"""Writes the seed corpora of fuzz_anki_text, fuzz_apkg and fuzz_xlsx into tests/fuzz/corpus/.
The seeds are committed; run this again only to change them. Each is small (well under the 64 KiB
run-all.sh gives an input) and in the packing the fuzzer's comment describes.
Usage: tests/fuzz/make_interop_seeds.py"""
import io
import os
import sqlite3
import sys
import zipfile

here = os.path.dirname(os.path.abspath(__file__))
corpus = os.path.join(here, "corpus")
data = os.path.join(here, "..", "data", "interop")


def write(target, name, content):
    folder = os.path.join(corpus, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(content if isinstance(content, bytes) else content.encode("utf-8"))


# --- Anki text: the hand-written exports of the tests, and a few forms they lack.
for name in sorted(os.listdir(data)):
    if name.startswith("anki-") and name.endswith(".txt"):
        with open(os.path.join(data, name), "rb") as f:
            write("fuzz_anki_text", name, f.read())
write("fuzz_anki_text", "cloze-hints.txt",
      "#separator:tab\n#html:true\n#notetype:Cloze\n"
      "Im {{c1::Juni 1950::Monat}} griff {{c2::Nordkorea}} an; {{c1::Seoul}} fiel.\tExtra &amp; mehr\n"
      "{{c3::Kim Il-sung}} <br/>regierte bis {{c3::1994}}\t\n")
write("fuzz_anki_text", "semicolon-quoted.csv",
      "#separator:Semicolon\n#columns:Vorderseite;Rückseite;Deck;GUID\n"
      "\"Zeile mit ; und \"\"Zitat\"\"\";\"zwei\nZeilen\";Korea::Krieg;abc123\n"
      "Pjöngjang;Hauptstadt;Korea;def456\n")
write("fuzz_anki_text", "html-detected.txt",
      "Wann?\t<ul><li>1950</li><li>1953</li></ul><script>x()</script>&#x27;&#228;&nbsp;\n"
      "<b>fett</b>\t<img src=\"a.png\"> [sound:b.mp3] Text\n")
write("fuzz_anki_text", "pipe-comments.txt",
      "\ufeff#separator:Pipe\n# ein Kommentar\n#tags:a b a\n#if matches:update current\n"
      "Front|Back|zu viel\nnur eins\n")

# --- Anki packages: collections of schema 11 (JSON in col) and schema 18 (tables), small pages.
def database(sql):
    con = sqlite3.connect(":memory:")
    con.execute("PRAGMA page_size = 512")
    con.executescript(sql)
    con.commit()
    out = con.serialize() if hasattr(con, "serialize") else None
    if out is None:  # Python < 3.11: through a file
        path = os.path.join(corpus, ".tmp.db")
        disk = sqlite3.connect(path)
        con.backup(disk)
        disk.close()
        with open(path, "rb") as f:
            out = f.read()
        os.remove(path)
    return bytes(out)


legacy = database("""
CREATE TABLE col (id integer primary key, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags);
CREATE TABLE notes (id integer primary key, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data);
CREATE TABLE cards (id integer primary key, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, flags, data);
INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, '{}',
  '{"1": {"name": "Basic (and reversed card)", "type": 0, "flds": [{"name": "Front"}, {"name": "Back"}],
          "tmpls": [{"qfmt": "{{Front}}"}, {"qfmt": "{{Back}}"}]},
    "2": {"name": "Cloze", "type": 1, "flds": [{"name": "Text"}, {"name": "Extra"}],
          "tmpls": [{"qfmt": "{{cloze:Text}}"}]},
    "3": {"name": "Basic (optional reversed card)", "type": 0,
          "flds": [{"name": "Front"}, {"name": "Back"}, {"name": "Add Reverse"}],
          "tmpls": [{"qfmt": "{{Front}}"}, {"qfmt": "{{#Add Reverse}}{{Back}}{{/Add Reverse}}"}]}}',
  '{"7": {"name": "Geschichte::Korea"}}', '{}', '{}');
INSERT INTO notes VALUES (1, 'g1', 1, 0, 0, ' Korea Krieg ', 'Seoul' || char(31) || 'Hauptstadt&nbsp;<b>Südkoreas</b>', '', 0, 0, '');
INSERT INTO notes VALUES (2, 'g2', 2, 0, 0, '', 'Im {{c1::Juni 1950::Monat}} griff {{c2::Nordkorea}} an' || char(31) || '<img src="k.png">', '', 0, 0, '');
INSERT INTO notes VALUES (3, 'g3', 3, 0, 0, 'x', 'Tumen' || char(31) || 'Grenzfluss<br>zu Russland' || char(31) || 'y', '', 0, 0, '');
INSERT INTO cards VALUES (1, 1, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '');
INSERT INTO cards VALUES (2, 2, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '');
INSERT INTO cards VALUES (3, 3, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '');
""")
schema18 = database("""
CREATE TABLE col (id integer primary key, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags);
INSERT INTO col VALUES (1, 0, 0, 0, 18, 0, 0, 0, '', '', '', '', '');
CREATE TABLE notetypes (id integer primary key, name text, mtime_secs, usn, config blob);
CREATE TABLE fields (ntid, ord, name, config blob);
CREATE TABLE templates (ntid, ord, name, mtime_secs, usn, config blob);
CREATE TABLE decks (id integer primary key, name text, mtime_secs, usn, common, kind);
CREATE TABLE notes (id integer primary key, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data);
CREATE TABLE cards (id integer primary key, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, flags, data);
INSERT INTO notetypes VALUES (10, 'Lückentext', 0, 0, x'0801');
INSERT INTO fields VALUES (10, 0, 'Text', x''), (10, 1, 'Rückseite Extra', x'');
INSERT INTO templates VALUES (10, 0, 'Lückentext', 0, 0, CAST('{{cloze:Text}}' AS BLOB));
INSERT INTO notetypes VALUES (11, 'Einfach (beide Richtungen)', 0, 0, x'');
INSERT INTO fields VALUES (11, 0, 'Vorderseite', x''), (11, 1, 'Rückseite', x'');
INSERT INTO templates VALUES (11, 0, 'Karte 1', 0, 0, CAST('{{Vorderseite}}' AS BLOB)),
                             (11, 1, 'Karte 2', 0, 0, CAST('{{Rückseite}}' AS BLOB));
INSERT INTO decks VALUES (5, 'Geschichte' || char(31) || 'Korea', 0, 0, x'', x'');
INSERT INTO notes VALUES (1, 'g1', 10, 0, 0, ' Koreakrieg ', 'Im {{c1::Juni 1950}}' || char(31) || '', '', 0, 0, '');
INSERT INTO notes VALUES (2, 'g2', 11, 0, 0, '', 'Seoul' || char(31) || 'Hauptstadt&nbsp;Südkoreas [sound:s.mp3]', '', 0, 0, '');
INSERT INTO cards VALUES (1, 1, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '');
INSERT INTO cards VALUES (2, 2, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '');
""")
write("fuzz_apkg", "schema11-anki2.bin", b"\x01" + legacy)
write("fuzz_apkg", "schema11-anki21.bin", b"\x02" + legacy)
write("fuzz_apkg", "schema18-anki21b.bin", b"\x03" + schema18)
packed = io.BytesIO()
with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("collection.anki2", legacy)
    z.writestr("media", "{}")
    z.writestr("0", "png")
write("fuzz_apkg", "package-deflated.bin", b"\x00" + packed.getvalue())

# --- .xlsx: the parts of a Kahoot sheet split at "@@" lines, and one whole file.
ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
rel_ns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
sheet = (f'<worksheet {ns} {rel_ns}><sheetData>'
         '<row r="1"><c r="B1" t="inlineStr"><is><t>Quiz template</t></is></c></row>'
         '<row r="4"><c r="B4" t="s"><v>0</v></c><c r="C4" t="s"><v>1</v></c><c r="D4" t="s"><v>2</v></c>'
         '<c r="E4" t="s"><v>3</v></c><c r="F4" t="s"><v>4</v></c><c r="G4" t="s"><v>5</v></c>'
         '<c r="H4" t="s"><v>6</v></c></row>'
         '<row r="5"><c r="A5"><v>1</v></c><c r="B5" t="s"><v>7</v></c><c r="C5"><v>1948</v></c>'
         '<c r="D5"><v>1950</v></c><c r="E5"><v>1953</v></c><c r="F5"><v>1945</v></c>'
         '<c r="G5"><v>20</v></c><c r="H5"><v>2</v></c></row>'
         '<row><c t="inlineStr"><is><r><t>Welche Länder grenzen </t></r><r><t>an Nordkorea?</t></r></is></c>'
         '<c t="inlineStr"><is><t>China</t></is></c><c t="inlineStr"><is><t>Russland</t></is></c>'
         '<c t="inlineStr"><is><t>Japan</t></is></c><c t="b"><v>1</v></c><c><v>60</v></c>'
         '<c t="str"><v>1,2</v></c></row>'
         '</sheetData></worksheet>')
strings = (f'<sst {ns}><si><t>Question - max 120 characters</t></si><si><t>Answer 1</t></si>'
           '<si><t>Answer 2</t></si><si><t>Answer 3</t></si><si><t>Answer 4</t></si>'
           '<si><t>Time limit (sec)</t></si><si><t>Correct answer(s)</t></si>'
           '<si><t xml:space="preserve">In welchem Jahr begann der Koreakrieg? &amp; </t><rPh><t>x</t></rPh></si></sst>')
workbook = f'<workbook {ns} {rel_ns}><sheets><sheet name="Quiz" sheetId="1" r:id="rId1"/></sheets></workbook>'
rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>')
write("fuzz_xlsx", "kahoot-parts.txt", "\n@@\n".join([sheet, strings, workbook, rels]))
write("fuzz_xlsx", "sheet-only.txt",
      f'<worksheet {ns}><sheetData><row r="2"><c r="A2" t="inlineStr"><is><t>Frage</t></is></c>'
      '<c r="B2" t="inlineStr"><is><t>Antwort 1</t></is></c><c r="C2" t="inlineStr"><is><t>Antwort 2</t></is></c>'
      '<c r="D2" t="inlineStr"><is><t>Richtige Antwort(en)</t></is></c></row>'
      '<row r="3"><c r="A3" t="inlineStr"><is><t>Wahr?</t></is></c><c r="B3" t="inlineStr"><is><t>ja</t></is></c>'
      '<c r="C3" t="inlineStr"><is><t>nein</t></is></c><c r="D3"><v>1</v></c></row></sheetData></worksheet>')
whole = io.BytesIO()
with zipfile.ZipFile(whole, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("xl/workbook.xml", workbook)
    z.writestr("xl/_rels/workbook.xml.rels", rels)
    z.writestr("xl/worksheets/sheet1.xml", sheet)
    z.writestr("xl/sharedStrings.xml", strings)
write("fuzz_xlsx", "kahoot-whole.xlsx", whole.getvalue())
print("seeds written to", corpus, file=sys.stderr)
