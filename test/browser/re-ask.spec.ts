import { test, expect } from './fixtures'
import { callApi, getConsent, isAllowed } from './consentry-api'
import { consentUI } from './consent-ui'
import { consentCookie, writeConsentCookie } from './browser-state'
import { networkQuiet } from './network'

const DAY = 24 * 60 * 60 * 1000

test('a revision bump brings the banner back and holds every tag until the visitor decides again', async ({ page, thirdPartyRequests }) => {
  const ui = consentUI(page)
  await page.goto('/test-pages/tags.html?revision=1', { waitUntil: 'networkidle' })
  await callApi(page, 'acceptAll')
  // All six, so none of this page's requests arrives after the next navigation.
  await expect.poll(() => thirdPartyRequests.length).toBe(6)

  thirdPartyRequests.length = 0
  await page.goto('/test-pages/tags.html?revision=2', { waitUntil: 'networkidle' })
  await expect(ui.banner).toBeVisible()
  expect(await getConsent(page)).toBeNull()
  await networkQuiet(page)
  expect(thirdPartyRequests).toEqual([])
})

test('an expired record brings the banner back; a record just within its validity does not', async ({ page, context, thirdPartyRequests }) => {
  const ui = consentUI(page)
  const url = '/test-pages/tags.html?expiresDays=30'
  await page.goto(url, { waitUntil: 'networkidle' })
  await callApi(page, 'acceptAll')
  await expect.poll(() => thirdPartyRequests.length).toBe(6)
  const record = (await consentCookie(context))!

  // 29 days old: still valid, so no banner and the tags load.
  const recent = new Date(Date.now() - 29 * DAY).toISOString()
  await writeConsentCookie(context, { ...record, createdAt: recent, updatedAt: recent })
  thirdPartyRequests.length = 0
  await page.goto(url, { waitUntil: 'networkidle' })
  await expect(ui.reopenButton).toBeVisible()
  await expect(ui.banner).toHaveCount(0)
  await expect.poll(() => thirdPartyRequests.length).toBe(6)

  // 31 days old: expired, so the visitor is asked again and nothing loads.
  const old = new Date(Date.now() - 31 * DAY).toISOString()
  await writeConsentCookie(context, { ...record, createdAt: old, updatedAt: old })
  thirdPartyRequests.length = 0
  await page.goto(url, { waitUntil: 'networkidle' })
  await expect(ui.banner).toBeVisible()
  expect(await getConsent(page)).toBeNull()
  await networkQuiet(page)
  expect(thirdPartyRequests).toEqual([])
})

test('a consent cookie the browser cut short (as Safari does, to 7 days) is written again on the next visit, to run out with the record', async ({ page, context }) => {
  const ui = consentUI(page)
  const url = '/test-pages/tags.html?expiresDays=182'
  await page.goto(url, { waitUntil: 'networkidle' })
  await callApi(page, 'acceptAll')
  // Stored once the engine is here, which the call may have to fetch first.
  await expect.poll(() => consentCookie(context)).toMatchObject({ method: 'accept-all' })
  const record = (await consentCookie(context))!
  const cookie = async () => (await context.cookies()).find((c) => c.name == 'consentry')!
  /** The record, decided `days` ago, in a cookie the browser ends a day from now. */
  async function cutShort(days: number) {
    const decided = new Date(Date.now() - days * DAY).toISOString()
    const value = encodeURIComponent(JSON.stringify({ ...record, createdAt: decided, updatedAt: decided }))
    await context.addCookies([{ ...(await cookie()), value, expires: Math.round((Date.now() + DAY) / 1000) }])
    return JSON.parse(decodeURIComponent(value))
  }

  // Decided 100 days ago: written again to end 82 days from now, its value as it was.
  const kept = await cutShort(100)
  await page.goto(url, { waitUntil: 'networkidle' })
  await expect(ui.reopenButton).toBeVisible()
  expect(await consentCookie(context)).toEqual(kept)
  expect(Math.abs((await cookie()).expires * 1000 - (Date.parse(kept.updatedAt) + 182 * DAY))).toBeLessThan(2000)
  const { sameSite, path } = await cookie()
  expect({ sameSite, path }).toEqual({ sameSite: 'Lax', path: '/' })

  // Decided 200 days ago: the choice has run out, so it is not kept; the visitor is asked again.
  await cutShort(200)
  await page.goto(url, { waitUntil: 'networkidle' })
  await expect(ui.banner).toBeVisible()
  expect(Math.abs((await cookie()).expires * 1000 - (Date.now() + DAY))).toBeLessThan(60_000)
})

test('a service the site added after the visitor decided stays blocked, and shows off, until they allow it', async ({ page, context, thirdPartyRequests }) => {
  const ui = consentUI(page)
  const url = '/test-pages/tags.html'
  await page.goto(url, { waitUntil: 'networkidle' })
  await callApi(page, 'acceptAll')
  await expect.poll(() => thirdPartyRequests.length).toBe(6)
  // An Accept all given before the site listed Hotjar: its record names every other service.
  const { hotjar, ...before } = (await consentCookie(context))!.services
  expect(hotjar).toBe(true)
  await writeConsentCookie(context, { ...(await consentCookie(context))!, services: before })

  thirdPartyRequests.length = 0
  await page.goto(url, { waitUntil: 'networkidle' })
  await expect(ui.reopenButton).toBeVisible()
  await expect.poll(() => thirdPartyRequests.length).toBe(5)
  await networkQuiet(page)
  expect(thirdPartyRequests.filter((request) => request.includes('hotjar'))).toEqual([])
  expect(await isAllowed(page, 'analytics.hotjar')).toBe(false)
  expect(await isAllowed(page, 'analytics.google-analytics')).toBe(true)
  expect((await getConsent(page))!.services.hotjar).toBe(false)

  // The preferences show what holds: Hotjar off, its category "Partly allowed" (so its services are shown at once).
  await ui.reopenButton.click()
  await expect(ui.serviceSwitch('Hotjar')).toHaveAttribute('aria-checked', 'false')
  await expect(ui.serviceSwitch('Google Analytics')).toHaveAttribute('aria-checked', 'true')
  await ui.serviceSwitch('Hotjar').click()
  await ui.dialogButton('save').click()
  await expect.poll(() => thirdPartyRequests.filter((request) => request.includes('static.hotjar.com/c/hotjar-456.js')).length).toBe(1)
  expect((await consentCookie(context))!.services.hotjar).toBe(true)
})
