import { test, expect } from './fixtures'
import { getConsent, isAllowed } from './consentry-api'
import { consentUI } from './consent-ui'
import { cookieNames } from './browser-state'
import { demoServices, sortedServices, vendorCookies } from './demo-tags'
import { networkQuiet } from './network'

test('analytics only: Google Analytics and Hotjar load, nothing else, also after a reload', async ({ page, context, thirdPartyRequests }) => {
  const ui = consentUI(page)
  await page.goto('/', { waitUntil: 'networkidle' })
  await ui.bannerButton('preferences').click()
  await expect(ui.dialog).toBeVisible()

  // Nothing is pre-ticked: only `necessary` is on, and it cannot be switched off.
  const switches = ui.dialog.getByRole('switch')
  await expect(switches).toHaveCount(6)
  await expect(ui.categorySwitch('necessary')).toHaveAttribute('aria-checked', 'true')
  await expect(ui.categorySwitch('necessary')).toBeDisabled()
  for (const id of ['functional', 'analytics', 'tracking', 'social', 'advertising']) {
    await expect(ui.categorySwitch(id)).toHaveAttribute('aria-checked', 'false')
  }

  await ui.categorySwitch('analytics').click()
  await expect(ui.categorySwitch('analytics')).toHaveAttribute('aria-checked', 'true')
  await ui.dialogButton('save').click()
  await expect(ui.dialog).toBeHidden()

  const analytics = demoServices({ only: (s) => s.category === 'analytics' }).sort()
  await expect.poll(() => sortedServices(thirdPartyRequests)).toEqual(analytics)
  await networkQuiet(page)
  expect(sortedServices(thirdPartyRequests)).toEqual(analytics)
  await expect.poll(() => cookieNames(context)).toEqual(['consentry', ...vendorCookies(analytics)].sort())
  expect(await getConsent(page)).toMatchObject({
    method: 'custom',
    categories: { necessary: true, functional: false, analytics: true, tracking: false, social: false, advertising: false },
    services: { 'google-analytics': true, hotjar: true, 'facebook-pixel': false, youtube: false },
  })

  thirdPartyRequests.length = 0
  await page.reload({ waitUntil: 'networkidle' })
  await expect.poll(() => sortedServices(thirdPartyRequests)).toEqual(analytics)
  await networkQuiet(page)
  expect(sortedServices(thirdPartyRequests)).toEqual(analytics)
})

test('one service only: Hotjar loads, Google Analytics in the same category does not', async ({ page, context, thirdPartyRequests }) => {
  const ui = consentUI(page)
  await page.goto('/', { waitUntil: 'networkidle' })
  await ui.bannerButton('preferences').click()
  await ui.showServices('analytics')
  await ui.serviceSwitch('Hotjar').click()
  await expect(ui.serviceSwitch('Hotjar')).toHaveAttribute('aria-checked', 'true')
  await expect(ui.serviceSwitch('Google Analytics 4')).toHaveAttribute('aria-checked', 'false')
  await ui.dialogButton('save').click()

  await expect.poll(() => sortedServices(thirdPartyRequests)).toEqual(['hotjar'])
  await networkQuiet(page)
  expect(sortedServices(thirdPartyRequests)).toEqual(['hotjar'])
  // The gtag config snippet, inline and of the same category, must not have run either.
  const gtagConfigRan = await page.evaluate(() =>
    ((window as unknown as { dataLayer?: IArguments[] }).dataLayer ?? []).some((args) => args[0] === 'config'),
  )
  expect(gtagConfigRan).toBe(false)
  expect(await cookieNames(context)).toEqual(['consentry', ...vendorCookies(['hotjar'])].sort())
  expect(await isAllowed(page, 'analytics.hotjar')).toBe(true)
  expect(await isAllowed(page, 'analytics.google-analytics')).toBe(false)

  thirdPartyRequests.length = 0
  await page.reload({ waitUntil: 'networkidle' })
  await expect.poll(() => sortedServices(thirdPartyRequests)).toEqual(['hotjar'])
  await networkQuiet(page)
  expect(sortedServices(thirdPartyRequests)).toEqual(['hotjar'])
})
