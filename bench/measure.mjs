// One benchmark run in a fresh browser context (empty cache and cookies): a first visit
// (load, banner, Accept all), a returning visit (valid consent cookie, no banner), or a
// tap on Accept all, or on Preferences, on a touch screen over a slower network.
import { probeScript } from './probe.mjs'
import { SAMPLING_INTERVAL_US, ownScriptTime } from './profile.mjs'
import { TRACE_CATEGORIES, clickPhase } from './trace.mjs'
import { VENDORS, stubScript } from './vendors.mjs'

const SETTLE_MS = 1000 // after load (and the banner): lets late tasks and fade-ins finish
const BANNER_TIMEOUT_MS = 8000
const ROUND_TRIP_MS = 150 // the touch run's network: a phone on a fair mobile connection
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

async function open(browser, tool, origin, cookie, device = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...device })
  if (cookie) await context.addCookies([{ ...cookie, url: origin }])
  await context.addInitScript({ content: probeScript(tool.banner) })
  // No network here: every third-party request is answered locally, and its time logged.
  const requests = new Map()
  await context.route((url) => url.origin !== origin, (route) => {
    const host = new URL(route.request().url()).hostname
    if (!requests.has(host)) requests.set(host, Date.now())
    const known = VENDORS[host]
    return route.fulfill({
      status: known ? 200 : 404,
      contentType: 'text/javascript',
      headers: { 'timing-allow-origin': '*' }, // lets the page count the stubs' bytes
      body: known ? stubScript(host) : '',
    })
  })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await cdp.send('Performance.enable')
  return { context, page, cdp, requests }
}

/** ScriptDuration and TaskDuration (ms) of the renderer's main thread since `before`. */
async function mainThreadTime(cdp, before) {
  const { metrics } = await cdp.send('Performance.getMetrics')
  const get = (name) => (metrics.find((m) => m.name === name)?.value || 0) * 1000
  const now = { script: get('ScriptDuration'), task: get('TaskDuration') }
  return before ? { script: now.script - before.script, task: now.task - before.task } : now
}

/** Encoded (gzip) body bytes of the page and of the tool's own files, per Resource Timing. */
const bytes = (page, ownPath) =>
  page.evaluate((ownPath) => {
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
    const sum = (list) => list.reduce((n, e) => n + e.encodedBodySize, 0)
    return { page: sum(entries), tool: ownPath ? sum(entries.filter((e) => new URL(e.name).pathname.startsWith(ownPath))) : 0 }
  }, ownPath)

const allVendorsRequested = (requests) => Object.keys(VENDORS).every((host) => requests.has(host))

async function waitFor(check, timeoutMs) {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(25)) if (check()) return true
  return false
}

/** Waits until the probe has seen the banner fully visible, or gives up. (A promise the probe resolves: the wait adds no polling to the page.) */
const bannerShown = (page) => Promise.race([page.evaluate(() => window.__bench.shown), sleep(BANNER_TIMEOUT_MS)])

/**
 * Loads the tool's page on a phone opened by `open` (a touch screen: no hover) over a network with a
 * 150 ms round trip, and waits for it to settle: for its banner too, unless `returning` with consent.
 * Its first tap is noted on the wall clock of the vendor requests logged here, and on the page's own.
 */
async function loadOnPhone({ page, cdp }, tool, origin, returning) {
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: ROUND_TRIP_MS, downloadThroughput: -1, uploadThroughput: -1 })
  await page.addInitScript(() => addEventListener('pointerdown', () => (window.__tapped ??= { wall: Date.now(), page: performance.now() }), true))
  await page.goto(`${origin}/${tool.name}.html`, { waitUntil: 'load' })
  if (!returning) await bannerShown(page)
  await sleep(SETTLE_MS)
}

/** What the probe (probe.mjs) recorded of the page and its banner, with the page's first paint. */
const probeReadings = (page) =>
  page.evaluate(() => ({
    inDom: window.__bench.inDom,
    visible: window.__bench.visible,
    cls: window.__bench.cls,
    shifted: window.__bench.shifted,
    lcp: window.__bench.lcp,
    lcpIsBanner: window.__bench.lcpIsBanner,
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  }))

export async function firstVisit(browser, tool, origin) {
  const { context, page, cdp, requests } = await open(browser, tool, origin)
  try {
    const before = await mainThreadTime(cdp)
    await page.goto(`${origin}/${tool.name}.html`, { waitUntil: 'load' })
    if (tool.banner) await bannerShown(page)
    await sleep(SETTLE_MS)
    const time = await mainThreadTime(cdp, before)
    const probe = await probeReadings(page)
    const run = { ...probe, ...time, leaked: tool.banner ? requests.size : 0 }
    if (tool.banner && probe.inDom !== null) Object.assign(run, await acceptAll(browser, page, tool, requests))
    else if (!tool.banner) run.tagsRequested = await waitFor(() => allVendorsRequested(requests), 5000)
    return { ...run, ...(await bytes(page, tool.ownPath)) }
  } finally {
    await context.close()
  }
}

/** Clicks Accept all under a trace, until all four tags have been requested. */
async function acceptAll(browser, page, tool, requests) {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES })
  let clicked = true
  try {
    await page.click(tool.accept, { timeout: 5000 })
  } catch {
    clicked = false
  }
  const tagsRequested = clicked && (await waitFor(() => allVendorsRequested(requests), 10000))
  await sleep(300)
  const trace = await browser.stopTracing()
  if (!clicked) return { clicked }
  return { clicked, tagsRequested, ...clickPhase(trace) }
}

export async function returningVisit(browser, tool, origin) {
  const { context, page, cdp, requests } = await open(browser, tool, origin, tool.cookie?.())
  try {
    const before = await mainThreadTime(cdp)
    // Profiled from navigation for all three set-ups alike, so its overhead is the same in each.
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US })
    await cdp.send('Profiler.start')
    await page.goto(`${origin}/${tool.name}.html`, { waitUntil: 'load' })
    await sleep(SETTLE_MS)
    const time = await mainThreadTime(cdp, before)
    const { profile } = await cdp.send('Profiler.stop')
    const inDom = await page.evaluate(() => window.__bench.inDom)
    return {
      ...time,
      own: tool.ownPath ? ownScriptTime(profile, tool.ownPath) : 0,
      bannerShown: inDom !== null, // must stay false: the cookie is valid consent
      tagsRequested: allVendorsRequested(requests),
      ...(await bytes(page, tool.ownPath)),
    }
  } finally {
    await context.close()
  }
}

/**
 * A visitor on a phone, over a network with a 150 ms round trip: when the banner shows; then
 * they read it for a moment and tap Accept all: from the tap until all four tags are requested.
 * A touch screen gives no pointer warning before the tap, so whatever a tool fetches on the way counts.
 */
export async function touchAccept(browser, tool, origin) {
  const phone = await open(browser, tool, origin, undefined, { hasTouch: true })
  const { context, page, requests } = phone
  try {
    await loadOnPhone(phone, tool, origin)
    // The banner over a network with a round trip: a tool whose banner comes in a file that its
    // first file fetches pays that round trip once more; localhost hides it.
    const { inDom, visible, lcp, lcpIsBanner } = await probeReadings(page)
    const banner = { inDom, visible, lcp, lcpIsBanner }
    try {
      await page.tap(tool.accept, { timeout: 5000 })
    } catch {
      return { ...banner, tapped: false }
    }
    const tagsRequested = await waitFor(() => allVendorsRequested(requests), 10000)
    const tappedAt = await page.evaluate(() => window.__tapped.wall)
    return { ...banner, tapped: true, tapToTags: tagsRequested ? Math.max(...requests.values()) - tappedAt : null }
  } finally {
    await context.close()
  }
}

/**
 * The same visitor, who wants to choose: a tap on the banner's Preferences button (or, `returning`
 * with consent, on the page's "Cookie settings" link, the way back to the choices), timed until
 * the preferences are fully visible. A tool that fetches them only when asked pays round trips
 * here, and a touch screen gives no hover to fetch them ahead.
 */
export async function touchPreferences(browser, tool, origin, returning = false) {
  const phone = await open(browser, tool, origin, returning && tool.cookie(), { hasTouch: true })
  const { context, page } = phone
  try {
    await loadOnPhone(phone, tool, origin, returning)
    // Watched from before the tap, so that a dialog shown within the tap's own task is seen at its first frame.
    await page.evaluate((dialog) => void (window.__preferencesShown = window.__bench.visibleAt(dialog)), tool.dialog)
    try {
      await page.tap(returning ? SETTINGS_LINK : tool.preferences, { timeout: 5000 })
    } catch {
      return { tapped: false }
    }
    const shownAt = await Promise.race([page.evaluate(() => window.__preferencesShown), sleep(BANNER_TIMEOUT_MS).then(() => null)])
    const tappedAt = await page.evaluate(() => window.__tapped.page)
    return { tapped: true, tapToPreferences: shownAt === null ? null : shownAt - tappedAt }
  } finally {
    await context.close()
  }
}

// The bench page's footer link to the preferences, the same words for every tool (tools.mjs).
const SETTINGS_LINK = 'footer a:text-is("Cookie settings")'
