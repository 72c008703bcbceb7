import type { Page } from '@playwright/test'
import { consentCookie, stubsRan } from './browser-state'
import { consentUI } from './consent-ui'
import { getConsent } from './consentry-api'
import { test, expect } from './fixtures'
import { networkQuiet } from './network'

/**
 * Global Privacy Control on pages/gpc.html: with the browser's signal on,
 * advertising and tracking start refused, "Accept all" leaves them refused,
 * and only the visitor's own explicit choice turns them on.
 */

/** The signal as GPC-enabled browsers expose it, set before any script of the page runs. */
async function sendGpc(page: Page): Promise<void> {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }))
}

const GPC_NOTICE = 'Your browser sends Global Privacy Control, so tracking and advertising stay off, also with Accept all.'
const hosts = (requests: string[]) => [...new Set(requests.map((url) => new URL(url).host))].sort()
const ADVERTISING_HOSTS = ['connect.facebook.net', 'www.facebook.com']
const TRACKING_HOSTS = ['snap.licdn.com']

/** The last Consent Mode `update` the page pushed. */
const lastUpdate = (page: Page) =>
  page.evaluate(() => {
    const commands = ((window as unknown as { dataLayer?: IArguments[] }).dataLayer || []).map((entry) => Array.from(entry as ArrayLike<unknown>))
    return commands.filter((c) => c[0] == 'consent' && c[1] == 'update').pop()?.[2]
  })

test('the banner says what the signal keeps off; Accept all leaves advertising and tracking refused', async ({ page, context, thirdPartyRequests }) => {
  await sendGpc(page)
  const ui = consentUI(page)
  await page.goto('/test-pages/gpc.html', { waitUntil: 'networkidle' })
  expect(await page.evaluate(() => (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl)).toBe(true)
  await expect(ui.banner).toBeVisible()
  await expect(ui.banner).toContainText(GPC_NOTICE)

  await ui.bannerButton('acceptAll').click()
  await expect(ui.banner).toBeHidden()
  const record = await consentCookie(context)
  expect(record).toMatchObject({
    method: 'accept-all',
    gpc: true,
    categories: { necessary: true, functional: true, analytics: true, social: true, tracking: false, advertising: false },
    services: { 'google-analytics': true, 'linkedin-insight': false, 'facebook-pixel': false },
  })
  expect(await getConsent(page)).toEqual(record)

  await expect.poll(() => stubsRan(page)).toEqual(['gtag'])
  await networkQuiet(page)
  expect(hosts(thirdPartyRequests)).toEqual(['www.googletagmanager.com'])
  expect((await context.cookies()).map((c) => c.name)).not.toContain('_fbp')
  // Google hears the same: analytics granted, advertising denied.
  expect(await lastUpdate(page)).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' })

  // The next page keeps it so.
  await page.reload({ waitUntil: 'networkidle' })
  await expect(ui.banner).toBeHidden()
  await expect.poll(() => stubsRan(page)).toEqual(['gtag'])
  await networkQuiet(page)
  expect(await stubsRan(page)).toEqual(['gtag'])
  expect(hosts(thirdPartyRequests)).toEqual(['www.googletagmanager.com'])
})

test('the visitor can still turn advertising on explicitly; then it loads, and stays on', async ({ page, context, thirdPartyRequests }) => {
  await sendGpc(page)
  const ui = consentUI(page)
  await page.goto('/test-pages/gpc.html', { waitUntil: 'networkidle' })
  await ui.bannerButton('acceptAll').click()
  await expect(ui.banner).toBeHidden()
  await networkQuiet(page)
  expect(hosts(thirdPartyRequests)).not.toEqual(expect.arrayContaining(['connect.facebook.net']))

  await ui.reopenButton.click()
  await expect(ui.dialog).toBeVisible()
  await expect(ui.dialog).toContainText(GPC_NOTICE)
  // What was stored: advertising off, though everything else was accepted.
  await expect(ui.categorySwitch('advertising')).toHaveAttribute('aria-checked', 'false')
  await expect(ui.categorySwitch('analytics')).toHaveAttribute('aria-checked', 'true')
  await ui.categorySwitch('advertising').click()
  await ui.dialogButton('save').click()

  await expect.poll(async () => (await consentCookie(context))?.categories.advertising).toBe(true)
  expect(await consentCookie(context)).toMatchObject({ method: 'custom', gpc: true, categories: { advertising: true, tracking: false } })
  await expect.poll(() => stubsRan(page)).toEqual(['gtag', 'fbevents'])
  await expect.poll(() => hosts(thirdPartyRequests)).toEqual([...ADVERTISING_HOSTS, 'www.googletagmanager.com'].sort())
  expect(hosts(thirdPartyRequests)).not.toEqual(expect.arrayContaining(TRACKING_HOSTS))
  expect(await lastUpdate(page)).toMatchObject({ ad_storage: 'granted' })

  // The explicit choice outlives the signal's default on the next page.
  await page.reload({ waitUntil: 'networkidle' })
  await expect.poll(async () => (await stubsRan(page)).sort()).toEqual(['fbevents', 'gtag'])
})

test('the dialog starts with nothing on under GPC, and Reject all still refuses everything', async ({ page, context }) => {
  await sendGpc(page)
  const ui = consentUI(page)
  await page.goto('/test-pages/gpc.html', { waitUntil: 'networkidle' })
  await ui.bannerButton('preferences').click()
  for (const id of ['functional', 'analytics', 'tracking', 'social', 'advertising']) await expect(ui.categorySwitch(id)).toHaveAttribute('aria-checked', 'false')
  await ui.dialogButton('rejectAll').click()
  await expect(ui.dialog).toBeHidden()
  expect(await consentCookie(context)).toMatchObject({
    method: 'reject-all',
    gpc: true,
    categories: { functional: false, analytics: false, tracking: false, social: false, advertising: false },
  })
})

test('a decision taken before the signal was turned on is asked again, and nothing it allowed runs meanwhile', async ({ page, context, thirdPartyRequests }) => {
  const ui = consentUI(page)
  await page.goto('/test-pages/gpc.html', { waitUntil: 'networkidle' })
  await ui.bannerButton('acceptAll').click()
  await expect.poll(async () => (await stubsRan(page)).sort()).toEqual(['fbevents', 'gtag', 'linkedin-insight'])
  const before = await consentCookie(context)

  // The visitor turns GPC on (a browser setting or an extension) and comes back.
  await sendGpc(page)
  thirdPartyRequests.length = 0
  await page.reload({ waitUntil: 'networkidle' })
  await expect(ui.banner).toBeVisible()
  await expect(ui.banner).toContainText(GPC_NOTICE)
  expect(await getConsent(page)).toBeNull()
  await networkQuiet(page)
  expect(await stubsRan(page)).toEqual([])
  expect(thirdPartyRequests).toEqual([])
  // Until they answer, their earlier record stays as it was.
  expect(await consentCookie(context)).toEqual(before)

  await ui.bannerButton('acceptAll').click()
  await expect.poll(async () => (await consentCookie(context))?.gpc).toBe(true)
  expect(await consentCookie(context)).toMatchObject({ categories: { advertising: false, tracking: false } })
  await page.reload({ waitUntil: 'networkidle' })
  await expect(ui.banner).toBeHidden()
})

test('a Reject all taken before the signal stands: no banner again', async ({ page, context }) => {
  const ui = consentUI(page)
  await page.goto('/test-pages/gpc.html', { waitUntil: 'networkidle' })
  await ui.bannerButton('rejectAll').click()
  await expect(ui.banner).toBeHidden()
  await sendGpc(page)
  await page.reload({ waitUntil: 'networkidle' })
  expect(await getConsent(page)).toMatchObject({ method: 'reject-all' })
  await expect(ui.banner).toBeHidden()
  expect((await consentCookie(context))?.gpc).toBeUndefined()
})

test('control: without the signal there is no notice and Accept all allows advertising and tracking', async ({ page, context, thirdPartyRequests }) => {
  const ui = consentUI(page)
  await page.goto('/test-pages/gpc.html', { waitUntil: 'networkidle' })
  await expect(ui.banner).toBeVisible()
  await expect(ui.banner).not.toContainText('Global Privacy Control')
  await ui.bannerButton('acceptAll').click()
  await expect(ui.banner).toBeHidden()
  const record = await consentCookie(context)
  expect(record).toMatchObject({ method: 'accept-all', categories: { tracking: true, advertising: true } })
  expect(record).not.toHaveProperty('gpc')
  await expect.poll(async () => (await stubsRan(page)).sort()).toEqual(['fbevents', 'gtag', 'linkedin-insight'])
  await expect.poll(() => hosts(thirdPartyRequests)).toEqual([...ADVERTISING_HOSTS, ...TRACKING_HOSTS, 'www.googletagmanager.com'].sort())
})
