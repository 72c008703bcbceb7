// Size report for the files a site loads, and budget check (--check) for CI.
// Gzip at level 9 and brotli at max quality: what a well-configured server sends.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { gzipSync, brotliCompressSync, constants } from 'node:zlib'
import { appEntry } from './app-bundle.mjs'

const root = new URL('..', import.meta.url)
const dist = (name) => new URL(`dist/${name}`, root)
// The UI and dialog chunks come one per built-in language (one with a dialog table,
// src/ui/i18n/<language>.ts, as rollup.config.mjs reads them); a visitor loads one of each.
const LANGUAGES = readdirSync(new URL('src/ui/i18n/', root))
  .filter((file) => /^[a-z]{2,3}\.ts$/.test(file))
  .map((file) => file.slice(0, -3))
const perLanguage = (chunk) => LANGUAGES.map((language) => `${chunk}.${language}.js`)
const uiFiles = perLanguage('consentry-ui')
const dialogFiles = perLanguage('consentry-dialog')
const files = ['consentry.js', 'consentry.css', 'consentry-button.js', 'consentry-engine.js', 'consentry-dialog.css', ...uiFiles, ...dialogFiles]
const missing = [...files, 'consentry.mjs'].filter((name) => !existsSync(dist(name)))
if (missing.length) {
  console.error(`size: dist/${missing.join(', dist/')} missing; run npm run build first.`)
  process.exit(1)
}

// `bytes`: a file's, unless given (an app's bundle).
const measure = (name, label = name, bytes = readFileSync(dist(name))) => ({
  label,
  raw: Buffer.byteLength(bytes),
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
})
const total = (label, parts) => ({
  label,
  raw: parts.reduce((n, p) => n + p.raw, 0),
  gzip: parts.reduce((n, p) => n + p.gzip, 0),
  brotli: parts.reduce((n, p) => n + p.brotli, 0),
})

const [core, css, button, engine, dialogCss] = files.slice(0, 5).map((name) => measure(name))
const uiVersions = uiFiles.map((name) => measure(name))
const dialogVersions = dialogFiles.map((name) => measure(name))
// Totals count what the heaviest language's chunks cost.
const largest = (versions) => versions.reduce((largest, version) => (version.gzip > largest.gzip ? version : largest))
const ui = largest(uiVersions)
const dialog = largest(dialogVersions)
const firstVisit = total('first visit (core + UI + CSS)', [core, ui, css])
// The floating (withdrawal) button, with its styles, comes once a decision exists: on every
// page of a returning visitor, and after the first decision.
const returning = total('returning visit (core + button)', [core, button])
// The engine comes when the visitor heads for a choice (pointer or focus on the banner): a
// visitor who reads on without deciding never fetches it. Shown as the total it makes.
const decided = total('decision made (+ engine + button)', [core, ui, css, engine, button])
// The dialog chunk comes only when the preferences open (or a declaration or embed needs it),
// and brings the engine with it.
const preferences = total('preferences opened (+ dialog + CSS)', [core, ui, css, engine, dialog, dialogCss])
// The catalogue is fetched only by configs that name services by id: shown, not totalled. Its
// facts come with the core, its words in the visitor's language with the dialog chunk.
const catalogueFiles = ['consentry-services.js', ...LANGUAGES.map((language) => `consentry-services.${language}.js`)]
const catalogue = catalogueFiles.filter((name) => existsSync(dist(name))).map((name) => measure(name, `${name} (by id)`))
// Fetched only for a config with problems, to word them on the console.
if (existsSync(dist('consentry-messages.js'))) catalogue.push(measure('consentry-messages.js', 'consentry-messages.js (bad config)'))
// Sites with Consent Mode, or `autoBlock: true` (which brings Consent Mode too), load one of these in place of consentry.js.
const variants = ['consentry-consent-mode.js', 'consentry-autoblock.js']
  .filter((name) => existsSync(dist(name)))
  .map((name) => measure(name, `${name} (variant)`))

// An app's bundle of the ES module, up front: no target of the design's, a limit.
const app = measure('consentry.mjs', 'app bundle (npm: import { init })', await appEntry(dist('consentry.mjs')))

const cell = (n) => `${n} B (${(n / 1024).toFixed(2)} KB)`.padStart(20)
const row = (r) => console.log(`${r.label.padEnd(36)}${cell(r.raw)}${cell(r.gzip)}${cell(r.brotli)}`)
console.log(`${'file'.padEnd(36)}${'raw'.padStart(20)}${'gzip'.padStart(20)}${'brotli'.padStart(20)}`)
;[core, ...uiVersions, css, button, engine, ...dialogVersions, dialogCss, ...catalogue, ...variants].forEach(row)
console.log('-'.repeat(96))
;[firstVisit, decided, preferences, returning, app].forEach(row)

// The design's targets are reported; the limits are what CI enforces. Limits sit
// just above today's sizes so nothing grows unnoticed, and come down as the
// bundles shrink toward the targets.
const budgets = JSON.parse(readFileSync(new URL('test/size-budgets.json', root), 'utf8'))
// The later totals have no target of the design's, only a limit: a chunk that pulls in what it
// does not use (a module's table built on load, say) shows up there, not in the first visit.
const totals = [
  ['first visit', firstVisit.gzip, 'firstVisitGzip'],
  ['returning visit', returning.gzip, 'returningVisitGzip'],
  ['decision made', decided.gzip, 'decidedGzip'],
  ['preferences opened', preferences.gzip, 'preferencesGzip'],
  ['app bundle', app.gzip, 'appGzip'],
]
for (const [what, size, key] of totals) {
  const target = budgets.targets[key]
  const verdict = target === undefined ? 'has no target' : size <= target ? `meets its target of ${target} B` : `misses by ${size - target} B its target of ${target} B`
  console.log(`size: ${what} ${size} B gzip ${verdict} (limit ${budgets.limits[key]} B).`)
}

if (process.argv.includes('--check')) {
  const over = totals.filter(([, size, key]) => size > budgets.limits[key])
  for (const [what, size, key] of over) {
    const limit = budgets.limits[key]
    console.error(`size: ${what} is ${size} B gzip, over its limit of ${limit} B by ${size - limit} B (test/size-budgets.json).`)
  }
  if (over.length) process.exit(1)
  console.log('size: within limits.')
}
