import type { Page } from '@playwright/test'
import { cookieNames, stubsRan } from './browser-state'
import { consentUI } from './consent-ui'
import { test, expect } from './fixtures'

/**
 * Tags with a consent switch of their own, on pages/vendor-signals.html: Microsoft Clarity
 * (its stub sets cookies only with a consentv2 answer, and sets _clsk again every 100 ms while
 * granted, as the real one does with each upload) and the Meta Pixel.
 */

const PAGE = '/test-pages/vendor-signals.html'
type Calls = { __clarityCalls?: unknown[][]; __fbqCalls?: unknown[][] }
const clarityCalls = (page: Page) => page.evaluate(() => (window as Calls).__clarityCalls ?? [])
const fbqCalls = (page: Page) => page.evaluate(() => (window as Calls).__fbqCalls ?? [])

test('Clarity hears from its snippet on every page that it is allowed, so it keeps its cookies', async ({ page, context }) => {
  const ui = consentUI(page)
  await page.goto(PAGE)
  await ui.bannerButton('acceptAll').click()
  await expect.poll(() => stubsRan(page)).toEqual(expect.arrayContaining(['clarity', 'fbevents']))
  expect(await clarityCalls(page)).toEqual([['consentv2', { analytics_Storage: 'granted', ad_Storage: 'granted' }]])
  await expect.poll(() => cookieNames(context)).toEqual(['_clck', '_clsk', '_fbp', 'consentry'])

  await page.reload()
  await expect.poll(() => clarityCalls(page)).toEqual([['consentv2', { analytics_Storage: 'granted', ad_Storage: 'granted' }]])
})

test('a withdrawal on the page tells the running Clarity and Meta Pixel, and Clarity, which sets its cookies again while granted, leaves them gone', async ({ page, context }) => {
  const ui = consentUI(page)
  await page.goto(PAGE)
  await ui.bannerButton('acceptAll').click()
  await expect.poll(() => cookieNames(context)).toEqual(['_clck', '_clsk', '_fbp', 'consentry'])

  await page.getByRole('link', { name: 'Cookie settings' }).click()
  await ui.dialogButton('rejectAll').click()
  await expect.poll(() => cookieNames(context)).toEqual(['consentry'])
  expect((await clarityCalls(page)).pop()).toEqual(['consentv2', { analytics_Storage: 'denied', ad_Storage: 'denied' }])
  expect((await fbqCalls(page)).pop()).toEqual(['consent', 'revoke'])
  // Clarity, still running, would have set _clsk again within 100 ms had it not been told.
  await page.waitForTimeout(500)
  expect(await cookieNames(context)).toEqual(['consentry'])

  // Allowed again on the same page: told so, as its tag has run once and will not run again.
  await page.getByRole('link', { name: 'Cookie settings' }).click()
  await ui.dialogButton('acceptAll').click()
  await expect.poll(async () => (await fbqCalls(page)).pop()).toEqual(['consent', 'grant'])
  expect((await clarityCalls(page)).pop()).toEqual(['consentv2', { analytics_Storage: 'granted', ad_Storage: 'granted' }])
  await expect.poll(() => cookieNames(context)).toEqual(['_clck', '_clsk', 'consentry'])
})

test('with only analytics allowed, Clarity is told ad storage is denied, by its snippet and by a change', async ({ page }) => {
  const ui = consentUI(page)
  await page.goto(PAGE)
  await page.evaluate(() => window.Consentry!.save({ categories: ['analytics'] }))
  await expect.poll(() => clarityCalls(page)).toEqual([['consentv2', { analytics_Storage: 'granted', ad_Storage: 'denied' }]])
  expect(await stubsRan(page)).not.toContain('fbevents')

  await page.getByRole('link', { name: 'Cookie settings' }).click()
  await ui.dialogButton('acceptAll').click()
  await expect.poll(async () => (await clarityCalls(page)).pop()).toEqual(['consentv2', { analytics_Storage: 'granted', ad_Storage: 'granted' }])
})

test('under autoBlock, the README\'s answer in the unmarked snippet gives Clarity its consent on every page once allowed', async ({ page, context, thirdPartyRequests }) => {
  const ui = consentUI(page)
  await page.goto('/test-pages/vendor-signals-autoblock.html')
  await expect(ui.banner).toBeVisible()
  expect(thirdPartyRequests).toEqual([])
  await page.evaluate(() => window.Consentry!.save({ categories: ['analytics'] }))
  // On the page of the decision Clarity was queued a denial at load, then hears the engine's answer.
  await expect.poll(() => clarityCalls(page)).toEqual([
    ['consentv2', { analytics_Storage: 'denied', ad_Storage: 'denied' }],
    ['consentv2', { analytics_Storage: 'granted', ad_Storage: 'denied' }],
  ])
  await expect.poll(() => cookieNames(context)).toEqual(['_clck', '_clsk', 'consentry'])

  await page.reload()
  await expect.poll(() => clarityCalls(page)).toEqual([['consentv2', { analytics_Storage: 'granted', ad_Storage: 'denied' }]])
})
