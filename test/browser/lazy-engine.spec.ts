import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { consentUI } from './consent-ui'
import { consoleErrors } from './browser-state'
import { getConsent } from './consentry-api'
import { consentryFetches } from './network'

// A first visit on a page with one held-back tag (Hotjar), no declaration and no embed.
const PAGE = '/test-pages/data-config.html'

/** Every request for the decision engine: how many times the page asked for it. */
const engineRequests = (page: Page) => consentryFetches(page, 'consentry-engine.js')

test('a first visit fetches no decision engine until the visitor heads for the banner; then Accept all runs the tag', async ({ page, thirdPartyRequests }) => {
  const engine = engineRequests(page)
  const ui = consentUI(page)
  await page.goto(PAGE, { waitUntil: 'networkidle' })
  await expect(ui.banner).toBeVisible()
  expect(engine.length).toBe(0)

  // The pointer entering the banner starts the fetch, well before a button is pressed.
  await ui.banner.hover({ position: { x: 8, y: 8 } })
  await expect.poll(() => engine.length).toBe(1)
  await ui.bannerButton('acceptAll').click()
  await expect(ui.banner).toBeHidden()
  expect(await getConsent(page)).toMatchObject({ method: 'accept-all', revision: 7, categories: { analytics: true } })
  await expect.poll(() => thirdPartyRequests).toEqual(['https://static.hotjar.com/c/hotjar-1.js?sv=6'])
  expect(engine.length).toBe(1)
})

test('with the keyboard: focus reaching the banner fetches the engine, Enter on Reject all records the refusal', async ({ page, thirdPartyRequests }) => {
  const engine = engineRequests(page)
  const ui = consentUI(page)
  await page.goto(PAGE, { waitUntil: 'networkidle' })
  await expect(ui.banner).toBeVisible()
  await page.keyboard.press('Tab')
  await expect.poll(() => engine.length).toBe(1)
  await ui.bannerButton('rejectAll').focus()
  await page.keyboard.press('Enter')
  await expect(ui.banner).toBeHidden()
  expect(await getConsent(page)).toMatchObject({ method: 'reject-all', categories: { analytics: false } })
  expect(thirdPartyRequests).toEqual([])
})

test('a decision with no warning (a scripted click) waits for the engine, then holds after a reload', async ({ page, thirdPartyRequests }) => {
  const engine = engineRequests(page)
  const ui = consentUI(page)
  await page.goto(PAGE, { waitUntil: 'networkidle' })
  await expect(ui.banner).toBeVisible()
  // element.click() sends no pointer or focus events first: nothing was fetched ahead.
  await ui.bannerButton('acceptAll').evaluate((button: HTMLElement) => button.click())
  await expect(ui.banner).toBeHidden()
  expect(engine.length).toBe(1)
  await expect.poll(() => thirdPartyRequests).toHaveLength(1)
  await page.reload({ waitUntil: 'networkidle' })
  await expect(ui.banner).toHaveCount(0)
  expect((await getConsent(page))?.method).toBe('accept-all')
})

test.describe('on a touch screen', () => {
  // No hover there: the pointer enters the banner with the tap itself, too late to fetch ahead.
  test.use({ hasTouch: true })

  test('the engine comes once the page has loaded, with no interaction, so a tap on Accept all need not wait for it', async ({ page, thirdPartyRequests }) => {
    const engine = engineRequests(page)
    const ui = consentUI(page)
    await page.goto(PAGE, { waitUntil: 'networkidle' })
    await expect(ui.banner).toBeVisible()
    expect(engine.length).toBe(1)
    expect(await getConsent(page)).toBeNull()
    expect(thirdPartyRequests).toEqual([])

    await ui.bannerButton('acceptAll').tap()
    await expect(ui.banner).toBeHidden()
    expect(await getConsent(page)).toMatchObject({ method: 'accept-all', categories: { analytics: true } })
    await expect.poll(() => thirdPartyRequests).toEqual(['https://static.hotjar.com/c/hotjar-1.js?sv=6'])
    expect(engine.length).toBe(1)
  })
})

test('an engine that cannot be fetched changes nothing: the banner stays, the tag stays blocked, the console says why', async ({ page, thirdPartyRequests }) => {
  await page.route('**/dist/consentry-engine.js', (route) => route.fulfill({ status: 404, body: '' }))
  const errors = consoleErrors(page)
  const ui = consentUI(page)
  await page.goto(PAGE, { waitUntil: 'networkidle' })
  await ui.bannerButton('acceptAll').click()
  await expect.poll(() => errors.join('\n')).toContain('[consentry] could not load the consent engine (could not load')
  await expect(ui.banner).toBeVisible()
  expect(await getConsent(page)).toBeNull()
  expect(await page.context().cookies()).toEqual([])
  expect(thirdPartyRequests).toEqual([])
})
