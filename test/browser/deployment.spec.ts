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

test('a German site whose pages are ISO-8859-1, on a host that sends scripts without a charset, shows the banner, dialog and button in readable German', async ({ page }) => {
  // Scripts sent without a charset are read in the page's encoding: a UTF-8 "ä" would show as "Ã¤".
  await page.route('**/dist/*.js', async (route) => {
    const response = await route.fetch()
    return route.fulfill({ status: 200, headers: { 'content-type': 'application/javascript' }, body: await response.body() })
  })
  const html = `<!doctype html><html lang="de"><head><meta charset="iso-8859-1"><title>Bäckerei</title>
<script>window.consentryConfig = { revision: 1, siteName: 'Bäckerei Müller', reloadOnWithdrawal: false, categories: ['analytics'] }</script>
<script src="/dist/consentry.js"></script></head><body><h1>Frische Brötchen</h1></body></html>`
  await page.route('**/test-pages/latin1.html', (route) =>
    route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=iso-8859-1' }, body: Buffer.from(html, 'latin1') }),
  )
  await page.goto('/test-pages/latin1.html')
  await expect(page.getByRole('heading', { name: 'Frische Brötchen' })).toBeVisible()
  const banner = page.getByRole('region', { name: /Bäckerei Müller/ })
  await expect(banner).toBeVisible()
  const garbled = /Ã|Â|â€/
  expect(await banner.innerText()).not.toMatch(garbled)
  await banner.getByRole('button', { name: /Einstellungen/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Privatsphäre-Einstellungen' })
  await expect(dialog).toBeVisible()
  expect(await dialog.innerText()).toMatch(/Wählen Sie, welche Cookies Bäckerei Müller verwenden darf/)
  expect(await dialog.innerText()).not.toMatch(garbled)
  await dialog.getByRole('button', { name: /speichern/i }).first().click()
  await expect(page.getByRole('button', { name: 'Cookie-Einstellungen' })).toBeVisible()
})
