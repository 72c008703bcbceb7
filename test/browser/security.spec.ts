import { test, expect } from './fixtures'
import type { BrowserContext, Page } from '@playwright/test'
import { callApi, getConsent } from './consentry-api'
import { consentUI } from './consent-ui'

// What an attacker can and cannot make Consentry do (README, "Security").

const held = (config: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Security</title>
<script>window.pwned = []; window.consentryConfig = ${config}</script>
<script src="/dist/consentry.js"></script></head><body>${body}</body></html>`

test('markup a visitor planted (data-src, as sanitizers keep it) never makes a javascript: iframe run as the page: not at once, not on consent, not by "Load this once"', async ({ page }) => {
  const planted = [' JaVaScRiPt:parent.pwned.push(1)', 'java&#9;script:parent.pwned.push(2)', '&#1;javascript:parent.pwned.push(3)']
  await page.route('**/test-pages/planted.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: held(
        `{ revision: 1, reloadOnWithdrawal: false, categories: ['analytics', 'social'], services: [{ id: 'youtube', name: 'YouTube', category: 'social' }] }`,
        planted.map((url) => `<iframe data-src="${url}" data-category="necessary"></iframe><iframe data-src="${url}" data-category="analytics"></iframe>`).join('') +
          `<img data-src="javascript:pwned.push('img')" data-category="necessary">` +
          `<iframe id="once" width="400" height="300" data-src="javascript:parent.pwned.push('once')" data-category="social" data-service="youtube"></iframe>` +
          `<iframe id="video" data-src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ" data-category="analytics"></iframe>`,
      ),
    }),
  )
  await page.goto('/test-pages/planted.html')
  await page.frameLocator('#once').getByRole('button', { name: 'Load this once' }).click()
  await page.evaluate(() => (window as any).Consentry.save({ categories: ['analytics'] }))
  // The site's own embed loads: the rule costs nothing that is an embed.
  await expect(page.locator('#video')).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ')
  await page.waitForTimeout(500)
  expect(await page.evaluate(() => (window as any).pwned)).toEqual([])
  expect(await page.locator('iframe[src]:not(#video), img[src]').count()).toBe(0)
})

/** app.site.localhost and evil.site.localhost, two sites of one domain (Chromium takes *.localhost for a secure context), served by the test server. */
async function siblings(context: BrowserContext, serverUrl: string, config: () => string) {
  const local = new URL(serverUrl)
  await context.route(
    (url) => url.hostname.endsWith('.site.localhost'),
    async (route) => {
      const { pathname } = new URL(route.request().url())
      if (pathname.startsWith('/dist/')) return route.fulfill({ response: await route.fetch({ url: local.origin + pathname }) })
      return route.fulfill({ contentType: 'text/html', body: held(config(), `<script type="text/plain" data-category="analytics">window.analyticsRan = true</script>`) })
    },
  )
  return { app: `http://app.site.localhost:${local.port}/`, evil: `http://evil.site.localhost:${local.port}/` }
}

/** What evil.site.localhost writes: an Accept all for every site of the domain, under each name. */
async function forge(page: Page, evil: string) {
  await page.goto(evil)
  await page.evaluate(() => {
    const now = new Date().toISOString()
    const record = { schema: 1, id: 'forged', createdAt: now, updatedAt: now, revision: 1, categories: { necessary: true, analytics: true }, services: {}, method: 'accept-all', language: 'en' }
    const value = encodeURIComponent(JSON.stringify(record))
    document.cookie = `consentry=${value}; domain=site.localhost; path=/`
    // Refused by the browser: a __Host- name is never the domain's.
    document.cookie = `__Host-consentry=${value}; domain=site.localhost; path=/; secure`
  })
}

const ran = (page: Page) => page.evaluate(() => (window as { analyticsRan?: boolean }).analyticsRan === true)

test('a sibling subdomain can forge the default consent cookie, and cannot forge a __Host- one', async ({ page, context, server }) => {
  let config = `{ revision: 1, categories: ['analytics'] }`
  const { app, evil } = await siblings(context, server.url, () => config)
  await forge(page, evil)

  await page.goto(app)
  await expect.poll(() => ran(page)).toBe(true)
  expect((await getConsent(page))?.id).toBe('forged')

  config = `{ revision: 1, categories: ['analytics'], cookie: { name: '__Host-consentry', secure: true } }`
  await page.goto(app)
  await expect(consentUI(page).banner).toBeVisible()
  expect(await getConsent(page)).toBeNull()
  expect(await ran(page)).toBe(false)
})

test('a __Host- consent cookie works end to end: stored, read and renewed on the next page, adopted by another tab, forgotten by reset()', async ({ page, context, server }) => {
  const { app } = await siblings(context, server.url, () => `{ revision: 1, reloadOnWithdrawal: false, categories: ['analytics'], cookie: { name: '__Host-consentry', secure: true } }`)
  const stored = async () => (await context.cookies(app)).filter((cookie) => cookie.name.includes('consentry'))
  await page.goto(app)
  await consentUI(page).bannerButton('acceptAll').click()
  await expect.poll(async () => (await stored()).map(({ name, domain, path, secure }) => ({ name, domain, path, secure }))).toEqual([
    { name: '__Host-consentry', domain: 'app.site.localhost', path: '/', secure: true },
  ])

  // The next page reads it (and writes it again, still a __Host- cookie: one only).
  await page.reload()
  await expect.poll(() => ran(page)).toBe(true)
  await expect(consentUI(page).banner).toHaveCount(0)
  expect((await stored()).length).toBe(1)

  // Another tab withdraws; this one adopts it.
  const other = await context.newPage()
  await other.goto(app)
  await callApi(other, 'rejectAll')
  await page.bringToFront()
  await expect.poll(async () => (await getConsent(page))?.method).toBe('withdrawal')
  expect(JSON.parse(decodeURIComponent((await stored())[0].value)).method).toBe('withdrawal')

  await callApi(page, 'reset')
  await expect.poll(stored).toEqual([])
  await other.reload()
  await expect(consentUI(other).banner).toBeVisible()
})
