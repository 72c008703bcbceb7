// npm run bench: the same page with Consentry (as documented, and loaded async), with
// vanilla-cookieconsent and with no consent tool, in Chromium at 4x CPU slowdown and a
// 390x844 viewport; runs interleaved after a warm-up; medians to stdout and
// bench/results/latest.md.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { chromium } from '@playwright/test'
import { landingPage, siteCss } from './page.mjs'
import { firstVisit, returningVisit, touchAccept, touchPreferences } from './measure.mjs'
import { resultsTable, warnings } from './report.mjs'
import { serve } from './server.mjs'
import { CHROMIUM_ARGS } from '../test/chromium-args.mjs'
import { TOOLS } from './tools.mjs'

const RUNS = Number(process.env.BENCH_RUNS) || 7
if (!existsSync(new URL('../dist/consentry.js', import.meta.url))) {
  console.error('bench: dist/ is missing; run npm run build first.')
  process.exit(1)
}

const routes = { '/site.css': siteCss }
for (const tool of TOOLS) Object.assign(routes, tool.files(), { [`/${tool.name}.html`]: landingPage({ title: `Factuurtje (${tool.label})`, ...tool.page }) })
const server = await serve(routes)
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
})

// A failed run is recorded, not fatal: the table says what is missing.
const attempt = (measure, tool) => measure(browser, tool, server.origin).catch((error) => ({ error: error.message.split('\n')[0] }))
const chromiumVersion = browser.version()
const loadBefore = loadavg()[0]
const rounds = []
try {
  for (const tool of TOOLS) await attempt(firstVisit, tool) // warm-up: disk cache, JIT of the harness
  for (let i = 0; i < RUNS; i++) {
    const round = {}
    for (const tool of TOOLS) {
      round[tool.name] = {
        first: await attempt(firstVisit, tool),
        returning: await attempt(returningVisit, tool),
        touch: tool.banner ? await attempt(touchAccept, tool) : {},
        preferences: tool.banner ? await attempt(touchPreferences, tool) : {},
        settings: tool.banner ? await attempt((...args) => touchPreferences(...args, true), tool) : {},
      }
    }
    rounds.push(round)
    process.stderr.write(`bench: round ${i + 1}/${RUNS} done\n`)
  }
} finally {
  await browser.close()
  server.close()
}

const notes = warnings(rounds)
const report = [
  `## Consentry vs vanilla-cookieconsent 3.1.0 vs no consent tool`,
  '',
  `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${RUNS} runs each, interleaved, after a warm-up · ` +
    `Chromium ${chromiumVersion} at 4x CPU slowdown, 390x844 · Node ${process.version} · ${cpus()[0].model} × ${cpus().length} · ` +
    `load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}` +
    (process.env.BENCH_PRELOAD ? ' · Consentry with the preload hints for its banner files (BENCH_PRELOAD)' : ''),
  '',
  resultsTable(rounds),
  '',
  ...(notes.length ? ['Notes:', ...notes.map((n) => `- ${n}`), ''] : []),
  'How: bytes are Resource Timing encodedBodySize. Times run from navigation start; "fully visible" is the first frame ' +
    'with the banner in the viewport at full opacity; the largest contentful paint is the last one the page reports. Main-thread script/task time is CDP Performance.getMetrics ' +
    '(ScriptDuration, TaskDuration) from navigation until 1 s after the banner is fully visible (after load without a tool). ' +
    'Click rows come from a Chromium trace of the Accept all click until all four vendor requests are sent. Returning ' +
    'visits run under the V8 CPU profiler (sampling every 0.1 ms) from navigation, the same overhead for every set-up; own ' +
    "script time is the samples whose nearest JavaScript frame is in the tool's files (DOM calls count for their caller, " +
    "the tags it runs for themselves). The touch rows are a run of their own: a touch screen (no hover), every request " +
    "delayed by a 150 ms round trip; the banner timed as above, the tap 1 s after it is fully visible, timed from its " +
    "pointerdown to the last vendor request; likewise a tap on the banner's Preferences button, and on a returning " +
    'visit a tap on the page\'s "Cookie settings" link, timed until the preferences are fully visible. ' +
    "±: half the interquartile range; wall-clock figures grow with the machine's load.",
].join('\n')
console.log(report)
mkdirSync(new URL('results/', import.meta.url), { recursive: true })
writeFileSync(new URL('results/latest.md', import.meta.url), report + '\n')
