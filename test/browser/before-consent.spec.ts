import { test, expect } from './fixtures'
import { getConsent } from './consentry-api'
import { consentUI } from './consent-ui'
import { cookieNames, storageKeys } from './browser-state'
import { networkQuiet } from './network'

const DEMO_PAGES = ['/', '/prijzen.html', '/privacy.html', '/en/', '/en/pricing.html', '/en/privacy.html']

for (const path of DEMO_PAGES) {
  test(`${path}: before any choice no third party is contacted and nothing is stored`, async ({ page, context, thirdPartyRequests }) => {
    await page.goto(path, { waitUntil: 'networkidle' })

    await expect(consentUI(page).banner).toBeVisible()
    expect(thirdPartyRequests).toEqual([])
    expect(await cookieNames(context)).toEqual([])
    expect(await storageKeys(page)).toEqual([])
    expect(await getConsent(page)).toBeNull()
    // The held-back tags are still inert.
    expect(await page.locator('link[data-href]:not([href])').count()).toBe(2)
    expect(await page.locator('script[type="text/plain"][data-category]').count()).toBe(5)
  })
}

test('scrolling, closing the banner and moving on are not consent', async ({ page, context, thirdPartyRequests }) => {
  const ui = consentUI(page)
  await page.goto('/', { waitUntil: 'networkidle' })
  await page.mouse.wheel(0, 4000)
  await page.getByRole('heading', { level: 1 }).click()
  await ui.bannerButton('close').click()
  await expect(ui.banner).toBeHidden()
  await networkQuiet(page)
  expect(await getConsent(page)).toBeNull()

  await page.getByRole('navigation').getByRole('link', { name: 'Prijzen' }).click()
  await page.waitForLoadState('networkidle')
  await expect(ui.banner).toBeVisible()
  expect(thirdPartyRequests).toEqual([])
  expect(await cookieNames(context)).toEqual([])
})

test('a tag marked necessary runs at once, before any decision, as the page needs it; the others wait', async ({ page, thirdPartyRequests }) => {
  await page.route('**/test-pages/tags.html', async (route) => {
    const response = await route.fetch()
    const html = (await response.text()).replace(
      '</head>',
      `<script type="text/plain" data-category="necessary">window.necessaryRan = Consentry.isAllowed('necessary')</script>\n</head>`,
    )
    await route.fulfill({ response, body: html })
  })
  await page.goto('/test-pages/tags.html', { waitUntil: 'networkidle' })
  await expect(consentUI(page).banner).toBeVisible()
  expect(await page.evaluate(() => (window as unknown as { necessaryRan?: boolean }).necessaryRan)).toBe(true)
  expect(thirdPartyRequests).toEqual([])
  expect(await getConsent(page)).toBeNull()
})
