import { test, expect } from './fixtures'
import { getConsent } from './consentry-api'
import { consentUI } from './consent-ui'
import { cookieNames, storageKeys } from './browser-state'
import { networkQuiet } from './network'

test('Reject all: nothing loads, not after a reload nor on the next page, and the banner stays away', async ({ page, context, thirdPartyRequests }) => {
  const ui = consentUI(page)
  await page.goto('/', { waitUntil: 'networkidle' })
  await ui.bannerButton('rejectAll').click()

  await expect(ui.banner).toBeHidden()
  const consent = await getConsent(page)
  expect(consent).toMatchObject({
    method: 'reject-all',
    categories: { necessary: true, functional: false, analytics: false, tracking: false, social: false, advertising: false },
  })
  expect(Object.values(consent!.services).filter(Boolean)).toEqual([])
  await networkQuiet(page)
  expect(thirdPartyRequests).toEqual([])
  expect(await cookieNames(context)).toEqual(['consentry'])

  await page.reload({ waitUntil: 'networkidle' })
  // The withdrawal button shows the decision was read; the banner must not come with it.
  await expect(ui.reopenButton).toBeVisible()
  await expect(ui.banner).toHaveCount(0)

  await page.getByRole('navigation').getByRole('link', { name: 'Prijzen' }).click()
  await page.waitForLoadState('networkidle')
  await expect(page).toHaveURL(/prijzen\.html$/)
  await expect(ui.reopenButton).toBeVisible()
  await expect(ui.banner).toHaveCount(0)

  expect(thirdPartyRequests).toEqual([])
  expect(await cookieNames(context)).toEqual(['consentry'])
  expect(await storageKeys(page)).toEqual([])
})
