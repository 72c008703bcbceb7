import { consoleErrors } from './browser-state'
import { consentUI } from './consent-ui'
import { test, expect } from './fixtures'
import { consentryFetches, networkQuiet } from './network'

// The npm package's ES module, run by Chromium itself: an import map stands in for the
// bundler (test-pages/npm-app.html). Its chunks are named as a bundler names them,
// `chunks/<name>-<hash>.mjs`; compared here by name.
const chunkNames = (files: string[]) => files.map((file) => file.replace(/^chunks\//, '').replace(/-[\w-]{8}\.mjs$/, ''))
const STRINGS = /^(de|en|fr|nl)(-banner)?$/

test('the ES module shows the banner and the preferences in the visitor\'s language, fetching that language\'s strings only', async ({ page }) => {
  const chunks = consentryFetches(page, 'chunks/')
  const ui = consentUI(page)
  await page.goto('/test-pages/npm-app.html?lang=de-AT', { waitUntil: 'networkidle' })
  await expect(page.getByRole('region', { name: 'Cookies auf Module shop' })).toBeVisible()
  // The banner's chunk and its strings, side by side: no chunk that one of them would only ask for once it has arrived.
  expect(chunkNames(chunks).sort()).toEqual(['de-banner', 'index', 'module'])

  await ui.bannerButton('preferences').click()
  await expect(page.getByRole('dialog', { name: 'Privatsphäre-Einstellungen' })).toBeVisible()
  await networkQuiet(page)
  expect(chunkNames(chunks).filter((name) => STRINGS.test(name)).sort()).toEqual(['de', 'de-banner'])

  await ui.categorySwitch('analytics').click()
  await ui.dialogButton('save').click()
  await expect(ui.dialog).toBeHidden()
  const decided = await page.evaluate(() => (window as unknown as { decided: { language: string; categories: Record<string, boolean> } }).decided)
  expect(decided.language).toBe('de')
  expect(decided.categories.analytics).toBe(true)
  // A config without problems never fetches the words that explain them.
  expect(chunkNames(chunks)).not.toContain('messages')
})

test('the ES module fetches the floating button\'s chunk only once the visitor decides; the button then opens the choices', async ({ page }) => {
  const chunks = consentryFetches(page, 'chunks/')
  const ui = consentUI(page)
  await page.goto('/test-pages/npm-app.html', { waitUntil: 'networkidle' })
  await expect(ui.banner).toBeVisible()
  await networkQuiet(page)
  expect(chunkNames(chunks)).not.toContain('reopen-button')

  await ui.bannerButton('rejectAll').click()
  await expect(ui.reopenButton).toBeVisible()
  await ui.reopenButton.click()
  await expect(ui.dialog).toBeVisible()
  expect(chunkNames(chunks).filter((name) => name == 'reopen-button')).toHaveLength(1)
})

test('the ES module explains a config problem with words it fetches only then', async ({ page }) => {
  const chunks = consentryFetches(page, 'chunks/')
  const errors = consoleErrors(page)
  await page.goto('/test-pages/npm-app.html?lang=de_DE')
  await expect.poll(() => errors).toContain('[consentry] config.language: expected a language tag such as "nl" or "de-AT" (with a hyphen), got "de_DE".')
  expect(chunkNames(chunks)).toContain('messages')
})

test('the ES module falls back to English strings for a language it has none of', async ({ page }) => {
  const chunks = consentryFetches(page, 'chunks/')
  await page.goto('/test-pages/npm-app.html?lang=it', { waitUntil: 'networkidle' })
  await expect(page.getByRole('region', { name: 'Cookies on Module shop' })).toBeVisible()
  expect(chunkNames(chunks).filter((name) => STRINGS.test(name))).toEqual(['en-banner'])
})

test('an app that forgot the stylesheet is told so on the console, as its banner stays hidden', async ({ page }) => {
  const errors = consoleErrors(page)
  // Loaded, but without Consentry's rules: as in an app that never imported consentry/styles.css.
  await page.route('**/dist/styles.css', (route) => route.fulfill({ contentType: 'text/css', body: 'h1 { color: teal }' }))
  await page.goto('/test-pages/npm-app.html')
  await expect(page.locator('.cy-root')).toBeHidden()
  await expect.poll(() => errors, { timeout: 5000 }).toEqual([
    "[consentry] the consent banner is hidden because its stylesheet is missing: import 'consentry/styles.css' in the app, or name one in ui.stylesheet.",
  ])
})

test('an app with the stylesheet hears nothing of it', async ({ page }) => {
  const errors = consoleErrors(page)
  await page.goto('/test-pages/npm-app.html', { waitUntil: 'load' })
  await expect(consentUI(page).banner).toBeVisible()
  await page.waitForTimeout(1500)
  expect(errors).toEqual([])
})
