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
