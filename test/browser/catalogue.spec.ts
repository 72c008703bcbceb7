import type { Page } from '@playwright/test'
import type { LocalizedText } from '../../src/core/types'
import { BUILT_IN_LANGUAGES } from '../../src/core/language'
import { catalogue } from '../../src/services/registry'
import { consentUI } from './consent-ui'
import { getConsent, isAllowed } from './consentry-api'
import { consoleErrors } from './browser-state'
import { test, expect } from './fixtures'
import { consentryFetches, holdRequests } from './network'

// A config that names services by id: the core fetches the catalogue's facts
// (consentry-services.js), and the words the preferences and the declaration
// show come, in the visitor's language, only with them.
const googleAnalytics = catalogue['google-analytics']()
const hotjar = catalogue.hotjar()
// The fixture's own purpose for Hotjar (catalogue.html), in English and Dutch only: other languages read the English.
const OWN_HOTJAR_PURPOSE = { en: 'Our own heatmaps', nl: 'Onze eigen heatmaps' }
const ownHotjarPurpose = (lang: string) => (lang == 'nl' ? OWN_HOTJAR_PURPOSE.nl : OWN_HOTJAR_PURPOSE.en)
const inLanguage = (text: LocalizedText | undefined, lang: string) => (typeof text == 'object' ? text[lang] : text) || ''

const catalogueRequests = (page: Page) => consentryFetches(page, 'consentry-services')

for (const lang of BUILT_IN_LANGUAGES) {
  test(`services named by id (${lang}): the banner needs none of the catalogue; the preferences show their words in ${lang}`, async ({ page }) => {
    const requested = catalogueRequests(page)
    const ui = consentUI(page)
    await page.goto(`/test-pages/catalogue.html?lang=${lang}`, { waitUntil: 'networkidle' })
    await expect(ui.banner).toBeVisible()
    // Fetched only once the visitor heads for a choice: a visitor who reads on never pays for it.
    expect(requested).toEqual([])

    await ui.bannerButton('preferences').click()
    await expect(ui.dialog).toBeVisible()
    expect(requested).toEqual(['consentry-services.js', `consentry-services.${lang}.js`])
    await ui.showServices('analytics')
    const service = (name: string) => ui.dialog.locator('.cy-service').filter({ has: page.getByRole('heading', { name, exact: true }) })
    await expect(service('Google Analytics').locator('.cy-desc')).toContainText(
      `${googleAnalytics.provider} · ${inLanguage(googleAnalytics.purpose, lang)}`,
    )
    // The site's own purpose wins; the provider still comes from the catalogue.
    await expect(service('Hotjar').locator('.cy-desc')).toContainText(`${hotjar.provider} · ${ownHotjarPurpose(lang)}`)
    const durations = service('Hotjar').getByRole('row').filter({ has: page.getByRole('rowheader', { name: '_hjSession_*', exact: true }) })
    await expect(durations.getByRole('cell').last()).toHaveText(inLanguage(hotjar.cookies![1].duration, lang))

    // Choices made here still count for the catalogued services.
    await ui.categorySwitch('analytics').click()
    await ui.dialogButton('save').click()
    await expect(ui.dialog).toBeHidden()
    expect(await isAllowed(page, 'analytics.hotjar')).toBe(true)
  })
}

test('services named by id: the banner does not wait for the catalogue; the preferences do, and then show its services and words', async ({ page }) => {
  const release = await holdRequests(page, '**/dist/consentry-services.js')
  const requested = catalogueRequests(page)
  const ui = consentUI(page)
  // Not until load: the held file holds the load event back too.
  await page.goto('/test-pages/catalogue.html?lang=en', { waitUntil: 'domcontentloaded' })
  // The banner names categories only: it is up before the catalogue is even asked for.
  await expect(ui.banner).toBeVisible()
  expect(requested).toEqual([])
  await ui.bannerButton('preferences').hover()
  await expect.poll(() => requested).toEqual(['consentry-services.js'])
  await ui.bannerButton('preferences').click()
  release()
  await expect(ui.dialog).toBeVisible()
  await ui.showServices('analytics')
  await expect(ui.dialog).toContainText(`${googleAnalytics.provider} · ${inLanguage(googleAnalytics.purpose, 'en')}`)
  expect(requested).toEqual(['consentry-services.js', 'consentry-services.en.js'])
})

test('services named by id: a cookie declaration shows their words, and the preferences keep working if the words fail to load', async ({ page }) => {
  await page.goto('/test-pages/catalogue.html?lang=nl&declaration=1')
  const declaration = page.locator('[data-consentry="declaration"] .cy-decl')
  const linkedin = catalogue['linkedin-insight']()
  await expect(declaration).toContainText(linkedin.provider!)
  await expect(declaration).toContainText(inLanguage(linkedin.purpose, 'nl'))

  await page.route('**/dist/consentry-services.en.js', (route) => route.abort())
  await page.goto('/test-pages/catalogue.html?lang=en')
  const ui = consentUI(page)
  await ui.bannerButton('preferences').click()
  await expect(ui.dialog).toBeVisible()
  await ui.showServices('analytics')
  await expect(ui.serviceSwitch('Google Analytics')).toBeVisible()
  await expect(ui.dialog).not.toContainText(googleAnalytics.provider!)
})

test('services named by id: a catalogue that does not load refuses none of them; the decision counts for them by category, and the console names the file', async ({ page }) => {
  await page.route('**/dist/consentry-services.js', (route) => route.abort())
  const errors = consoleErrors(page)
  await page.goto('/test-pages/catalogue.html')
  await consentUI(page).bannerButton('acceptAll').click()
  await expect.poll(() => getConsent(page)).toMatchObject({ method: 'accept-all', categories: { analytics: true } })
  expect((await getConsent(page))?.services).toEqual({})
  expect(await isAllowed(page, 'analytics.google-analytics')).toBe(true)
  expect(await isAllowed(page, 'analytics.hotjar')).toBe(true)
  // Worded by consentry-messages.js, fetched only once the catalogue fails: it may come after the decision.
  await expect.poll(() => errors.filter((message) => message.startsWith('[consentry]'))).toEqual([
    expect.stringMatching(/^\[consentry\] could not load .*\/consentry-services\.js: the services named by id are left out of the choices\.$/),
  ])
})

test('services named by id: a returning visitor’s page fetches no catalogue until the preferences open', async ({ page }) => {
  const ui = consentUI(page)
  await page.goto('/test-pages/catalogue.html')
  await ui.bannerButton('acceptAll').click()
  await expect(ui.reopenButton).toBeVisible()

  const requested = catalogueRequests(page)
  await page.reload({ waitUntil: 'networkidle' })
  await expect(ui.reopenButton).toBeVisible()
  expect(await isAllowed(page, 'analytics.google-analytics')).toBe(true)
  expect(requested).toEqual([])

  // The preferences need the services: facts and words come then, and list them.
  await ui.reopenButton.click()
  await expect(ui.dialog).toBeVisible()
  expect(requested).toEqual(['consentry-services.js', 'consentry-services.en.js'])
  await ui.showServices('analytics')
  await expect(ui.serviceSwitch('Google Analytics')).toBeChecked()
  await expect(ui.dialog).toContainText(googleAnalytics.provider!)
})

test('services named by id: on a returning visit the preferences fetch the catalogue beside the banner chunk, not after it', async ({ page }) => {
  const ui = consentUI(page)
  await page.goto('/test-pages/catalogue.html')
  await ui.bannerButton('acceptAll').click()
  await expect(ui.reopenButton).toBeVisible()
  await page.reload()
  await expect(ui.reopenButton).toBeVisible()

  // A round trip saved on a phone: the catalogue is asked for while the banner chunk is still on its way.
  const releaseUI = await holdRequests(page, '**/dist/consentry-ui.*.js')
  const requested = consentryFetches(page)
  await ui.reopenButton.click()
  const scripts = () => requested.filter((file) => file.endsWith('.js'))
  await expect.poll(scripts).toEqual(['consentry-ui.en.js', 'consentry-services.js'])
  releaseUI()
  await expect(ui.dialog).toBeVisible()
  await ui.showServices('analytics')
  await expect(ui.dialog).toContainText(googleAnalytics.provider!)
})
