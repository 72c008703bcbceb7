import type { Page } from '@playwright/test'
import { consentCookie, consoleErrors, consoleWarnings, stubsRan } from './browser-state'
import { consentUI } from './consent-ui'
import { test, expect } from './fixtures'
import { networkQuiet } from './network'

/**
 * Google Consent Mode v2 in a real browser, on pages/consent-mode.html: the
 * page's Google tag (a stub of gtag.js plus the inline `gtag('config')` and
 * `gtag('event')` Google hands out) reads `window.dataLayer` in order, so the
 * order of its entries is what these tests pin down.
 */

/** One dataLayer entry: a gtag command (an Arguments object, as Google's snippet pushes) or a plain object. */
type Entry = { command: unknown[] } | { object: Record<string, unknown> }

function dataLayer(page: Page): Promise<Entry[]> {
  return page.evaluate(() =>
    ((window as unknown as { dataLayer?: unknown[] }).dataLayer || []).map((entry) =>
      // gtag.js ignores arrays: commands must be the Arguments object of a gtag() call.
      Object.prototype.toString.call(entry) == '[object Arguments]'
        ? { command: JSON.parse(JSON.stringify(Array.from(entry as ArrayLike<unknown>))) }
        : { object: JSON.parse(JSON.stringify(entry)) },
    ),
  )
}

/** Short names, in order: `consent default`, `consent update`, `js`, `config`, `event fixture_page_view`, `event consentry_consent_update`. */
const summary = (entries: Entry[]) =>
  entries.map((entry) =>
    'command' in entry
      ? entry.command[0] == 'consent' || entry.command[0] == 'event'
        ? `${entry.command[0]} ${entry.command[1]}`
        : String(entry.command[0])
      : `event ${entry.object.event}`,
  )

const payload = (entries: Entry[], name: 'default' | 'update', nth = 0) =>
  (entries.filter((e) => 'command' in e && e.command[0] == 'consent' && e.command[1] == name)[nth] as { command: unknown[] } | undefined)?.command[2]

const updateEvents = (entries: Entry[]) =>
  entries.filter((e): e is { object: Record<string, any> } => 'object' in e && e.object.event == 'consentry_consent_update').map((e) => e.object)

const TYPES = ['ad_storage', 'ad_user_data', 'ad_personalization', 'analytics_storage', 'functionality_storage', 'personalization_storage', 'security_storage']
const all = (state: 'granted' | 'denied') => Object.fromEntries(TYPES.map((type) => [type, type == 'security_storage' ? 'granted' : state]))
const DEFAULTS = all('denied')

const googleRequested = (requests: string[]) => requests.some((url) => url.startsWith('https://www.googletagmanager.com/gtag/js'))
const hotjarRequested = (requests: string[]) => requests.some((url) => url.startsWith('https://static.hotjar.com/'))

/** Every `config`/`event` command comes after the default; returns the entries. */
async function expectDefaultFirst(page: Page): Promise<Entry[]> {
  const entries = await dataLayer(page)
  const names = summary(entries)
  expect(names[0], names.join(', ')).toBe('consent default')
  expect(names.filter((name) => name == 'consent default'), 'one default').toHaveLength(1)
  return entries
}

for (const variant of [
  { name: 'service objects', query: '' },
  { name: 'catalogue ids', query: '?ids=1' },
]) {
  test(`basic mode (${variant.name}): denied defaults first, Google tag held back, update before the tag's commands`, async ({ page, thirdPartyRequests }) => {
    const ui = consentUI(page)
    await page.goto('/test-pages/consent-mode.html' + variant.query, { waitUntil: 'networkidle' })
    await expect(ui.banner).toBeVisible()

    let entries = await expectDefaultFirst(page)
    expect(payload(entries, 'default')).toEqual(DEFAULTS)
    // No decision yet: no update claiming one, and the tag has not run.
    expect(summary(entries)).toEqual(['consent default'])
    expect(googleRequested(thirdPartyRequests)).toBe(false)
    if (variant.query) expect(await page.evaluate(() => 'ConsentryServices' in window)).toBe(true)

    await ui.bannerButton('acceptAll').click()
    await expect.poll(async () => summary(await dataLayer(page))).toEqual([
      'consent default',
      'consent update',
      'event consentry_consent_update',
      'js',
      'config',
      'event fixture_page_view',
    ])
    entries = await expectDefaultFirst(page)
    expect(payload(entries, 'update')).toEqual(all('granted'))
    expect(updateEvents(entries)[0].consentry).toEqual({
      categories: { necessary: true, functional: true, analytics: true, tracking: true, social: true, advertising: true },
      services: { 'google-analytics': true, hotjar: true, 'google-ads': true },
      changedCategories: { necessary: false, functional: true, analytics: true, tracking: true, social: true, advertising: true },
      changedServices: { 'google-analytics': true, hotjar: true, 'google-ads': true },
    })
    await expect.poll(() => stubsRan(page)).toContain('gtag')
  })
}

test('a returning visitor: the stored decision is told right after the default, before the tag runs', async ({ page }) => {
  const ui = consentUI(page)
  await page.goto('/test-pages/consent-mode.html', { waitUntil: 'networkidle' })
  await ui.bannerButton('preferences').click()
  await ui.categorySwitch('analytics').click()
  await ui.dialogButton('save').click()
  await expect.poll(async () => summary(await dataLayer(page))).toContain('config')

  await page.reload({ waitUntil: 'networkidle' })
  await expect.poll(async () => summary(await dataLayer(page))).toEqual([
    'consent default',
    'consent update',
    'event consentry_consent_update',
    'js',
    'config',
    'event fixture_page_view',
  ])
  const entries = await expectDefaultFirst(page)
  expect(payload(entries, 'default')).toEqual(DEFAULTS)
  expect(payload(entries, 'update')).toEqual({ ...all('denied'), analytics_storage: 'granted' })
  expect(updateEvents(entries)[0].consentry.categories).toMatchObject({ analytics: true, advertising: false })
})

test('Reject all: an update with everything denied, the Google tag stays out; every later change is told', async ({ page, thirdPartyRequests }) => {
  const ui = consentUI(page)
  await page.goto('/test-pages/consent-mode.html?wait=500', { waitUntil: 'networkidle' })
  let entries = await expectDefaultFirst(page)
  expect(payload(entries, 'default')).toEqual({ ...DEFAULTS, wait_for_update: 500 })

  await ui.bannerButton('rejectAll').click()
  await expect.poll(async () => summary(await dataLayer(page))).toEqual(['consent default', 'consent update', 'event consentry_consent_update'])
  entries = await dataLayer(page)
  expect(payload(entries, 'update')).toEqual(all('denied'))
  expect(updateEvents(entries)[0].consentry.services).toEqual({ 'google-analytics': false, hotjar: false, 'google-ads': false })
  await networkQuiet(page)
  expect(googleRequested(thirdPartyRequests)).toBe(false)

  // Every later change is told too: a withdrawal after an Accept all.
  await page.evaluate(() => (window as unknown as { Consentry: { acceptAll(): void; rejectAll(): void } }).Consentry.acceptAll())
  await page.evaluate(() => (window as unknown as { Consentry: { rejectAll(): void } }).Consentry.rejectAll())
  await networkQuiet(page)
  entries = await dataLayer(page)
  expect(payload(entries, 'update', 1)).toEqual(all('granted'))
  expect(payload(entries, 'update', 2)).toEqual(all('denied'))
  expect(updateEvents(entries)).toHaveLength(3)
  expect(googleRequested(thirdPartyRequests)).toBe(true) // loaded during the Accept all, then withdrawn
})

for (const variant of [
  { name: 'service objects', query: '' },
  { name: 'catalogue ids', query: '&ids=1' },
]) {
  test(`advanced mode (${variant.name}): Google tags load before consent with denied defaults, Hotjar stays blocked`, async ({ page, thirdPartyRequests }) => {
    const ui = consentUI(page)
    await page.goto('/test-pages/consent-mode.html?mode=advanced' + variant.query, { waitUntil: 'networkidle' })
    await expect(ui.banner).toBeVisible()

    // The tag ran, with nothing but the defaults before it.
    await expect.poll(async () => summary(await dataLayer(page))).toEqual(['consent default', 'js', 'config', 'event fixture_page_view'])
    const entries = await expectDefaultFirst(page)
    expect(payload(entries, 'default')).toEqual(DEFAULTS)
    expect(googleRequested(thirdPartyRequests)).toBe(true)
    await expect.poll(() => stubsRan(page)).toEqual(['gtag'])
    await networkQuiet(page)
    expect(hotjarRequested(thirdPartyRequests)).toBe(false)
    expect(await page.evaluate(() => '_hjSettings' in window)).toBe(false)

    await ui.bannerButton('acceptAll').click()
    await expect.poll(async () => summary(await dataLayer(page))).toEqual([
      'consent default',
      'js',
      'config',
      'event fixture_page_view',
      'consent update',
      'event consentry_consent_update',
    ])
    expect(payload(await dataLayer(page), 'update')).toEqual(all('granted'))
    // The tag is not run twice; Hotjar now loads.
    await expect.poll(() => stubsRan(page)).toEqual(['gtag', 'hotjar'])
    expect(thirdPartyRequests.filter((url) => url.startsWith('https://www.googletagmanager.com/'))).toHaveLength(1)
  })
}

/**
 * A site in advanced mode may leave Google's snippet unblocked: it then runs
 * right after consentry.js, and the default must already be in dataLayer.
 */
test('advanced mode, unblocked Google tag (service objects): the default is pushed before its config', async ({ page }) => {
  await page.goto('/test-pages/consent-mode-unblocked.html', { waitUntil: 'load' })
  expect(summary(await dataLayer(page))).toEqual(['consent default', 'js', 'config'])
})

test('advanced mode, unblocked Google tag (catalogue ids): the default is pushed before its config', async ({ page }) => {
  // consentry.js waits for consentry-services.js before init(); the default must not wait with it.
  await page.goto('/test-pages/consent-mode-unblocked.html?ids=1', { waitUntil: 'load' })
  expect(summary(await dataLayer(page))).toEqual(['consent default', 'js', 'config'])
})

/** Another build (`consentry.js`, `consentry-autoblock.js`) in place of consentry-consent-mode.js, on a page whose config turns Consent Mode on. */
const withBuild = (page: Page, build: string) =>
  page.route('**/dist/consentry-consent-mode.js', (route) => route.fulfill({ path: `dist/${build}`, contentType: 'text/javascript' }))
const WRONG_FILE =
  '[consentry] config.consentMode: Google Consent Mode is not built into consentry.js; load consentry-consent-mode.js (or consentry-autoblock.js) in its place.'

test('consentry.js, which has no Consent Mode, names the file that has it; an unblocked Google tag still hears the defaults first', async ({ page }) => {
  await withBuild(page, 'consentry.js')
  const errors = consoleErrors(page)
  // `load`, not `networkidle`: under load, Playwright can see the network idle before it has
  // even registered the routed script the parser waits for (a CI run read an empty dataLayer).
  await page.goto('/test-pages/consent-mode-unblocked.html', { waitUntil: 'load' })
  const entries = await dataLayer(page)
  expect(summary(entries)).toEqual(['consent default', 'js', 'config'])
  expect(payload(entries, 'default')).toEqual(DEFAULTS)
  await expect.poll(() => errors.join('\n')).toContain(WRONG_FILE)
})

test('consentry.js on an advanced-mode config: Google tags wait for consent like any other, and no update is claimed', async ({ page, thirdPartyRequests }) => {
  await withBuild(page, 'consentry.js')
  const ui = consentUI(page)
  await page.goto('/test-pages/consent-mode.html?mode=advanced', { waitUntil: 'networkidle' })
  await expect(ui.banner).toBeVisible()
  await networkQuiet(page)
  expect(googleRequested(thirdPartyRequests)).toBe(false)
  expect(summary(await dataLayer(page))).toEqual(['consent default'])

  await ui.bannerButton('acceptAll').click()
  // Both async: either may run first.
  await expect.poll(async () => (await stubsRan(page)).sort()).toEqual(['gtag', 'hotjar'])
  await networkQuiet(page)
  expect(summary(await dataLayer(page))).toEqual(['consent default', 'js', 'config', 'event fixture_page_view'])
})

test('consentry-autoblock.js carries Consent Mode too: in advanced mode Google tags load with the defaults before consent', async ({ page }) => {
  await withBuild(page, 'consentry-autoblock.js')
  const errors = consoleErrors(page)
  await page.goto('/test-pages/consent-mode.html?mode=advanced', { waitUntil: 'networkidle' })
  await expect.poll(async () => summary(await dataLayer(page))).toEqual(['consent default', 'js', 'config', 'event fixture_page_view'])
  expect(payload(await dataLayer(page), 'default')).toEqual(DEFAULTS)
  expect(errors).toEqual([])
})

test("a service whose consentMode is not a list: the console names the field; Reject all holds, on this page and the next, and Google hears it", async ({ page, thirdPartyRequests }) => {
  const errors = consoleErrors(page)
  const thrown: string[] = []
  page.on('pageerror', (error) => thrown.push(error.message))
  const ui = consentUI(page)
  const ERROR =
    '[consentry] config.services[0].consentMode: expected an array of Consent Mode types such as ["analytics_storage"] (a lone type is read as one), got true.'
  await page.goto('/test-pages/service-lists.html?consentMode=true', { waitUntil: 'networkidle' })
  await expect.poll(() => errors).toEqual([ERROR])

  await ui.bannerButton('rejectAll').click()
  await expect(ui.banner).toBeHidden()
  await expect.poll(async () => summary(await dataLayer(page))).toEqual(['consent default', 'event gtm.js', 'consent update', 'event consentry_consent_update'])
  expect(payload(await dataLayer(page), 'update')).toEqual(all('denied'))

  // The next page: autoBlock is in place, and the refused tag stays out.
  await page.reload({ waitUntil: 'networkidle' })
  await networkQuiet(page)
  expect(await page.evaluate(() => (window as unknown as { Consentry: { getConsent(): { method: string } } }).Consentry.getConsent().method)).toBe('reject-all')
  expect(summary(await dataLayer(page))).toEqual(['consent default', 'consent update', 'event consentry_consent_update', 'event gtm.js'])
  expect(payload(await dataLayer(page), 'update')).toEqual(all('denied'))
  expect(thirdPartyRequests).toEqual([])
  await expect.poll(() => errors).toEqual([ERROR, ERROR])
  expect(thrown).toEqual([])
})

/** Google Tag Manager's snippet placed as the README has it, or as a site may get it wrong (pages/consent-mode-gtm.html). */
const GTM_SCRIPT = 'https://www.googletagmanager.com/gtm.js?id=GTM-FIXTURE'
const GOOGLE_FIRST = /^\[consentry\] Google Tag Manager \(or a Google tag\) ran before Consentry: .* above the Google Tag Manager snippet\.$/
const UNMARKED = `[consentry] <script src="${GTM_SCRIPT}"> loads a Google tag that nothing holds back: in basic Consent Mode it runs before the visitor has chosen`

test('Tag Manager above Consentry: its gtm.js comes before the default, and the console says so, naming the order', async ({ page }) => {
  const errors = consoleErrors(page)
  await page.goto('/test-pages/consent-mode-gtm.html?gtm=before', { waitUntil: 'load' })
  expect(summary(await dataLayer(page))).toEqual(['event gtm.js', 'consent default'])
  await expect.poll(() => errors.filter((error) => GOOGLE_FIRST.test(error))).toHaveLength(1)
})

test('basic mode: an unmarked Tag Manager snippet is named on the console; held back as the README has it, nothing is said', async ({ page }) => {
  const errors = consoleErrors(page)
  const ui = consentUI(page)
  await page.goto('/test-pages/consent-mode-gtm.html?gtm=unmarked', { waitUntil: 'load' })
  await expect.poll(() => errors.filter((error) => error.startsWith(UNMARKED))).toHaveLength(1)
  expect(errors.filter((error) => GOOGLE_FIRST.test(error))).toEqual([])

  // In advanced mode an unblocked Google tag is what the site asked for.
  errors.length = 0
  await page.goto('/test-pages/consent-mode-gtm.html?gtm=unmarked&mode=advanced', { waitUntil: 'load' })
  await expect(ui.banner).toBeVisible()
  // Held back: nothing to say, before the decision or on the next page, where the snippet Consentry ran inserts gtm.js.
  await page.goto('/test-pages/consent-mode-gtm.html', { waitUntil: 'load' })
  await ui.bannerButton('acceptAll').click()
  // Stored (the click may wait for the engine) before the next page reads it.
  await expect.poll(() => consentCookie(page.context())).toMatchObject({ method: 'accept-all' })
  await page.reload({ waitUntil: 'load' })
  await expect.poll(async () => summary(await dataLayer(page))).toContain('event gtm.js')
  await page.evaluate(() => new Promise(requestAnimationFrame))
  // (gtm.js has no stub: its 404 is the browser's error, not Consentry's.)
  expect(errors.filter((error) => error.startsWith('[consentry]'))).toEqual([])
})

test('services by catalogue id, Tag Manager unblocked: a returning visitor who allowed every service is told to Google before gtm.js; one who refused some is told after it, and the console says what that costs', async ({ page }) => {
  const warnings = consoleWarnings(page)
  const LATE = "[consentry] this visitor's decision refuses some of the services named by catalogue id, so Google hears it only once consentry-services.js has loaded"
  const url = '/test-pages/consent-mode-gtm.html?ids=1&gtm=unmarked&mode=advanced'
  await page.goto(url, { waitUntil: 'load' })
  await page.evaluate(() => (window as unknown as { Consentry: { acceptAll(): void } }).Consentry.acceptAll())
  await expect.poll(async () => summary(await dataLayer(page))).toContain('consent update')

  await page.reload({ waitUntil: 'load' })
  await expect.poll(async () => summary(await dataLayer(page)).slice(-1)).toEqual(['event consentry_consent_update'])
  let entries = await dataLayer(page)
  // Before the catalogue, from the mapping; then init's complete update, which grants the same.
  expect(summary(entries)).toEqual(['consent default', 'consent update', 'event gtm.js', 'consent update', 'event consentry_consent_update'])
  expect(payload(entries, 'update', 0)).toEqual(all('granted'))
  expect(payload(entries, 'update', 1)).toEqual(all('granted'))

  await page.evaluate(() => (window as unknown as { Consentry: { save(choice: object): void } }).Consentry.save({ categories: ['analytics'] }))
  // Stored once the engine has made it (the third update on this page).
  await expect.poll(async () => summary(await dataLayer(page)).filter((name) => name == 'consent update')).toHaveLength(3)
  await page.reload({ waitUntil: 'load' })
  await expect.poll(async () => summary(await dataLayer(page)).slice(-1)).toEqual(['event consentry_consent_update'])
  entries = await dataLayer(page)
  expect(summary(entries)).toEqual(['consent default', 'event gtm.js', 'consent update', 'event consentry_consent_update'])
  expect(payload(entries, 'update')).toEqual({ ...all('denied'), analytics_storage: 'granted' })
  expect(warnings.filter((warning) => warning.startsWith(LATE))).toHaveLength(1)
})
