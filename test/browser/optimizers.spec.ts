import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { consentUI } from './consent-ui'
import { consoleErrors } from './browser-state'
import { removeAttributeQuotes, rocketLoader, wpRocketDelay } from './optimizers'

// Tools that rewrite a page's scripts between the site's template and the browser (see
// ./optimizers.ts), on a page with the site's config, Consentry, two held-back Google
// Analytics tags (external and inline) and a script of the site's own.
const PAGE = '/test-pages/optimized.html'
const GOOGLE = 'https://www.googletagmanager.com/gtag/js?id=G-OPTIMIZED'
const html = readFileSync('test/browser/pages/optimized.html', 'utf8')

/** Serves the fixture page as `rewrite` turns it, with Rocket Loader's loader where it asks for it. */
async function serveRewritten(page: Page, rewrite: (html: string) => string): Promise<void> {
  await page.route(`**${PAGE}`, (route) => route.fulfill({ contentType: 'text/html', body: rewrite(html) }))
  await page.route('**/cdn-cgi/scripts/rocket-loader.min.js', (route) => route.fulfill({ contentType: 'text/javascript', body: rocketLoader.loader }))
}

const ran = (page: Page) => page.evaluate(() => ({ site: !!(window as any).siteScriptRan, heldInline: !!(window as any).heldInlineRan }))
const consentryErrors = (errors: string[]) => errors.filter((error) => error.startsWith('[consentry]'))

test.describe('Cloudflare Rocket Loader', () => {
  test('with nothing excluded, Consentry runs once the page is parsed, with its config, and held-back tags wait for consent', async ({ page, thirdPartyRequests }) => {
    const errors = consoleErrors(page)
    await serveRewritten(page, rocketLoader.rewrite)
    await page.goto(PAGE)
    const ui = consentUI(page)
    await expect(page.getByRole('region', { name: 'Cookies on Optimized shop' })).toBeVisible()
    // Rocket Loader left the held-back tags alone (not JavaScript by their type), and ran the site's own.
    expect(await page.locator(`script[type^="${rocketLoader.hash}"]`).count()).toBe(0)
    await expect.poll(() => ran(page)).toEqual({ site: true, heldInline: false })
    expect(thirdPartyRequests).toEqual([])

    await ui.bannerButton('acceptAll').click()
    await expect.poll(() => thirdPartyRequests).toEqual([GOOGLE])
    await expect.poll(() => ran(page)).toEqual({ site: true, heldInline: true })
    expect(consentryErrors(errors)).toEqual([])
  })

  test('with data-cfasync="false" on consentry.js alone, the config comes after it: the first decision says so', async ({ page, thirdPartyRequests }) => {
    const errors = consoleErrors(page)
    await serveRewritten(page, (html) => rocketLoader.rewrite(html.replace('<script src="/dist/consentry.js">', '<script data-cfasync="false" src="/dist/consentry.js">')))
    await page.goto(PAGE)
    const ui = consentUI(page)
    // Consentry ran at once, before Rocket Loader set the config: the banner asks on its defaults, in the host's name.
    await expect(ui.banner).toBeVisible()
    await expect(page.getByRole('region', { name: 'Cookies on Optimized shop' })).toHaveCount(0)
    await ui.bannerButton('rejectAll').click()
    await expect.poll(() => consentryErrors(errors).filter((error) => error.includes('window.consentryConfig'))).toEqual([
      expect.stringMatching(/^\[consentry\] window\.consentryConfig is not the config Consentry runs on: it was set after consentry\.js read it .*"Script optimizers"\)\.$/),
    ])
    expect(thirdPartyRequests).toEqual([])
  })

  test('with data-cfasync="false" on the config and consentry.js (the README’s advice), both run at once and nothing is said', async ({ page, thirdPartyRequests }) => {
    const errors = consoleErrors(page)
    await serveRewritten(page, (html) =>
      rocketLoader.rewrite(html.replace('<script>', '<script data-cfasync="false">').replace('<script src="/dist/consentry.js">', '<script data-cfasync="false" src="/dist/consentry.js">')),
    )
    await page.goto(PAGE)
    const ui = consentUI(page)
    await expect(page.getByRole('region', { name: 'Cookies on Optimized shop' })).toBeVisible()
    await ui.bannerButton('rejectAll').click()
    await expect.poll(() => page.evaluate(() => (window as any).Consentry.getConsent()?.revision)).toBe(3)
    await page.waitForTimeout(300)
    expect(consentryErrors(errors)).toEqual([])
    expect(thirdPartyRequests).toEqual([])
  })
})

test.describe('WP Rocket, "Delay JavaScript execution"', () => {
  test('with nothing excluded, the banner waits for the first interaction, and held-back tags for consent', async ({ page, thirdPartyRequests }) => {
    await serveRewritten(page, (html) => wpRocketDelay.rewrite(html))
    await page.goto(PAGE)
    const ui = consentUI(page)
    await page.waitForTimeout(300)
    await expect(ui.root).toHaveCount(0)
    await page.mouse.move(10, 10)
    await expect(page.getByRole('region', { name: 'Cookies on Optimized shop' })).toBeVisible()
    await expect.poll(() => ran(page)).toEqual({ site: true, heldInline: false })
    expect(thirdPartyRequests).toEqual([])
    await ui.bannerButton('acceptAll').click()
    await expect.poll(() => thirdPartyRequests).toEqual([GOOGLE])
  })

  test('behind an HTML minifier that drops quotes, a held-back tag is delayed like any script and runs on the first interaction: the first decision names it', async ({ page, thirdPartyRequests }) => {
    const errors = consoleErrors(page)
    // Consentry itself excluded, as a site would, so that its banner shows at once.
    await serveRewritten(page, (html) => wpRocketDelay.rewrite(removeAttributeQuotes(html), ['consentry']))
    await page.goto(PAGE)
    const ui = consentUI(page)
    await expect(ui.banner).toBeVisible()
    await page.waitForTimeout(300)
    expect(thirdPartyRequests).toEqual([])
    // What this set-up does, and Consentry cannot stop: WP Rocket turns them into scripts without a type.
    await page.mouse.move(10, 10)
    await expect.poll(() => thirdPartyRequests).toEqual([GOOGLE])
    await expect.poll(() => ran(page)).toEqual({ site: true, heldInline: true })

    await ui.bannerButton('rejectAll').click()
    await expect.poll(() => consentryErrors(errors).filter((error) => error.includes('is not held back'))).toEqual([
      expect.stringMatching(/^\[consentry\] <script data-category="analytics" data-service="google-analytics" src="https:\/\/www\.googletagmanager\.com\/gtag\/js\?id=G-OPTIMIZED" async=""> is not held back: its type is missing, not "text\/plain", so the browser ran it without waiting for consent\. /),
      expect.stringMatching(/^\[consentry\] <script data-category="analytics" data-service="google-analytics"> is not held back: its type is missing/),
    ])
  })

  test('behind the same minifier, consentry-autoblock.js holds the external tag WP Rocket gives back unmarked, by the category the site gave it', async ({ page, thirdPartyRequests }) => {
    const autoBlocking = (html: string) => html.replace('revision: 3,', 'revision: 3, autoBlock: true,').replace('/dist/consentry.js', '/dist/consentry-autoblock.js')
    await serveRewritten(page, (html) => wpRocketDelay.rewrite(removeAttributeQuotes(autoBlocking(html)), ['consentry']))
    await page.goto(PAGE)
    const ui = consentUI(page)
    await expect(page.getByRole('region', { name: 'Cookies on Optimized shop' })).toBeVisible()
    await page.mouse.move(10, 10)
    await page.waitForTimeout(500)
    expect(thirdPartyRequests).toEqual([])
    // WP Rocket waits for the held tag to load before the scripts after it: those wait for consent too.
    expect(await ran(page)).toEqual({ site: false, heldInline: false })
    await ui.bannerButton('acceptAll').click()
    await expect.poll(() => thirdPartyRequests).toEqual([GOOGLE])
    await expect.poll(() => ran(page)).toEqual({ site: true, heldInline: true })
  })

  test('with Consentry and the held-back tags excluded (the README’s advice), held-back tags wait for consent, quotes or not', async ({ page, thirdPartyRequests }) => {
    const errors = consoleErrors(page)
    await serveRewritten(page, (html) => wpRocketDelay.rewrite(removeAttributeQuotes(html), ['consentry', 'data-category']))
    await page.goto(PAGE)
    const ui = consentUI(page)
    await expect(page.getByRole('region', { name: 'Cookies on Optimized shop' })).toBeVisible()
    await page.mouse.move(10, 10)
    await page.mouse.move(20, 20)
    await expect.poll(() => ran(page)).toEqual({ site: true, heldInline: false })
    expect(thirdPartyRequests).toEqual([])
    await ui.bannerButton('acceptAll').click()
    await expect.poll(() => thirdPartyRequests).toEqual([GOOGLE])
    expect(consentryErrors(errors)).toEqual([])
  })
})
