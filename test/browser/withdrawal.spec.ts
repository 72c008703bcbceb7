import { test, expect } from './fixtures'
import { callApi, changeEvents, getConsent, recordEvents } from './consentry-api'
import { consentUI } from './consent-ui'
import { cookieNames, storageKeys } from './browser-state'
import { demoServices, sortedServices, vendorCookies } from './demo-tags'
import { networkQuiet } from './network'
import { keepPageOnWithdrawal } from './demo-pages'

test.beforeEach(async ({ page, context }) => {
  await recordEvents(page)
  await page.goto('/', { waitUntil: 'networkidle' })
  await callApi(page, 'acceptAll')
  await expect.poll(() => cookieNames(context)).toEqual(['consentry', ...vendorCookies(demoServices())].sort())
})

test('withdrawal through the floating button reloads the page, so no tag that ran goes on; every vendor cookie is deleted; recorded as withdrawal', async ({ page, context, thirdPartyRequests }) => {
  const ui = consentUI(page)
  expect(await storageKeys(page)).toEqual(['_hjRecordingLastActivity'])
  await page.evaluate(() => ((window as { beforeWithdrawal?: boolean }).beforeWithdrawal = true))
  await ui.reopenButton.click()
  await expect(ui.dialog).toBeVisible()
  await expect(ui.categorySwitch('advertising')).toHaveAttribute('aria-checked', 'true')
  thirdPartyRequests.length = 0
  const reloaded = page.waitForEvent('load')
  await ui.dialogButton('rejectAll').click()

  // reloadOnWithdrawal, on by default: the scripts that ran are gone with the page they ran in.
  await reloaded
  expect(await page.evaluate(() => (window as { beforeWithdrawal?: boolean }).beforeWithdrawal)).toBeUndefined()
  await expect.poll(() => cookieNames(context)).toEqual(['consentry'])
  // Hotjar's key in sessionStorage (declared as `_hj*`) goes with its cookies.
  expect(await storageKeys(page)).toEqual([])
  await expect.poll(() => getConsent(page)).toMatchObject({ method: 'withdrawal', categories: { analytics: false, advertising: false } })
  await networkQuiet(page)
  expect(thirdPartyRequests).toEqual([])
  await expect(ui.banner).toBeHidden()
  await expect(ui.reopenButton).toBeVisible()
})

test('withdrawal on a page kept by reloadOnWithdrawal: false deletes every vendor cookie and tells the page', async ({ page, context, thirdPartyRequests }) => {
  const ui = consentUI(page)
  await keepPageOnWithdrawal(page)
  await page.reload({ waitUntil: 'networkidle' })
  await ui.reopenButton.click()
  await ui.dialogButton('rejectAll').click()

  await expect.poll(() => cookieNames(context)).toEqual(['consentry'])
  expect(await storageKeys(page)).toEqual([])
  expect(await getConsent(page)).toMatchObject({ method: 'withdrawal', categories: { analytics: false, advertising: false } })
  const change = (await changeEvents(page)).pop()!
  expect(change.consent.method).toBe('withdrawal')
  expect(change.changedCategories.sort()).toEqual(['advertising', 'analytics', 'functional', 'social', 'tracking'])

  thirdPartyRequests.length = 0
  await page.reload({ waitUntil: 'networkidle' })
  await networkQuiet(page)
  expect(thirdPartyRequests).toEqual([])
  expect(await cookieNames(context)).toEqual(['consentry'])
})

test('withdrawal of one purpose through the footer link deletes only its cookies', async ({ page, context, thirdPartyRequests }) => {
  const ui = consentUI(page)
  await keepPageOnWithdrawal(page)
  await page.reload({ waitUntil: 'networkidle' })
  await page.getByRole('contentinfo').getByRole('link', { name: 'Cookie-instellingen' }).click()
  await expect(ui.dialog).toBeVisible()
  await ui.categorySwitch('analytics').click()
  await expect(ui.categorySwitch('analytics')).toHaveAttribute('aria-checked', 'false')
  await ui.dialogButton('save').click()

  const kept = demoServices({ only: (s) => s.category !== 'analytics' })
  await expect.poll(() => cookieNames(context)).toEqual(['consentry', ...vendorCookies(kept)].sort())
  expect(await getConsent(page)).toMatchObject({ method: 'withdrawal', categories: { analytics: false, tracking: true } })
  const change = (await changeEvents(page)).pop()!
  expect(change.changedCategories).toEqual(['analytics'])
  expect(change.changedServices.sort()).toEqual(['google-analytics', 'hotjar'])

  thirdPartyRequests.length = 0
  await page.reload({ waitUntil: 'networkidle' })
  await expect.poll(() => sortedServices(thirdPartyRequests)).toEqual(kept.sort())
})
