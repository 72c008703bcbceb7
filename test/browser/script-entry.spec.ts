import { readFile } from 'node:fs/promises'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { test, expect } from './fixtures'
import { consentUI } from './consent-ui'
import { consentCookie, consoleErrors, consoleWarnings } from './browser-state'
import { getConsent } from './consentry-api'
import { consentryFetches } from './network'

test('reads its config from the JSON file named by data-config', async ({ page, thirdPartyRequests }) => {
  await page.goto('/test-pages/data-config.html')
  const ui = consentUI(page)
  await expect(page.getByRole('region', { name: 'Cookies on JSON-configured shop' })).toBeVisible()
  expect(thirdPartyRequests).toEqual([])
  await ui.bannerButton('acceptAll').click()
  await expect.poll(() => thirdPartyRequests).toEqual(['https://static.hotjar.com/c/hotjar-1.js?sv=6'])
  const consent = await getConsent(page)
  expect(consent).toMatchObject({ revision: 7, categories: { necessary: true, analytics: true, advertising: true } })
})

test('a services entry with a mistake keeps its tags blocked, Accept all included, on this page and the next; the console says why', async ({ page, thirdPartyRequests }) => {
  // Bare cookie names, where `{ name }` is expected: the entry is left out, so the visitor is never shown Hotjar.
  await page.route('**/test-pages/consent-config.json', async (route) => {
    const response = await route.fetch()
    const config = await response.json()
    await route.fulfill({ response, json: { ...config, services: [{ ...config.services[0], cookies: ['_hjid'] }] } })
  })
  const errors = consoleErrors(page)
  await page.goto('/test-pages/data-config.html')
  await consentUI(page).bannerButton('acceptAll').click()
  await expect.poll(() => getConsent(page)).toMatchObject({ method: 'accept-all', categories: { analytics: true }, services: { hotjar: false } })
  // Worded by consentry-messages.js, which is fetched only now: it may come after the decision is stored.
  await expect.poll(() => errors).toContain(
    '[consentry] config.services[0].cookies: expected an array of { name, duration }, got "_hjid" at [0] (write { name: "_hjid" }): the service is left out, and a decision refuses it, so its tags stay blocked.',
  )
  await page.reload({ waitUntil: 'networkidle' })
  await expect.poll(() => getConsent(page)).toMatchObject({ method: 'accept-all' })
  expect(thirdPartyRequests).toEqual([])
})

test("a data-config file is fetched with the site's cookies on the site's own origin, and without them on another", async ({ page, context, baseURL }) => {
  await context.addCookies([{ name: 'site_session', value: 'secret', url: baseURL! }])
  const banner = page.getByRole('region', { name: 'Cookies on JSON-configured shop' })

  // The site's own origin.
  const sameOrigin: Promise<string | undefined> = new Promise((resolve) =>
    page.on('requestfinished', async (request) => request.url().endsWith('/consent-config.json') && resolve((await request.allHeaders()).cookie)))
  await page.goto('/test-pages/data-config.html')
  await expect(banner).toBeVisible()
  expect(await sameOrigin).toBe('site_session=secret')

  // A config host on another origin (the pages' host on another port, where their cookies would go), answering CORS with "*".
  const config = await readFile('test/browser/pages/consent-config.json', 'utf8')
  const received: IncomingHttpHeaders[] = []
  const server = createServer((request, response) => {
    received.push(request.headers)
    response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(config)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    const elsewhere = `http://127.0.0.1:${(server.address() as AddressInfo).port}/consent-config.json`
    await page.route(elsewhere, (route) => route.continue())
    await page.goto(`/test-pages/data-config-elsewhere.html?config=${encodeURIComponent(elsewhere)}`)
    await expect.poll(() => received).toHaveLength(1)
    expect(received[0].cookie).toBeUndefined()
    await expect(banner).toBeVisible()
  } finally {
    server.close()
  }
})

test('a config that cannot be fetched leaves the visitor’s stored decision alone, and nothing runs', async ({ page, context, thirdPartyRequests }) => {
  await page.goto('/test-pages/data-config.html')
  await consentUI(page).bannerButton('rejectAll').click()
  await expect.poll(() => consentCookie(context)).toMatchObject({ method: 'reject-all', revision: 7 })
  const decided = await consentCookie(context)

  // One failed fetch (a server hiccup): no banner from the defaults, so nothing to click that would overwrite it.
  const errors = consoleErrors(page)
  await page.route('**/test-pages/consent-config.json', (route) => route.fulfill({ status: 503, body: '' }), { times: 1 })
  await page.reload({ waitUntil: 'networkidle' })
  await expect.poll(() => errors.filter((error) => error.startsWith('[consentry]'))).toEqual([
    '[consentry] could not read the config at data-config="/test-pages/consent-config.json" (HTTP 503); Consentry does not start on this page: nothing non-essential runs, and a stored decision is kept.',
  ])
  await expect(page.locator('.cy-root')).toHaveCount(0)
  expect(await consentCookie(context)).toEqual(decided)

  // The next page has its config, and the decision.
  await page.reload({ waitUntil: 'networkidle' })
  expect(await getConsent(page)).toMatchObject({ id: decided!.id, method: 'reject-all' })
  await expect(consentUI(page).banner).toBeHidden()
  expect(thirdPartyRequests).toEqual([])
})

test('included twice, it runs once: one banner, one activation, a console warning', async ({ page, thirdPartyRequests }) => {
  const warnings = consoleWarnings(page)
  await page.goto('/test-pages/twice.html')
  const ui = consentUI(page)
  await expect(ui.banner).toBeVisible()
  await expect(page.locator('.cy-root [role=region]')).toHaveCount(1)
  await expect.poll(() => warnings).toEqual([
    '[consentry] Consentry is included more than once on this page (consentry.js, or one of its builds such as consentry-consent-mode.js, in two script tags); only the first copy runs.',
  ])
  await ui.bannerButton('acceptAll').click()
  await expect.poll(() => thirdPartyRequests).toHaveLength(1)
  await page.waitForTimeout(300)
  expect(thirdPartyRequests).toHaveLength(1)
})

test('a first visit fetches the UI chunk beside the catalogue, not after it', async ({ page }) => {
  let uiRequested: () => void = () => {}
  const ui = new Promise<void>((resolve) => (uiRequested = resolve))
  page.on('request', (request) => /\/dist\/consentry-ui\.\w+\.js$/.test(request.url()) && uiRequested())
  // The catalogue is held back until the UI chunk has been asked for: fetched one after the other, it never would be.
  await page.route('**/dist/consentry-services.js', async (route) => {
    const timedOut = await Promise.race([ui.then(() => false), new Promise((resolve) => setTimeout(() => resolve(true), 5000))])
    await route.continue()
    expect(timedOut, 'the UI chunk was not requested while consentry-services.js loaded').toBe(false)
  })
  await page.goto('/test-pages/consent-mode-unblocked.html?ids=1')
  await expect(consentUI(page).banner).toBeVisible()
})

test('config problems are worded on the console from consentry-messages.js, fetched only for a faulty config', async ({ page }) => {
  const fetched = consentryFetches(page)
  const errors = consoleErrors(page)

  await page.goto('/test-pages/config-check.html', { waitUntil: 'networkidle' })
  await expect(consentUI(page).banner).toBeVisible()
  expect(fetched).not.toContain('consentry-messages.js')
  expect(errors).toEqual([])

  await page.goto('/test-pages/config-check.html?bad=1', { waitUntil: 'networkidle' })
  await expect.poll(() => errors).toEqual(['[consentry] config.cookie.sameSite: expected "Lax", "Strict" or "None", got "lax".'])
  expect(fetched).toContain('consentry-messages.js')
  await expect(consentUI(page).banner).toBeVisible()
})

test('what else the core tells a site owner comes in the words of consentry-messages.js too: a tag naming a category the config lacks', async ({ page, thirdPartyRequests }) => {
  const fetched = consentryFetches(page)
  const errors = consoleErrors(page)
  await page.goto('/test-pages/config-check.html?tag=1', { waitUntil: 'networkidle' })
  await expect.poll(() => errors).toEqual([
    '[consentry] <script data-category="statistics"> (https://stats.example/s.js) names a category the config does not have; expected one of necessary, functional, analytics, tracking, social, advertising. It stays blocked.',
  ])
  expect(fetched).toContain('consentry-messages.js')
  await consentUI(page).bannerButton('acceptAll').click()
  await page.waitForTimeout(300)
  expect(thirdPartyRequests).toEqual([])
})

test('wrong look options are worded on the console once the visitor decides: the engine checks them, consentry-messages.js words them', async ({ page }) => {
  const fetched = consentryFetches(page)
  const errors = consoleErrors(page)
  await page.goto('/test-pages/config-check.html?looks=1', { waitUntil: 'networkidle' })
  await expect(consentUI(page).banner).toBeVisible()
  // The core leaves them to the engine: nothing said, or fetched, while the banner shows.
  expect(errors).toEqual([])
  expect(fetched).not.toContain('consentry-messages.js')
  await consentUI(page).bannerButton('rejectAll').click()
  await expect.poll(() => errors).toEqual([
    '[consentry] config.ui.theme: expected "light", "dark" or "auto", got "Dark".',
    '[consentry] config.ui.reopenButton.position: expected "bottom-left" or "bottom-right", got "top-left".',
  ])
  // Once a page: a second decision says nothing more.
  await page.evaluate(() => window.Consentry!.acceptAll())
  await page.waitForTimeout(300)
  expect(errors).toHaveLength(2)
})

test('a decision too large for a cookie (a config with very many services) holds on the page, and the console says how large', async ({ page, context }) => {
  const warnings = consoleWarnings(page)
  await page.goto('/test-pages/config-check.html?services=150', { waitUntil: 'networkidle' })
  await consentUI(page).bannerButton('acceptAll').click()
  await expect.poll(() => getConsent(page)).toMatchObject({ method: 'accept-all', services: { 'partner-service-number-149': true } })
  expect(await consentCookie(context)).toBeNull()
  await expect.poll(() => warnings).toEqual([
    expect.stringMatching(/^\[consentry\] the browser did not store the consent cookie "consentry" \(it takes \d{4} bytes, and browsers keep none over 4096: list fewer services, or give them shorter ids\)\. The choice holds for this page only\.$/),
  ])
})

test('a config that is not an object (here a JSON array) is reported, and the defaults ask before anything runs', async ({ page, thirdPartyRequests }) => {
  await page.route('**/test-pages/consent-config.json', (route) => route.fulfill({ json: [] }))
  const errors = consoleErrors(page)
  await page.goto('/test-pages/data-config.html', { waitUntil: 'networkidle' })
  await expect.poll(() => errors).toEqual(['[consentry] config: expected an object, got an array.'])
  await expect(consentUI(page).banner).toBeVisible()
  expect(thirdPartyRequests).toEqual([])
})

test('a config file that is not JSON stops Consentry on the page: no banner from the defaults, nothing runs', async ({ page, thirdPartyRequests }) => {
  await page.route('**/test-pages/consent-config.json', (route) => route.fulfill({ contentType: 'application/json', body: '{ revision: 7 }' }))
  const errors = consoleErrors(page)
  await page.goto('/test-pages/data-config.html', { waitUntil: 'networkidle' })
  await expect.poll(() => errors.filter((error) => error.startsWith('[consentry]'))).toEqual([
    expect.stringMatching(/^\[consentry\] could not read the config at data-config="\/test-pages\/consent-config\.json" \(.*JSON.*\); Consentry does not start on this page/),
  ])
  await expect(page.locator('.cy-root')).toHaveCount(0)
  expect(thirdPartyRequests).toEqual([])
})

test('a page that preloads the banner chunk and the stylesheets gets its banner and preferences, each file fetched once', async ({ page }) => {
  const fetched = consentryFetches(page)
  await page.goto('/test-pages/preloaded.html')
  const ui = consentUI(page)
  await expect(ui.banner).toBeVisible()
  await ui.bannerButton('preferences').click()
  await expect(ui.dialog).toBeVisible()
  await expect(ui.categorySwitch('analytics')).toBeVisible()
  for (const file of ['consentry-ui.en.js', 'consentry.css', 'consentry-dialog.css']) {
    expect(fetched.filter((fetchedFile) => fetchedFile == file), file).toHaveLength(1)
  }
})

/** The data-config fixture (`<html lang="en">`; the browser asks for Dutch), its config changed by `change`. */
async function withConfig(page: import('@playwright/test').Page, change: object) {
  await page.route('**/test-pages/consent-config.json', async (route) => {
    const response = await route.fetch()
    await route.fulfill({ response, json: { ...(await response.json()), ...change } })
  })
  await page.goto('/test-pages/data-config.html', { waitUntil: 'networkidle' })
}

test('the banner chunk comes in the visitor\'s language only', async ({ page }) => {
  const fetched = consentryFetches(page, 'consentry-ui')
  await withConfig(page, { language: 'nl' })
  await expect(page.getByRole('region', { name: 'Cookies op JSON-configured shop' })).toBeVisible()
  expect(fetched).toEqual(['consentry-ui.nl.js'])

  fetched.length = 0
  await page.unroute('**/test-pages/consent-config.json')
  await page.goto('/test-pages/data-config.html', { waitUntil: 'networkidle' })
  await expect(page.getByRole('region', { name: 'Cookies on JSON-configured shop' })).toBeVisible()
  expect(fetched).toEqual(['consentry-ui.en.js'])

  // A regional German (the config's de-AT) reads the German chunk, nouns capitalised mid-sentence.
  fetched.length = 0
  await withConfig(page, { language: 'de-AT' })
  const german = page.getByRole('region', { name: 'Cookies auf JSON-configured shop' })
  await expect(german).toBeVisible()
  await expect(german).toContainText('Cookies für Statistik und Werbung.')
  await expect(german.getByRole('button', { name: 'Alle ablehnen' })).toBeVisible()
  expect(fetched).toEqual(['consentry-ui.de.js'])
})

test('a language the site adds itself gets the English banner chunk, which fills in what the site left out', async ({ page }) => {
  const fetched = consentryFetches(page, 'consentry-ui')
  await withConfig(page, { language: 'it', translations: { it: { acceptAll: 'Accetta tutto' } } })
  const banner = consentUI(page).banner
  await expect(banner.getByRole('button', { name: 'Accetta tutto' })).toBeVisible()
  await expect(banner.getByRole('button', { name: 'Reject all' })).toBeVisible()
  expect(fetched).toEqual(['consentry-ui.en.js'])
})

test('a banner chunk fetched ahead in a language the config check then rejects does not stand in for the right one', async ({ page }) => {
  const fetched = consentryFetches(page, 'consentry-ui')
  const errors = consoleErrors(page)
  // Read as Dutch before the config is checked; the check drops it, and the page's English wins.
  await withConfig(page, { language: 'nl-' })
  await expect(page.getByRole('region', { name: 'Cookies on JSON-configured shop' })).toBeVisible()
  expect(fetched.sort()).toEqual(['consentry-ui.en.js', 'consentry-ui.nl.js'])
  await expect.poll(() => errors).toEqual([expect.stringContaining('config.language')])
})
