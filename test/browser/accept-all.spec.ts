import { test, expect } from './fixtures'
import { callApi, changeEvents, getConsent, recordEvents } from './consentry-api'
import { consentUI } from './consent-ui'
import { activations, heldBackTags, recordActivations } from './activations'
import { consentCookie, cookieNames, stubsRan } from './browser-state'
import { demoServices, requestedServices, scriptServices, sortedServices, vendorCookies } from './demo-tags'
import { consentryFetches, networkQuiet } from './network'
import { placeholderIn } from './placeholders'

const ISO_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/
const ALL_CATEGORIES = ['functional', 'analytics', 'tracking', 'social', 'advertising']

test('Accept all activates each tag once, in document order, and stores the record in the consent cookie', async ({ page, context, thirdPartyRequests }) => {
  await recordEvents(page)
  await recordActivations(page)
  await page.goto('/', { waitUntil: 'load' })
  const tags = await heldBackTags(page)
  expect(tags).toHaveLength(8)
  await consentUI(page).bannerButton('acceptAll').click()

  await expect.poll(() => activations(page)).toEqual(tags)
  await expect.poll(() => sortedServices(thirdPartyRequests)).toEqual(demoServices().sort())
  expect(scriptServices(requestedServices(thirdPartyRequests))).toEqual(scriptServices(demoServices()))
  await expect.poll(async () => (await stubsRan(page)).sort()).toEqual(['fbevents', 'gtag', 'hotjar', 'linkedin-insight'])
  await expect.poll(() => cookieNames(context)).toEqual(['consentry', ...vendorCookies(demoServices())].sort())

  // Deciding again activates nothing twice.
  await callApi(page, 'acceptAll')
  await networkQuiet(page)
  expect(await activations(page)).toEqual(tags)
  expect(sortedServices(thirdPartyRequests)).toEqual(demoServices().sort())
  expect((await stubsRan(page)).length).toBe(4)

  const record = await consentCookie(context)
  expect(record).toEqual(await getConsent(page))
  // Kept for the demo's `cookie.expiresDays: 365`, first-party, for the whole site.
  const cookie = (await context.cookies()).find((c) => c.name === 'consentry')!
  expect(cookie).toMatchObject({ path: '/', sameSite: 'Lax', httpOnly: false })
  expect(Math.abs(cookie.expires * 1000 - (Date.now() + 365 * 864e5))).toBeLessThan(864e5)
  expect(record).toMatchObject({
    schema: 1,
    revision: 1,
    method: 'accept-all',
    language: 'nl',
    categories: { necessary: true, functional: true, analytics: true, tracking: true, social: true, advertising: true },
  })
  expect(Object.keys(record!.services).sort()).toEqual(demoServices().sort())
  expect(Object.values(record!.services).every(Boolean)).toBe(true)
  expect(record!.id).toMatch(/^[\w-]{16,}$/)
  for (const time of [record!.createdAt, record!.updatedAt]) {
    expect(time).toMatch(ISO_UTC)
    expect(Math.abs(Date.now() - Date.parse(time))).toBeLessThan(60_000)
  }

  const changes = await changeEvents(page)
  expect(changes[0].changedCategories.filter((id) => id !== 'necessary').sort()).toEqual(ALL_CATEGORIES.sort())
  expect(changes[0].consent.id).toBe(record!.id)
})

test('a returning visitor who accepted gets each tag once per page, in document order, without a banner', async ({ page, thirdPartyRequests }) => {
  const ui = consentUI(page)
  await recordActivations(page)
  await page.goto('/', { waitUntil: 'load' })
  const tags = await heldBackTags(page)
  await callApi(page, 'acceptAll')
  await expect.poll(() => sortedServices(thirdPartyRequests)).toEqual(demoServices().sort())

  thirdPartyRequests.length = 0
  const ownFiles = consentryFetches(page)
  await page.reload({ waitUntil: 'networkidle' })
  await expect.poll(() => activations(page)).toEqual(tags)
  // Nothing to show or decide: the core and the floating button (which styles itself); no UI chunk, no stylesheet.
  expect(ownFiles.filter((file) => file != 'consentry-services.js')).toEqual(['consentry-consent-mode.js', 'consentry-button.js'])
  await expect.poll(() => sortedServices(thirdPartyRequests)).toEqual(demoServices().sort())
  expect(scriptServices(requestedServices(thirdPartyRequests))).toEqual(scriptServices(demoServices()))
  await expect(ui.reopenButton).toBeVisible()
  await expect(ui.reopenButton).toHaveCSS('position', 'fixed')
  await expect(ui.banner).toHaveCount(0)

  thirdPartyRequests.length = 0
  await page.getByRole('navigation').getByRole('link', { name: 'Prijzen' }).click()
  await expect.poll(() => activations(page)).toEqual(tags.filter((tag) => tag !== 'iframe:youtube'))
  await expect.poll(() => sortedServices(thirdPartyRequests)).toEqual(demoServices({ home: false }).sort())
  await networkQuiet(page)
  expect(await activations(page)).toEqual(tags.filter((tag) => tag !== 'iframe:youtube'))
  expect(sortedServices(thirdPartyRequests)).toEqual(demoServices({ home: false }).sort())
})

test("the demo sends each decision to its own server as proof of consent, and the server takes it", async ({ page, context }) => {
  await page.goto('/', { waitUntil: 'networkidle' })
  const proof = page.waitForRequest((request) => request.url().endsWith('/consent-log'))
  const taken = page.waitForResponse((response) => response.url().endsWith('/consent-log'))
  await consentUI(page).bannerButton('rejectAll').click()
  const sent = (await proof).postDataJSON()
  expect(sent).toEqual({ consent: await consentCookie(context), page: page.url(), stored: true, source: 'banner' })
  expect(sent.consent).toMatchObject({ method: 'reject-all', revision: 1 })
  expect((await taken).status()).toBe(204)
})

test("the demo's consent log says where each decision was made: an embed, the preferences, the page's own code", async ({ page }) => {
  const sources: string[] = []
  page.on('request', (request) => request.url().endsWith('/consent-log') && sources.push(request.postDataJSON().source))
  const ui = consentUI(page)
  await page.goto('/', { waitUntil: 'networkidle' })
  await placeholderIn(page.locator('#video iframe')).getByRole('button', { name: /altijd toestaan$/ }).click()
  await expect.poll(() => sources).toEqual(['embed'])

  await ui.reopenButton.click()
  await ui.dialogButton('save').click()
  await expect.poll(() => sources).toEqual(['embed', 'preferences'])

  await page.evaluate(() => window.Consentry!.acceptAll())
  await expect.poll(() => sources).toEqual(['embed', 'preferences', 'api'])
})
