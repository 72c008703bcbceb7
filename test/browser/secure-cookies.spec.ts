import { test, expect } from './fixtures'
import { callApi, getConsent } from './consentry-api'
import { consentUI } from './consent-ui'
import { cookieNames } from './browser-state'

const PAGE = '/test-pages/secure-cookies.html'
const VENDOR = ['__Host-sid', '__Secure-vid', '_pc', '_rg1', '_rg2', '_rg3', '_rg4']

test.beforeEach(async ({ page, context }) => {
  await page.goto(PAGE)
  await callApi(page, 'acceptAll')
  await page.waitForFunction(() => (window as { vendorRan?: boolean }).vendorRan)
  // Partitioned or not, the browser holds them all, beside the __Host- consent cookie.
  await expect.poll(() => cookieNames(context)).toEqual(['__Host-consent', ...VENDOR].sort())
})

test('a withdrawal deletes declared cookies that only a Secure or Partitioned write reaches, and every name a global RegExp declares', async ({ page, context }) => {
  await callApi(page, 'rejectAll')
  expect((await getConsent(page))?.method).toBe('withdrawal')
  await expect.poll(() => cookieNames(context)).toEqual(['__Host-consent'])
})

test('reset() forgets a consent cookie with a __Host- name: the next page asks again and runs nothing', async ({ page, context }) => {
  await callApi(page, 'reset')
  await expect.poll(() => cookieNames(context)).toEqual([])
  await page.reload()
  await expect(consentUI(page).banner).toBeVisible()
  expect(await getConsent(page)).toBeNull()
  expect(await page.evaluate(() => (window as { vendorRan?: boolean }).vendorRan)).toBeUndefined()
})
