import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { consentUI } from './consent-ui'
import { placeholderIn } from './placeholders'
import { cookieNames, stubsRan } from './browser-state'
import { networkQuiet } from './network'
import { callApi } from './consentry-api'

// A small site (test/browser/pages/swap-*.html) that moves between its pages without a page
// load, on each of three routers (test/browser/pages/swap-site.js): Turbo 8 and htmx 2, both
// from /test-vendor/, and a stand-in for Astro's view-transition router.
const VIDEO = 'https://www.youtube-nocookie.com/embed/pricing'

/** Opens the site's home page on `site`'s router, and marks the window, to tell a page load from a swap. */
async function start(page: Page, site: string) {
  await page.goto(`/test-pages/swap-home.html?site=${site}`, { waitUntil: 'networkidle' })
  await page.evaluate(() => ((window as { sameLoad?: boolean }).sameLoad = true))
}

/** Follows a nav link as the site does it: with no page load (the mark `start` set on `window` survives). */
async function follow(page: Page, name: string) {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
  expect(await page.evaluate(() => (window as { sameLoad?: boolean }).sameLoad)).toBe(true)
}

const pricingViews = (page: Page) => page.evaluate(() => (window as { pricingViews?: number }).pricingViews ?? 0)
/**
 * Consentry's elements in the body (banner and dialog roots, floating button), each as
 * 'live' if it carries the mark `markOwnElements` set, else 'copy' (a clone carries none).
 */
const ownElements = (page: Page) =>
  page.evaluate(() => [...document.body.children].filter((child) => /\bcy-(root|reopen)\b/.test(child.className)).map((child) => ('live' in child ? 'live' : 'copy')))
const markOwnElements = (page: Page) =>
  page.evaluate(() => [...document.body.children].forEach((child) => /\bcy-(root|reopen)\b/.test(child.className) && Object.assign(child, { live: true })))

for (const site of ['turbo', 'htmx', 'astro']) test.describe(site, () => {
  test.beforeEach(({ page }) => start(page, site))

  test('the banner stays up on the next page, first in its body, and nothing there runs before the visitor decides', async ({ page, thirdPartyRequests }) => {
    const ui = consentUI(page)
    await expect(ui.banner).toBeVisible()
    await follow(page, 'Pricing')

    await expect(ui.banner).toBeVisible()
    // Where keyboard and screen-reader users meet it first.
    expect(await page.evaluate(() => document.body.firstElementChild?.classList.contains('cy-root'))).toBe(true)
    await expect(placeholderIn(page.locator('iframe'))).toBeVisible()
    expect(await pricingViews(page)).toBe(0)
    expect(thirdPartyRequests).toEqual([])

    await ui.bannerButton('acceptAll').click()
    await expect(ui.banner).toBeHidden()
    await expect.poll(() => pricingViews(page)).toBe(1)
    await expect.poll(() => thirdPartyRequests).toEqual([VIDEO])
  })

  // The stand-in for Astro's router does not handle Back.
  if (site != 'astro') test('the floating button stays through visits and Back, one of it, and opens the choices', async ({ page }) => {
    const ui = consentUI(page)
    await ui.bannerButton('rejectAll').click()
    await expect(ui.reopenButton).toBeVisible()

    await follow(page, 'Pricing')
    await expect(ui.reopenButton).toBeVisible()
    // The banner's root, the dialog's (for the video's placeholder) and the button.
    await expect.poll(() => ownElements(page)).toHaveLength(3)
    await markOwnElements(page)
    await follow(page, 'Home')
    await expect(ui.reopenButton).toBeVisible()
    // From the site's cache, which may hold copies of Consentry's elements: such a copy has no handlers.
    await page.goBack()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pricing')
    await expect(ui.reopenButton).toHaveCount(1)
    expect(await ownElements(page)).toEqual(['live', 'live', 'live'])

    await ui.reopenButton.click()
    await expect(ui.dialog).toBeVisible()
    await expect(ui.dialog).toBeFocused()
  })
})

// Home's analytics, two held-back scripts: Google's tag and an inline one that counts views.
const GTAG = 'https://www.googletagmanager.com/gtag/js?id=G-SWAP'
const PIXEL = 'https://www.facebook.com/tr?id=SWAP&ev=PageView'
const homeViews = (page: Page) => page.evaluate(() => (window as { homeViews?: number }).homeViews ?? 0)

// Turbo and htmx put back, on Back, a copy they saved of the page as the visitor left it; both
// run the scripts in it. Consentry hands them its scripts held back, to be gated again.
for (const site of ['turbo', 'htmx']) test.describe(`${site}, Back to a page whose scripts ran`, () => {
  test.beforeEach(async ({ page, thirdPartyRequests }) => {
    await start(page, site)
    await consentUI(page).bannerButton('acceptAll').click()
    await expect.poll(() => homeViews(page)).toBe(1)
    await expect.poll(() => thirdPartyRequests).toContain(GTAG)
    // Not Pricing: a withdrawal there turns its video back into a placeholder, a navigation
    // of the iframe that Back would then undo first.
    await follow(page, 'Privacy')
  })

  test('after a withdrawal, they do not run again: nothing is requested, no cookie comes back', async ({ page, context, thirdPartyRequests }) => {
    const ui = consentUI(page)
    await ui.reopenButton.click()
    await ui.dialogButton('rejectAll').click()
    await expect(ui.dialog).toBeHidden()
    await expect.poll(() => cookieNames(context)).toEqual(['consentry'])
    const before = thirdPartyRequests.length

    await page.goBack()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Home')
    await networkQuiet(page)
    expect(thirdPartyRequests.slice(before)).toEqual([])
    expect(await homeViews(page)).toBe(1)
    expect(await stubsRan(page)).toEqual(['gtag'])
    expect(await cookieNames(context)).toEqual(['consentry'])
    expect(await page.locator('main script').evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).type))).toEqual(['text/plain', 'text/plain'])
  })

  test('with consent still given, they run again, as the router runs them without Consentry', async ({ page, thirdPartyRequests }) => {
    const before = thirdPartyRequests.length
    await page.goBack()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Home')
    await expect.poll(() => homeViews(page)).toBe(2)
    await expect.poll(() => thirdPartyRequests.slice(before)).toEqual([GTAG])
    await expect.poll(() => stubsRan(page)).toEqual(['gtag', 'gtag'])
  })
})

// The README's snippet for a site whose pages hold images or iframes: on a withdrawal, or a decision
// forgotten, it clears the copies the router keeps, as a copy's images are requested as it goes in,
// before Consentry sees them. htmx keeps its copies in sessionStorage, which the reload (the default) leaves.
const takeBack = {
  'a withdrawal': (page: Page) => consentUI(page).reopenButton.click().then(() => consentUI(page).dialogButton('rejectAll').click()),
  'reset()': (page: Page) => callApi(page, 'reset'),
}
for (const [how, takeItBack] of Object.entries(takeBack)) {
  test(`htmx, with the reload: after ${how}, the README's snippet clears the copy htmx keeps, and Back requests nothing of it`, async ({ page, thirdPartyRequests }) => {
    await page.route('**/fixture-config.js', async (route) => {
      const response = await route.fetch()
      await route.fulfill({ response, body: (await response.text()).replace('reloadOnWithdrawal: false', 'reloadOnWithdrawal: true') })
    })
    // On every page, as a site would have it.
    await page.addInitScript(() => {
      const clearCopies = () => {
        ;(window as { Turbo?: { cache: { clear(): void } } }).Turbo?.cache.clear() // Turbo
        // htmx (2.0.11 keeps its copies in sessionStorage, older versions in localStorage)
        sessionStorage.removeItem('htmx-history-cache')
        localStorage.removeItem('htmx-history-cache')
      }
      addEventListener('consentry:change', (event) => event.detail.consent.method == 'withdrawal' && clearCopies())
      addEventListener('consentry:forget', clearCopies)
    })
    const ui = consentUI(page)
    await start(page, 'htmx')
    await ui.bannerButton('acceptAll').click()
    await expect.poll(() => thirdPartyRequests).toContain(PIXEL)
    await follow(page, 'Privacy')
    await Promise.all([page.waitForEvent('load'), takeItBack(page)])
    const before = thirdPartyRequests.length

    await page.goBack()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Home')
    await networkQuiet(page)
    expect(thirdPartyRequests.slice(before)).toEqual([])
  })
}

test.describe('turbo, besides', () => {
  test.beforeEach(({ page }) => start(page, 'turbo'))

  test('a morphing page refresh (Turbo 8) keeps the button', async ({ page }) => {
    const ui = consentUI(page)
    await ui.bannerButton('acceptAll').click()
    await follow(page, 'Pricing')
    // Morphing makes the body like the fresh page's, which has no such button.
    await page.evaluate(() => new Promise((done) => {
      addEventListener('turbo:morph', done, { once: true })
      ;(window as unknown as { Turbo: { visit(url: string, options: object): void } }).Turbo.visit(location.href, { action: 'replace' })
    }))
    await expect(ui.reopenButton).toHaveCount(1)
    await ui.reopenButton.click()
    await expect(ui.dialog).toBeVisible()
  })

  test('the cookie declaration on a page Turbo swaps in is filled in, and shows the current choice', async ({ page }) => {
    const ui = consentUI(page)
    await ui.bannerButton('rejectAll').click()
    await follow(page, 'Privacy')
    const declaration = page.locator('[data-consentry="declaration"]')
    const refused = declaration.getByText(/^(Refused|Geweigerd)$/)
    await expect(declaration.getByRole('table').first()).toBeVisible()
    await expect(refused.first()).toBeVisible()
    await declaration.getByRole('button').first().click()
    await ui.dialogButton('acceptAll').click()
    await expect(refused).toHaveCount(0)
  })
})

test.describe('astro, besides', () => {
  test.beforeEach(({ page }) => start(page, 'astro'))

  test("Consentry's stylesheets stay in the head through visits, one of each, and the preferences open styled", async ({ page }) => {
    const ui = consentUI(page)
    const links = () => page.evaluate(() => [...document.head.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].map((link) => link.href.split('/').pop()))
    // The video's placeholder brings the dialog chunk, and its stylesheet, on Pricing.
    await follow(page, 'Pricing')
    await expect(placeholderIn(page.locator('iframe'))).toBeVisible()
    await follow(page, 'Home')
    await expect(ui.banner).toBeVisible()
    expect((await links()).sort()).toEqual(['consentry-dialog.css', 'consentry.css'])
    await page.getByRole('link', { name: 'Cookie settings' }).click()
    await expect(ui.dialog).toBeVisible()
  })
})
