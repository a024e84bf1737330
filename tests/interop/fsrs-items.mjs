// Converts an FSRS review log CSV with @open-spaced-repetition/binding (fsrs-rs, independent of
// Chronik) and prints its training items as JSON: one list of [rating, delta_t] per item.
// Days start at midnight UTC, as in Chronik's optimizer. Usage: node fsrs-items.mjs FILE.csv
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'

const here = path.dirname(new URL(import.meta.url).pathname)
const require = createRequire(path.join(here, 'npm', 'node_modules', 'x.js'))
const { convertCsvToFsrsItems } = require('@open-spaced-repetition/binding')
const items = convertCsvToFsrsItems(fs.readFileSync(process.argv[2]), 0, 'UTC', () => 0)
console.log(JSON.stringify(items.map((item) => item.reviews.map((r) => [r.rating, r.deltaT]))))
