import { test, expect } from './fixtures'
import { consentUI } from './consent-ui'
import { cookieNames } from './browser-state'
import { holdRequests } from './network'
import { changeEvents, recordEvents } from './consentry-api'

// demo/api.html: the classic build in a plain HTML page, no bundler, driven through window.Consentry.
test('the API playground: buttons call the API, held-back tags follow, events are logged', async ({ page, context, thirdPartyRequests }) => {
  const ui = consentUI(page)
  const log = page.locator('#log')
  const call = (name: string) => page.getByRole('button', { name, exact: true }).click()
  await page.goto('/api.html', { waitUntil: 'networkidle' })

  await expect(ui.banner).toBeVisible()
  await expect(log).toContainText('consentry:ready')
  await expect(page.locator('#consent')).toHaveText('null')
  expect(await cookieNames(context)).toEqual([])

  await call("save({ categories: ['analytics'] })")
  await expect(log).toContainText('analytics script ran: visit 1')
  await expect(log).toContainText('consentry:change')
  await expect(page.locator('#allowed-analytics')).toHaveText('true')
  await expect(page.locator('#allowed-pixel')).toHaveText('false')
  await expect(page.locator('#consent')).toContainText('"method": "custom"')
  await expect(page.locator('h2 img')).not.toHaveAttribute('src', /./)

  await call('acceptAll()')
  await expect(page.locator('#allowed-pixel')).toHaveText('true')
  await expect(page.locator('h2 img')).toHaveAttribute('src', '/favicon.svg')
  expect(await cookieNames(context)).toEqual(['consentry', 'playground_visits'])

  await call('reset()')
  await expect(ui.banner).toBeVisible()
  await expect(page.locator('#consent')).toHaveText('null')
  // Nothing is allowed any more: the visit counter's declared cookie goes with the decision.
  expect(await cookieNames(context)).toEqual([])
  expect(thirdPartyRequests).toEqual([])
})

// test/browser/pages/allowed-later.html: page code that reads the state and then listens, as the README's
// API section shows, and code for the first decision (its table for vanilla-cookieconsent's onFirstConsent),
// under a config from data-config, which Consentry reads only after that code has run.
test('page code that reads isAllowed() and then listens for consentry:consent runs on every page the visitor allowed, and code for the first decision on the first only, also when Consentry starts after it', async ({ page }) => {
  const loads = () => page.evaluate(() => (window as unknown as { loads: number }).loads)
  const firstConsents = () => page.evaluate(() => (window as unknown as { firstConsents: number }).firstConsents)
  await recordEvents(page)
  await page.goto('/test-pages/allowed-later.html', { waitUntil: 'load' })
  expect(await loads()).toBe(0)
  await consentUI(page).bannerButton('acceptAll').click()
  await expect.poll(loads).toBe(1)
  expect(await firstConsents()).toBe(1)

  // The next page: the stored decision is read after the page's code asked isAllowed() (false then).
  await page.reload({ waitUntil: 'networkidle' })
  await expect.poll(loads).toBe(1)
  // A decision there is not the first, though getConsent() was null when the page's code ran.
  await page.evaluate(() => window.Consentry!.acceptAll())
  await expect.poll(async () => (await changeEvents(page)).length).toBe(1)
  expect(await firstConsents()).toBe(0)
  // consentry:consent came again (before consentry:change), and the code it runs had already run.
  expect(await loads()).toBe(1)
  // A withdrawal reloads the page, where it stays refused.
  await Promise.all([page.waitForEvent('load'), page.evaluate(() => window.Consentry!.rejectAll())])
  await expect(consentUI(page).banner).toBeHidden()
  expect(await loads()).toBe(0)
})

// test/browser/pages/allowed-async.html: the same code beside consentry.js loaded async, once in a script
// that runs before it and once in one that runs after it (on load, which waits for async scripts).
test('with consentry.js loaded async, the same code runs on every page the visitor allowed, whether it runs before consentry.js or after', async ({ page }) => {
  const loads = () => page.evaluate(() => (window as unknown as { loads: { before: number; after: number } }).loads)
  await page.goto('/test-pages/allowed-async.html', { waitUntil: 'load' })
  expect(await loads()).toEqual({ before: 0, after: 0 })
  await consentUI(page).bannerButton('acceptAll').click()
  await expect.poll(loads).toEqual({ before: 1, after: 1 })

  // The next page, with consentry.js arriving after the page is parsed: the first script surely runs before it.
  const release = await holdRequests(page, '**/dist/consentry.js')
  await page.reload({ waitUntil: 'domcontentloaded' })
  expect(await loads()).toEqual({ before: 0, after: 0 })
  release()
  await expect.poll(loads).toEqual({ before: 1, after: 1 })
  // A later decision that still allows analytics tells of itself by consentry:consent again: nothing loads twice.
  await page.evaluate(
    () => new Promise<void>((resolve) => (addEventListener('consentry:consent', () => resolve(), { once: true }), window.Consentry!.acceptAll())),
  )
  expect(await loads()).toEqual({ before: 1, after: 1 })
})
