import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { consentUI } from './consent-ui'
import { holdRequests } from './network'

/** How often the app's effect loaded what social media allows (at most once per page). */
const widgetLoads = (page: Page) => page.evaluate(() => (window as unknown as { widgetLoads: number }).widgetLoads)

// test/browser/pages/app-consent-state.html: a React app on the script build renders the decision
// through useSyncExternalStore, as React documents for an external store, subscribed to the
// consentry:consent and consentry:forget events (the README's way there), and an effect loads what social media allows.
// React asks for the snapshot on every render and checks that it is the same object while
// nothing changed; a new one each time renders without end and takes the app down.
test('a React app on the script build renders the decision with useSyncExternalStore, and loads what it allows, on the first visit and the next', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => void (message.type() == 'error' && errors.push(message.text())))
  const state = page.locator('#consent-state')
  const ui = consentUI(page)

  await page.goto('/test-pages/app-consent-state.html', { waitUntil: 'networkidle' })
  await expect(state).toHaveText('no decision yet')
  await ui.bannerButton('acceptAll').click()
  await expect(state).toHaveText('accept-all, social true')
  expect(await widgetLoads(page)).toBe(1)

  await page.reload({ waitUntil: 'networkidle' })
  await expect(state).toHaveText('accept-all, social true')
  expect(await widgetLoads(page)).toBe(1)
  // A withdrawal reloads the page (reloadOnWithdrawal), which renders the new decision.
  await page.evaluate(() => window.Consentry!.rejectAll())
  await expect(state).toHaveText('withdrawal, social false')
  expect(errors).toEqual([])
})

test('a React app on the script build that keeps its page follows a reset() too: it shows no decision', async ({ page }) => {
  await page.route('**/test-pages/app-config.js', async (route) => {
    const response = await route.fetch()
    await route.fulfill({ response, body: (await response.text()).replace("ui: { theme: 'light' },", "ui: { theme: 'light' }, reloadOnWithdrawal: false,") })
  })
  const state = page.locator('#consent-state')
  await page.goto('/test-pages/app-consent-state.html', { waitUntil: 'networkidle' })
  await consentUI(page).bannerButton('acceptAll').click()
  await expect(state).toHaveText('accept-all, social true')
  await page.evaluate(() => window.Consentry!.reset())
  await expect(state).toHaveText('no decision yet')
})

// The same page in the two set-ups the README offers where Consentry starts after the app has
// rendered: consentry.js loaded `async`, and the config in a JSON file (`data-config`). The file
// that starts it is held until the app has rendered, so it arrives late on any machine.
const startsLate = {
  async: { from: '<script src="/dist/consentry.js">', to: '<script async src="/dist/consentry.js">', held: '**/dist/consentry.js' },
  'data-config': {
    from: '<script src="app-config.js"></script>\n  <script src="/dist/consentry.js">',
    to: '<script src="/dist/consentry.js" data-config="app-config.json">',
    held: '**/test-pages/app-config.json',
  },
}
for (const [setUp, { from, to, held }] of Object.entries(startsLate)) {
  test(`a React app on the script build follows the decision, and loads what it allows, also where Consentry starts after it rendered (${setUp})`, async ({ page }) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => void (message.type() == 'error' && errors.push(message.text())))
    await page.route('**/app-consent-state.html', async (route) => {
      const response = await route.fetch()
      const html = await response.text()
      expect(html).toContain(from)
      await route.fulfill({ response, body: html.replace(from, to) })
    })
    const state = page.locator('#consent-state')

    await page.goto('/test-pages/app-consent-state.html', { waitUntil: 'networkidle' })
    await consentUI(page).bannerButton('acceptAll').click()
    await expect(state).toHaveText('accept-all, social true')
    expect(await widgetLoads(page)).toBe(1)

    // The next page: the app renders before Consentry has read the stored decision.
    const release = await holdRequests(page, held)
    await page.reload({ waitUntil: 'domcontentloaded' })
    await expect(state).toHaveText('no decision yet')
    expect(await widgetLoads(page)).toBe(0)
    release()
    await expect(state).toHaveText('accept-all, social true')
    await expect.poll(() => widgetLoads(page)).toBe(1)
    expect(errors).toEqual([])
  })
}

// test/browser/pages/react-module-state.html: the same component in an app on the ES module, whose server
// rendered no decision, with init in the app's entry before hydrateRoot (README, "In an app").
test('a server-rendered React app on the ES module hydrates without a mismatch, then shows the decision, on the first visit and the next, and no decision after a reset()', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => void (/error|warning/.test(message.type()) && errors.push(message.text())))
  const state = page.locator('#consent-state')

  await page.goto('/test-pages/react-module-state.html', { waitUntil: 'networkidle' })
  await expect(state).toHaveText('no decision yet')
  await consentUI(page).bannerButton('rejectAll').click()
  await expect(state).toHaveText('reject-all, social false')

  await page.reload({ waitUntil: 'networkidle' })
  await expect(state).toHaveText('reject-all, social false')
  // A reset() of a decision that allowed nothing keeps the page (nothing to take back): the app shows no decision.
  await page.evaluate(() => (window as unknown as { forgetConsent(): void }).forgetConsent())
  await expect(consentUI(page).banner).toBeVisible()
  await expect(state).toHaveText('no decision yet')
  expect(errors).toEqual([])
})
