import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { consentUI } from './consent-ui'
import { consoleErrors } from './browser-state'
import { getConsent } from './consentry-api'
import { recordLayoutShifts } from './layout-shifts'
import { consentryFetches, holdRequests } from './network'

// A first visit on a page with no cookie declaration and no embed: the banner alone.
const PAGE = '/test-pages/data-config.html'

/** Every request for the dialog chunk's files, in order. */
const dialogRequests = (page: Page) => consentryFetches(page, 'consentry-dialog.')

test('the first visit fetches no dialog chunk until the visitor heads for the choices; then the preferences work', async ({ page }) => {
  const requested = dialogRequests(page)
  const ui = consentUI(page)
  await page.goto(PAGE, { waitUntil: 'networkidle' })
  await expect(ui.banner).toBeVisible()
  expect(requested).toEqual([])

  // Pointing at the button is enough to start fetching, so the click finds it (nearly) there.
  await ui.bannerButton('preferences').hover()
  await expect.poll(() => [...requested].sort()).toEqual(['consentry-dialog.css', 'consentry-dialog.en.js'])

  await ui.bannerButton('preferences').click()
  await expect(ui.dialog).toBeVisible()
  await expect(ui.dialog).toBeFocused()
  await expect(ui.banner).toBeHidden()
  // Styled by consentry-dialog.css.
  await expect(ui.dialog).toHaveCSS('display', 'flex')
  await ui.categorySwitch('analytics').click()
  await ui.dialogButton('save').click()
  await expect(ui.dialog).toBeHidden()
  expect(await getConsent(page)).toMatchObject({ method: 'custom', categories: { analytics: true, advertising: false } })
  expect(requested).toHaveLength(2)
})

test('with the keyboard: focus on the choices fetches the chunk, Enter opens it, Escape goes back to the banner', async ({ page }) => {
  const requested = dialogRequests(page)
  const ui = consentUI(page)
  await page.goto(PAGE, { waitUntil: 'networkidle' })
  await expect(ui.banner).toBeVisible()
  expect(requested).toEqual([])

  await ui.bannerButton('preferences').focus()
  await expect.poll(() => requested).toContain('consentry-dialog.en.js')
  await page.keyboard.press('Enter')
  await expect(ui.dialog).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(ui.banner).toBeVisible()
  await expect(ui.bannerButton('preferences')).toBeFocused()
})

test('a dialog chunk that is already on the page (fetched early) is used, not fetched again', async ({ page }) => {
  // As the core may do when it already knows the preferences are wanted: the chunk runs before the UI chunk.
  await page.route('**' + PAGE, async (route) => {
    const response = await route.fetch()
    const html = (await response.text()).replace('<script src="/dist/consentry.js"', '<script src="/dist/consentry-dialog.en.js"></script>\n  $&')
    await route.fulfill({ response, body: html })
  })
  const requested = dialogRequests(page)
  const ui = consentUI(page)
  await page.goto(PAGE, { waitUntil: 'load' })
  expect(await page.evaluate(() => typeof (window as { ConsentryDialog?: unknown }).ConsentryDialog)).toBe('object')

  await ui.bannerButton('preferences').click()
  await expect(ui.dialog).toBeVisible()
  await expect(ui.dialog).toBeFocused()
  expect(requested.filter((file) => file == 'consentry-dialog.en.js')).toHaveLength(1)
})

test('a dialog stylesheet that does not load leaves the banner up and says why', async ({ page }) => {
  await page.route('**/dist/consentry-dialog.css', (route) => route.fulfill({ status: 404, body: '' }))
  const errors = consoleErrors(page)
  const ui = consentUI(page)
  await page.goto(PAGE, { waitUntil: 'networkidle' })
  await ui.bannerButton('preferences').click()
  await expect.poll(() => errors.join('\n')).toContain('[consentry] could not load the preferences (could not load ')
  await expect(ui.banner).toBeVisible()
  await expect(ui.dialog).toBeHidden()
  await ui.bannerButton('rejectAll').click()
  await expect(ui.banner).toBeHidden()
  expect(await getConsent(page)).toMatchObject({ method: 'reject-all' })
})

test('a returning visitor whose preferences cannot load gets the banner instead, and can still take everything back', async ({ page }) => {
  const ui = consentUI(page)
  await page.goto(PAGE, { waitUntil: 'networkidle' })
  await ui.bannerButton('acceptAll').click()
  // Stored (the engine may still have been on its way at the click) before the next page.
  await expect.poll(() => getConsent(page)).toMatchObject({ method: 'accept-all' })
  await page.route('**/dist/consentry-dialog.*.js', (route) => route.fulfill({ status: 404, body: '' }))
  const errors = consoleErrors(page)
  await page.reload({ waitUntil: 'networkidle' })
  await ui.reopenButton.click()
  await expect.poll(() => errors.join('\n')).toContain('[consentry] could not load the preferences (could not load ')
  await expect(ui.banner).toBeVisible()
  await expect(ui.dialog).toBeHidden()
  // A withdrawal: the page reloads (reloadOnWithdrawal by default), and reads it back.
  const reloaded = page.waitForEvent('load')
  await ui.bannerButton('rejectAll').click()
  await reloaded
  await expect(ui.banner).toBeHidden()
  await expect.poll(() => getConsent(page)).toMatchObject({ method: 'withdrawal', categories: { analytics: false, advertising: false } })
})

test('a consentry.css that does not load shows no unstyled banner, nothing runs, and the console names the file', async ({ page, thirdPartyRequests }) => {
  await page.route('**/dist/consentry.css', (route) => route.fulfill({ status: 404, body: '' }))
  const errors = consoleErrors(page)
  await page.goto('/', { waitUntil: 'networkidle' })
  // Rendered, but hidden: only consentry.css shows it.
  const banner = page.locator('.cy-banner')
  await expect(banner).toHaveCount(1)
  await expect(banner).toBeHidden()
  expect(thirdPartyRequests).toEqual([])
  expect(await getConsent(page)).toBeNull()
  // Else a site whose stylesheet URL is wrong would never learn why nobody is asked.
  await expect.poll(() => errors.join('\n')).toMatch(/\[consentry\] could not load http:\/\/[^ ]+\/dist\/consentry\.css: what it styles stays hidden\./)
})

test('ui.dialogStylesheet names the dialog stylesheet to link instead', async ({ page }) => {
  const custom = '/dist/consentry-dialog.css?site=own'
  await page.route('**/test-pages/consent-config.json', async (route) => {
    const response = await route.fetch()
    await route.fulfill({ response, json: { ...(await response.json()), ui: { dialogStylesheet: custom } } })
  })
  const ui = consentUI(page)
  await page.goto(PAGE, { waitUntil: 'networkidle' })
  await ui.bannerButton('preferences').click()
  await expect(ui.dialog).toBeVisible()
  const links = await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].map((l) => new URL(l.href).pathname + new URL(l.href).search))
  expect(links).toEqual(['/dist/consentry.css', custom])
})

test('a late dialog stylesheet shifts nothing: the banner stays up until the styled dialog replaces it', async ({ page }) => {
  const release = await holdRequests(page, '**/dist/consentry-dialog.css')
  const layoutShifts = await recordLayoutShifts(page)
  const ui = consentUI(page)
  await page.goto(PAGE, { waitUntil: 'networkidle' })
  const heading = page.locator('h1')
  const before = await heading.boundingBox()
  await ui.bannerButton('preferences').click()
  await page.waitForTimeout(300)
  await expect(ui.banner).toBeVisible()
  await expect(ui.dialog).toHaveCount(0)
  release()
  await expect(ui.dialog).toBeFocused()
  expect(await heading.boundingBox()).toEqual(before)
  expect(await layoutShifts()).toEqual([])
})

test('the dialog chunk comes in the visitor\'s language only: Dutch for the Dutch demo', async ({ page }) => {
  const requested = dialogRequests(page)
  const ui = consentUI(page)
  // The demo's home page is Dutch, and its held-back video needs the dialog chunk at once.
  await page.goto('/', { waitUntil: 'networkidle' })
  await expect.poll(() => [...requested].sort()).toEqual(['consentry-dialog.css', 'consentry-dialog.nl.js'])
  await ui.bannerButton('preferences').click()
  await expect(ui.dialog).toBeVisible()
  await expect(ui.dialog.getByRole('button', { name: 'Keuzes opslaan' })).toBeVisible()
})

test('a language the site adds itself gets the English dialog chunk, which fills in what the site left out', async ({ page }) => {
  await page.route('**/test-pages/consent-config.json', async (route) => {
    const response = await route.fetch()
    const config = { ...(await response.json()), language: 'it', translations: { it: { save: 'Salva le scelte' } } }
    await route.fulfill({ response, json: config })
  })
  const requested = dialogRequests(page)
  const ui = consentUI(page)
  await page.goto(PAGE, { waitUntil: 'networkidle' })
  await ui.bannerButton('preferences').click()
  await expect(ui.dialog).toBeVisible()
  expect([...requested].sort()).toEqual(['consentry-dialog.css', 'consentry-dialog.en.js'])
  await expect(ui.dialog.getByRole('button', { name: 'Salva le scelte' })).toBeVisible()
  await expect(ui.dialog.getByRole('heading', { name: 'Privacy preferences' })).toBeVisible()
})
