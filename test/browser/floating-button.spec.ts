import { test, expect } from './fixtures'
import { consoleErrors } from './browser-state'
import { consentUI } from './consent-ui'
import { getConsent } from './consentry-api'
import { consentryFetches, networkQuiet } from './network'

// The floating button is a file of its own, consentry-button.js, fetched once a decision exists.

test('a first visit fetches no floating button until the visitor decides; then it comes, once, and opens the choices', async ({ page }) => {
  const ui = consentUI(page)
  const buttonFetches = consentryFetches(page, 'consentry-button')
  await page.goto('/', { waitUntil: 'networkidle' })
  await expect(ui.banner).toBeVisible()
  await networkQuiet(page)
  expect(buttonFetches).toEqual([])
  await expect(ui.reopenButton).toHaveCount(0)

  await ui.bannerButton('rejectAll').click()
  await expect(ui.reopenButton).toBeVisible()
  // For people to look at: the button where a visitor meets it, in the page's bottom corner.
  const { height } = page.viewportSize()!
  await page.screenshot({ path: 'screenshots/floating-button.png', clip: { x: 0, y: height - 140, width: 360, height: 140 } })
  await ui.reopenButton.click()
  await expect(ui.dialog).toBeVisible()
  expect(buttonFetches).toEqual(['consentry-button.js'])
})

test('a button file that cannot be fetched is said on the console; the decision stands and the footer link still opens the choices', async ({ page }) => {
  await page.route('**/dist/consentry-button.js', (route) => route.fulfill({ status: 404, body: '' }))
  const errors = consoleErrors(page)
  const ui = consentUI(page)
  await page.goto('/', { waitUntil: 'networkidle' })
  await ui.bannerButton('acceptAll').click()
  await expect.poll(() => errors.join('\n')).toMatch(/\[consentry\] could not load http:\/\/[^ ]+\/dist\/consentry-button\.js: no floating button on this page/)
  expect(await getConsent(page)).toMatchObject({ method: 'accept-all' })
  await expect(ui.reopenButton).toHaveCount(0)
  await page.getByRole('contentinfo').getByRole('link', { name: 'Cookie-instellingen' }).click()
  await expect(ui.dialog).toBeVisible()
})

test('ui.reopenButton: false never fetches the button file', async ({ page }) => {
  await page.route('**/test-pages/consent-config.json', async (route) => {
    const response = await route.fetch()
    await route.fulfill({ response, json: { ...(await response.json()), ui: { reopenButton: false } } })
  })
  const ui = consentUI(page)
  const ownFiles = consentryFetches(page)
  await page.goto('/test-pages/data-config.html', { waitUntil: 'networkidle' })
  await ui.bannerButton('acceptAll').click()
  // The decision waits for the engine: recorded before the reload, and still there after it.
  await expect.poll(() => getConsent(page)).toMatchObject({ method: 'accept-all' })
  await page.reload({ waitUntil: 'networkidle' })
  await networkQuiet(page)
  expect(await getConsent(page)).toMatchObject({ method: 'accept-all' })
  // The engine came for the decision; the button file never did.
  expect(ownFiles).toContain('consentry-engine.js')
  expect(ownFiles).not.toContain('consentry-button.js')
  await expect(ui.reopenButton).toHaveCount(0)
})
