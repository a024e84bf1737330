#!/usr/bin/env python3
"""Writes an .xlsx laid out like Kahoot's quiz template (KahootQuizTemplate.xlsx): a title and
instructions above the header row, the columns Question, Answer 1-4, Time limit and Correct
answer(s) starting in column B, numbers stored as numbers, text as shared strings (one as an
inline string, one with rich text runs), as spreadsheet programs save it.
Usage: make_kahoot_xlsx.py OUT.xlsx [--billion-laughs]"""
import sys
import zipfile
from xml.sax.saxutils import escape

out = sys.argv[1]
laughs = "--billion-laughs" in sys.argv[2:]

rows = [
    (1, ["", "Quiz template"]),
    (2, ["", "Add questions, at least two answer alternatives, time limit and choose correct answers (at least one)."]),
    (4, ["", "Question - max 120 characters", "Answer 1 - max 75 characters", "Answer 2 - max 75 characters",
         "Answer 3 - max 75 characters", "Answer 4 - max 75 characters",
         "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs", "Correct answer(s) - choose at least one"]),
    (5, [1, "In welchem Jahr begann der Koreakrieg?", 1948, 1950, 1953, 1945, 20, 2]),
    (6, [2, "Wer gründete Nordkorea & führte es bis 1994?", "Kim Il-sung", "Kim Jong-il", "Syngman Rhee", "Josef Stalin", 30, "1"]),
    (7, [3, "Pjöngjang liegt am Taedong.", "Wahr", "Falsch", "", "", 10, 1]),
    (8, [4, "Welche Länder grenzen an Nordkorea?", "China", "Russland", "Japan", "Mongolei", 60, "1,2"]),
    (9, [5, "Ohne richtige Antwort", "a", "b", "c", "d", 20, ""]),
    (10, [6, "Richtige Antwort leer", "a", "b", "", "", 20, 4]),
    (11, [7, "INLINE", "1953", "1950", "1961", "1945", 240, 1]),
    (12, [8, "RICH", "Tumen", "Yalu", "Amur", "Han", 90, 1]),
    (13, [9, "Wie heißt die Hauptstadt Nordkoreas?", "Pjöngjang", "Seoul", "Wonsan", "Kaesong", 9999, 1]),
]

shared = []
def sid(text):
    if text not in shared:
        shared.append(text)
    return shared.index(text)

def col(i):
    return chr(ord("A") + i)

sheet_rows = []
for number, cells in rows:
    xml_cells = []
    for i, v in enumerate(cells):
        ref = f"{col(i)}{number}"
        if v == "":
            continue
        if isinstance(v, int):
            xml_cells.append(f'<c r="{ref}"><v>{v}</v></c>')
        elif v == "INLINE":
            xml_cells.append(f'<c r="{ref}" t="inlineStr"><is><t>Wann endete der Koreakrieg mit einem Waffenstillstand?</t></is></c>')
        elif v == "RICH":
            xml_cells.append(f'<c r="{ref}" t="s"><v>{sid(None) if False else len(shared)}</v></c>')
            shared.append(("RICH",))
        else:
            xml_cells.append(f'<c r="{ref}" t="s"><v>{sid(v)}</v></c>')
    sheet_rows.append(f'<row r="{number}">{"".join(xml_cells)}</row>')

def si(s):
    if isinstance(s, tuple):  # rich text: two runs and a phonetic run that is not shown
        return ('<si><r><rPr><b/></rPr><t>Welcher Fluss bildet die </t></r>'
                '<r><t>Grenze zu Russland?</t></r><rPh sb="0" eb="1"><t>x</t></rPh></si>')
    return f'<si><t xml:space="preserve">{escape(s)}</t></si>'

ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
rel_ns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
doctype = ""
if laughs:
    doctype = ('<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">' +
               "".join(f'<!ENTITY {chr(98 + k)} "{("&" + chr(97 + k) + ";") * 10}">' for k in range(9)) + "]>")
    sheet_rows.append('<row r="99"><c r="B99" t="inlineStr"><is><t>&j;</t></is></c></row>')
sheet = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{doctype}'
         f'<worksheet {ns} {rel_ns}><sheetData>{"".join(sheet_rows)}</sheetData></worksheet>')
strings = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<sst {ns} count="{len(shared)}" uniqueCount="{len(shared)}">{"".join(si(s) for s in shared)}</sst>')
workbook = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {ns} {rel_ns}>'
            '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '</Relationships>')
types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '</Types>')
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", types)
    z.writestr("xl/workbook.xml", workbook)
    z.writestr("xl/_rels/workbook.xml.rels", rels)
    z.writestr("xl/worksheets/sheet1.xml", sheet)
    z.writestr("xl/sharedStrings.xml", strings)
