// Reads an Anki package with anki-reader (independent of Chronik) and prints one JSON object:
// {"decks": [names], "cards": [{"deck", "front", "back", "tags"}]} with the raw field HTML.
// Usage: node read-apkg.mjs FILE.apkg
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'

const here = path.dirname(new URL(import.meta.url).pathname)
const require = createRequire(path.join(here, 'npm', 'node_modules', 'x.js'))
const { readAnkiPackage } = await import(require.resolve('anki-reader'))
const bytes = fs.readFileSync(process.argv[2])
const { collection } = await readAnkiPackage(new Blob([bytes]))
const out = { decks: [], cards: [] }
for (const deck of Object.values(collection.getDecks())) {
  const cards = Object.values(deck.getCards())
  if (cards.length === 0) continue
  out.decks.push(deck.getRawDeck().name)
  for (const card of cards) {
    const f = card.getOrderedFields()
    const raw = card.getRawCard ? card.getRawCard() : {}
    out.cards.push({ deck: deck.getRawDeck().name, front: f[0], back: f[1], tags: String(raw.tags ?? '').trim() })
  }
}
console.log(JSON.stringify(out))
