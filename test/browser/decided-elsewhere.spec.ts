import config from '../../playwright.config'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { callApi, changeEvents, getConsent, isAllowed, recordedEvents, recordEvents, saveChoice } from './consentry-api'
import { consentUI } from './consent-ui'
import { cookieNames, stubsRan } from './browser-state'
import { demoServices, sortedServices } from './demo-tags'
import { placeholderTitle } from './placeholders'
import { keepPageOnWithdrawal } from './demo-pages'

// A decision made elsewhere: on another page while this one waits in the back/forward cache,
// or in another window.
// Browsers keep a page the visitor leaves in the back/forward cache and show it again, as it
// was, on Back. Playwright turns that cache off by default; a visitor's browser does not.
test.use({ launchOptions: { ...config.use!.launchOptions, ignoreDefaultArgs: ['--disable-back-forward-cache'] } })

test.beforeEach(async ({ page }) => {
  await recordEvents(page)
  await page.addInitScript(() => addEventListener('pageshow', (event) => ((window as { restored?: boolean }).restored = event.persisted)))
})

/** Follows the nav link to the pricing page, as a visitor would, leaving the home page to the cache. */
async function goToPricing(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Prijzen' }).click()
  await page.waitForURL('**/prijzen.html')
}

/** Back to the home page, which must come from the cache for the test to mean anything. */
async function backFromCache(page: Page): Promise<void> {
  await page.goBack({ waitUntil: 'commit' })
  await expect.poll(() => page.evaluate(() => (window as { restored?: boolean }).restored)).toBe(true)
}

/**
 * Accept all on the home page, whose tags run, then on to the pricing page. What a withdrawal
 * does there without a reload (the default reloads that page too, as it comes back).
 */
async function acceptAllThenGoToPricing(page: Page): Promise<void> {
  await keepPageOnWithdrawal(page)
  await page.goto('/', { waitUntil: 'networkidle' })
  await callApi(page, 'acceptAll')
  await expect.poll(() => stubsRan(page)).toHaveLength(4)
  await goToPricing(page)
}

/** What Google's tags on the page last heard (the demo runs the Consent Mode build). */
const lastConsentUpdate = (page: Page) =>
  page.evaluate(() => {
    const commands = ((window as unknown as { dataLayer: IArguments[] }).dataLayer || []).filter((entry) => entry[0] == 'consent' && entry[1] == 'update')
    return commands.at(-1)?.[2]
  })

// A choice without social media: after a restore from the cache, Chromium loads a cross-site
// iframe where Playwright cannot see (or route) the request, so the video stays held back here.
test('a decision made on another page takes effect on the page that Back restores: banner gone, tags run', async ({ page, thirdPartyRequests }) => {
  const ui = consentUI(page)
  await page.goto('/', { waitUntil: 'networkidle' })
  await expect(ui.banner).toBeVisible()
  await goToPricing(page)
  await saveChoice(page, { categories: ['functional', 'analytics', 'tracking', 'advertising'] })
  await expect(ui.banner).toBeHidden()
  // The pricing page's own tags, all in before the list is cleared for the home page's.
  await expect.poll(() => sortedServices(thirdPartyRequests)).toEqual(demoServices({ home: false }).sort())
  await expect.poll(async () => (await stubsRan(page)).length).toBe(4)

  thirdPartyRequests.length = 0
  await backFromCache(page)
  await expect(ui.banner).toBeHidden()
  await expect(ui.reopenButton).toBeVisible()
  expect(await getConsent(page)).toMatchObject({ method: 'custom', categories: { analytics: true, social: false } })
  // The home page's own tags, each once; the video keeps its placeholder.
  await expect.poll(() => sortedServices(thirdPartyRequests)).toEqual(demoServices({ home: false }).sort())
  await expect.poll(async () => (await stubsRan(page)).sort()).toEqual(['fbevents', 'gtag', 'hotjar', 'linkedin-insight'])
  await expect.poll(() => placeholderTitle(page.locator('#video iframe'))).toBe('Inhoud van YouTube geblokkeerd')
  await expect(page.locator('#video iframe')).not.toHaveAttribute('src')
  const changes = await changeEvents(page)
  expect(changes).toHaveLength(1)
  expect(changes[0].changedCategories).toEqual(['necessary', 'functional', 'analytics', 'tracking', 'social', 'advertising'])
})

test('a withdrawal made on another page takes effect on the page that Back restores', async ({ page, context }) => {
  const ui = consentUI(page)
  await acceptAllThenGoToPricing(page)
  await ui.reopenButton.click()
  await ui.dialogButton('rejectAll').click()
  await expect.poll(() => cookieNames(context)).toEqual(['consentry'])

  await backFromCache(page)
  await expect.poll(() => isAllowed(page, 'analytics')).toBe(false)
  // Google's tags on this page hear it too (the demo runs the Consent Mode build).
  await expect.poll(() => lastConsentUpdate(page)).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied' })
  expect(await getConsent(page)).toMatchObject({ method: 'withdrawal', categories: { advertising: false } })
  const change = (await changeEvents(page)).pop()!
  expect(change.consent.method).toBe('withdrawal')
  expect(change.changedCategories.sort()).toEqual(['advertising', 'analytics', 'functional', 'social', 'tracking'])
  // The video, which the page can take back, is a placeholder again.
  await expect.poll(() => placeholderTitle(page.locator('#video iframe'))).toBe('Inhoud van YouTube geblokkeerd')
  // The page reaches the frame's document: the cross-origin video's is gone, replaced (no srcdoc pushed over it).
  expect(await page.locator('#video iframe').evaluate((f: HTMLIFrameElement) => [!!f.contentDocument, f.hasAttribute('srcdoc')])).toEqual([true, false])
  await expect(ui.reopenButton).toBeVisible()
  await expect(ui.banner).toBeHidden()
})

test('a reset() on another page forgets the decision on the page that Back restores: the banner asks again, Google hears denied', async ({ page }) => {
  const ui = consentUI(page)
  await acceptAllThenGoToPricing(page)
  await callApi(page, 'reset')
  await expect(ui.banner).toBeVisible()

  await backFromCache(page)
  await expect(ui.banner).toBeVisible()
  expect(await getConsent(page)).toBeNull()
  expect(await isAllowed(page, 'analytics')).toBe(false)
  await expect.poll(() => lastConsentUpdate(page)).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied' })
  await expect(ui.reopenButton).toBeHidden()
  // Not a decision (only this page's Accept all was one), yet announced as what it is: the decision forgotten.
  expect((await changeEvents(page)).map((change) => change.consent.method)).toEqual(['accept-all'])
  const forgotten = (await recordedEvents(page)).filter((event) => event.type == 'consentry:forget')
  expect(forgotten).toEqual([{ type: 'consentry:forget', detail: { consent: expect.objectContaining({ method: 'accept-all' }) } }])
})

test('a decision made in another window takes effect at once in a window still in view', async ({ page, context, thirdPartyRequests }) => {
  const ui = consentUI(page)
  await page.goto('/', { waitUntil: 'networkidle' })
  await expect(ui.banner).toBeVisible()
  // Both windows stay in view (a headless browser hides neither): nothing but the cookie tells this one.
  const other = await context.newPage()
  await other.goto('/prijzen.html', { waitUntil: 'networkidle' })
  await consentUI(other).bannerButton('acceptAll').click()

  await expect(ui.banner).toBeHidden()
  expect(await getConsent(page)).toMatchObject({ method: 'accept-all' })
  await expect.poll(async () => (await stubsRan(page)).sort()).toEqual(['fbevents', 'gtag', 'hotjar', 'linkedin-insight'])
  await expect(page.locator('#video iframe')).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ')
  await expect.poll(() => thirdPartyRequests.filter((url) => url.includes('youtube')).length).toBeGreaterThan(0)
  expect((await changeEvents(page)).map((change) => change.consent.method)).toEqual(['accept-all'])
})
