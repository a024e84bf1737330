// Writes two Anki packages with independent writers from npm, for chronik-cli import to read:
//   OUT/apkg-export.apkg  anki-apkg-export: Basic cards with HTML, entities, tags and an image
//   OUT/genanki.apkg      genanki-js: Basic, "Basic (and reversed card)" and Cloze notes
// Usage: node make-apkg.mjs OUT_DIR
import fs from 'node:fs'
import path from 'node:path'
import os from 'node:os'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

const here = path.dirname(new URL(import.meta.url).pathname)
const modules = path.join(here, 'npm', 'node_modules')
const require = createRequire(path.join(modules, 'x.js'))
const out = process.argv[2]

// anki-apkg-export (CommonJS, its own sql.js)
const AnkiExport = require('anki-apkg-export').default
const a = new AnkiExport('Koreakrieg')
a.addMedia('karte.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]))
a.addCard('Wann begann der <b>Koreakrieg</b>?', 'Im Juni&nbsp;1950<br>mit dem Angriff des Nordens', { tags: ['Koreakrieg', '1945–1953'] })
a.addCard('Wer führte Nordkorea 1950?', '<div>Kim Il-sung</div><div>&quot;Großer Führer&quot;</div>', { tags: ['Personen'] })
a.addCard('Karte der Grenze <img src="karte.png" />', 'Tumen &amp; Japanisches Meer')
fs.writeFileSync(path.join(out, 'apkg-export.apkg'), await a.save(), 'binary')

// genanki-js ships an ES module without "type": "module"; load a copy whose bare imports are
// resolved from its own folder (and whose browser download helper is not needed).
const gdir = path.join(modules, 'genanki-js')
let src = fs.readFileSync(path.join(gdir, 'dist', 'genanki.js'), 'utf8')
src = src.replace(/^import .*$/gm, '')
src = `import { createRequire } from 'node:module'
const require = createRequire(${JSON.stringify(path.join(gdir, 'package.json'))})
const { sha256 } = require('js-sha256'); const JSZip = require('jszip'); const bigInt = require('big-integer')
const saveAs = () => { throw new Error('not in node') }
` + src
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'genanki-'))
fs.writeFileSync(path.join(tmp, 'genanki.mjs'), src)
const g = await import(pathToFileURL(path.join(tmp, 'genanki.mjs')).href)
const initSqlJs = createRequire(path.join(gdir, 'package.json'))('sql.js')
const SQL = await initSqlJs()

const basic = new g.Model({
  name: 'Basic', id: '1691000000001',
  flds: [{ name: 'Front' }, { name: 'Back' }],
  req: [[0, 'all', [0]]],
  tmpls: [{ name: 'Card 1', qfmt: '{{Front}}', afmt: '{{FrontSide}}<hr id=answer>{{Back}}' }],
})
const reversed = new g.Model({
  name: 'Basic (and reversed card)', id: '1691000000002',
  flds: [{ name: 'Front' }, { name: 'Back' }],
  req: [[0, 'all', [0]], [1, 'all', [1]]],
  tmpls: [
    { name: 'Card 1', qfmt: '{{Front}}', afmt: '{{FrontSide}}<hr id=answer>{{Back}}' },
    { name: 'Card 2', qfmt: '{{Back}}', afmt: '{{FrontSide}}<hr id=answer>{{Front}}' },
  ],
})
const cloze = new g.ClozeModel({
  name: 'Cloze', id: '1691000000003',
  flds: [{ name: 'Text' }, { name: 'Back Extra' }],
  tmpl: { qfmt: '{{cloze:Text}}', afmt: '{{cloze:Text}}<br>{{Back Extra}}' },
})
const deck = new g.Deck(1691000000100, 'Geschichte::Nordkorea')
deck.addNote(basic.note(['Hauptstadt Nordkoreas', 'Pjöngjang'], ['Geografie']))
deck.addNote(reversed.note(['Tumen', 'Grenzfluss zu Russland'], ['Grenze']))
deck.addNote(cloze.note(['Der Koreakrieg begann im {{c1::Juni 1950::Monat}} mit dem Angriff {{c2::Nordkoreas}}.', 'Quelle: <i>Wikipedia</i>'], ['Koreakrieg']))
deck.addNote(basic.note(['[sound:hymne.mp3]', 'Nationalhymne'], []))
const pkg = new g.Package()
pkg.addDeck(deck)
const db = new SQL.Database()
db.run(g.APKG_SCHEMA)
pkg.write(db)
const zip = new (require('jszip'))()
zip.file('collection.anki2', db.export())
zip.file('media', '{}')
fs.writeFileSync(path.join(out, 'genanki.apkg'), await zip.generateAsync({ type: 'nodebuffer' }))
fs.rmSync(tmp, { recursive: true })
console.log('written')
