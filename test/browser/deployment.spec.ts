import { test, expect } from './fixtures'
import { consentUI } from './consent-ui'
import { consoleErrors } from './browser-state'

// How a site's set-up on its server reaches Consentry. (Script optimizers: optimizers.spec.ts;
// another origin: static-host.spec.ts.)

test('a shop in a subfolder with <base href>: held-back tags, the consent log and the privacy link resolve as the page’s own do', async ({ page }) => {
  const requested: string[] = []
  await page.route('**/test-pages/shop/**', (route) => {
    requested.push(new URL(route.request().url()).pathname)
    const script = route.request().url().endsWith('.js')
    return route.fulfill({ status: 200, contentType: script ? 'text/javascript' : 'text/plain', body: script ? 'window.analyticsRan = true' : '' })
  })
  await page.goto('/test-pages/base-href.html')
  const ui = consentUI(page)
  await expect(page.getByRole('region', { name: 'Cookies on Subfolder shop' })).toBeVisible()
  const origin = new URL(page.url()).origin
  expect(await page.locator('#own-link').evaluate((link) => (link as HTMLAnchorElement).href)).toBe(`${origin}/test-pages/shop/privacy.html`)
  await expect(ui.banner.getByRole('link')).toHaveAttribute('href', `${origin}/test-pages/shop/privacy.html`)

  await ui.bannerButton('acceptAll').click()
  await expect.poll(() => page.evaluate(() => (window as any).analyticsRan)).toBe(true)
  await expect.poll(() => requested).toEqual(expect.arrayContaining(['/test-pages/shop/js/analytics.js', '/test-pages/shop/consent-log']))
})

test('a server that answers a missing file with a page (a single-page app’s fallback) gets no banner, nothing run, and a console error that says what the file is', async ({ page, thirdPartyRequests }) => {
  const errors = consoleErrors(page)
  // As after copying a release file by file and missing one, on a host that sends index.html for any path.
  await page.route('**/dist/consentry-ui.en.js', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Shop</title><div id="app"></div>' }))
  await page.goto('/test-pages/data-config.html')
  await expect
    .poll(() => errors.filter((error) => error.startsWith('[consentry]')))
    .toEqual([
      expect.stringMatching(
        /^\[consentry\] could not load the consent interface \(consentry-ui\.en\.js did not register: is this file of the same release as consentry\.js\? .*or a page the server sends for a missing file, does not fit it; keep each release in a folder of its own\); nothing was changed\.$/,
      ),
    ])
  await expect(consentUI(page).banner).toHaveCount(0)
  expect(thirdPartyRequests).toEqual([])
})
