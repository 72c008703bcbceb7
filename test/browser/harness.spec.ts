import { test, expect } from './fixtures'
import { cookieNames, stubsRan } from './browser-state'
import { requestedServices, vendorCookies, demoServices } from './demo-tags'

// The control for every "nothing loads" test: without Consentry, the same tags
// are requested, logged, answered by the stubs, and set the vendors' cookies.
test('without a consent tool every vendor loads, is logged and sets its cookies', async ({ context, thirdPartyRequests }) => {
  // Its own page: this control needs no build of Consentry.
  const page = await context.newPage()
  await page.goto('/test-pages/harness.html', { waitUntil: 'networkidle' })

  await expect.poll(() => new Set(requestedServices(thirdPartyRequests))).toEqual(new Set([...demoServices(), 'https://unknown.example/pixel.gif']))
  await expect.poll(() => stubsRan(page).then((ran) => ran.sort())).toEqual(['fbevents', 'gtag', 'hotjar', 'linkedin-insight'])
  expect(await cookieNames(context)).toEqual(vendorCookies(demoServices()).sort())
  const css = await page.evaluate(() => {
    const style = getComputedStyle(document.documentElement)
    return [style.getPropertyValue('--stub-bootstrap'), style.getPropertyValue('--stub-font-awesome')].map((v) => v.trim())
  })
  expect(css).toEqual(['loaded', 'loaded'])
})

test('the demo server serves the demo, the build and the test pages, gzipped', async ({ request }) => {
  const home = await request.get('/', { headers: { 'Accept-Encoding': 'gzip' } })
  expect(home.status()).toBe(200)
  expect(home.headers()['content-encoding']).toBe('gzip')
  expect(await home.text()).toContain('<script src="/dist/consentry-consent-mode.js"></script>')
  expect((await request.get('/en/')).status()).toBe(200)
  expect((await request.get('/test-pages/harness.html')).status()).toBe(200)
  expect((await request.get('/dist/consentry.js')).status()).toBe(200)
  // An encoded slash survives URL parsing: the server must not follow it out of dist/.
  expect((await request.get('/dist/..%2fpackage.json')).status()).toBe(404)
})
