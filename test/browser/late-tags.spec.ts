import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { callApi, getConsent } from './consentry-api'
import { consentUI } from './consent-ui'
import { stubsRan } from './browser-state'
import { networkQuiet } from './network'
import { placeholderIn } from './placeholders'

// What a single-page app does on a route change: it renders held-back tags long after the page was parsed.
const LATE_TAGS = `
  <script type="text/plain" data-category="advertising" data-service="facebook-pixel">window.lateRuns = (window.lateRuns || 0) + 1</script>
  <img data-src="https://www.facebook.com/tr?id=late" data-category="advertising" data-service="facebook-pixel" alt="">
  <iframe data-src="https://www.youtube-nocookie.com/embed/late" data-category="social" data-service="youtube" title="Later video" width="320" height="180"></iframe>`

const LATE_REQUESTS = ['https://www.facebook.com/tr?id=late', 'https://www.youtube-nocookie.com/embed/late']

async function renderRoute(page: Page): Promise<void> {
  await page.evaluate((html) => {
    const route = document.createElement('section')
    route.id = 'route'
    route.innerHTML = html
    document.querySelector('main')!.append(route)
  }, LATE_TAGS)
}

const lateRuns = (page: Page) => page.evaluate(() => (window as { lateRuns?: number }).lateRuns ?? 0)
const lateRequests = (requests: string[]) => requests.filter((url) => LATE_REQUESTS.includes(url)).sort()

test('tags an app renders after the page was parsed run once each, when allowed', async ({ page, thirdPartyRequests }) => {
  await page.goto('/', { waitUntil: 'networkidle' })
  await callApi(page, 'acceptAll')
  await expect.poll(async () => (await stubsRan(page)).length).toBe(4)

  await renderRoute(page)
  await expect.poll(() => lateRuns(page)).toBe(1)
  await expect.poll(() => lateRequests(thirdPartyRequests)).toEqual(LATE_REQUESTS)
  await expect(page.locator('#route iframe')).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/late')
  await networkQuiet(page)
  expect(await lateRuns(page)).toBe(1)
  expect(lateRequests(thirdPartyRequests)).toEqual(LATE_REQUESTS)
})

test('tags an app renders later stay held back without consent; the video gets its placeholder', async ({ page, thirdPartyRequests }) => {
  await page.goto('/', { waitUntil: 'networkidle' })
  await consentUI(page).bannerButton('rejectAll').click()
  await expect(consentUI(page).banner).toBeHidden()

  await renderRoute(page)
  await expect(placeholderIn(page.locator('#route iframe'))).toHaveAccessibleName('Inhoud van YouTube geblokkeerd')
  await networkQuiet(page)
  expect(await lateRuns(page)).toBe(0)
  expect(lateRequests(thirdPartyRequests)).toEqual([])
})

test('a cookie declaration an app renders later is filled in on a page that had no banner to show', async ({ page }) => {
  await page.goto('/', { waitUntil: 'networkidle' })
  await callApi(page, 'rejectAll')
  await expect.poll(() => getConsent(page)).toMatchObject({ method: 'reject-all' })
  await page.reload({ waitUntil: 'networkidle' })
  await expect(consentUI(page).reopenButton).toBeVisible()

  await page.evaluate(() => document.querySelector('main')!.insertAdjacentHTML('beforeend', '<div data-consentry="declaration"></div>'))
  const declaration = page.locator('[data-consentry="declaration"] > .cy-decl')
  await expect(declaration.getByRole('heading', { level: 3, name: 'Analyse' })).toBeVisible()
  await expect(declaration.getByRole('table').first()).toBeVisible()
})
