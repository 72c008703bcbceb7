import type { BrowserContext, Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { callApi, getConsent } from './consentry-api'
import { consentUI } from './consent-ui'
import { consentCookie, cookieNames, storageKeys, writeConsentCookie } from './browser-state'
import { demoServices, vendorCookies } from './demo-tags'

const DAY = 24 * 60 * 60 * 1000

/**
 * When the banner asks again, no valid decision is left to say what was allowed before;
 * the cookies the earlier Accept all let in are still in the browser all the same.
 * Reject all must delete them (the legal audit found it did not).
 */
const reasons: [string, (page: Page, context: BrowserContext) => Promise<void>][] = [
  [
    'the site raised its revision',
    async (page) => {
      await page.route('**/demo-config.js', async (route) => {
        const original = await (await route.fetch()).text()
        await route.fulfill({ body: original.replace('revision: 1,', 'revision: 2,'), contentType: 'text/javascript' })
      })
    },
  ],
  [
    'the decision expired',
    async (page, context) => {
      // The page, still open, hears its cookie change (the Cookie Store API) and finds its decision
      // run out: it forgets it as reset() would, and as that took back all Accept all allowed, reloads.
      const reloaded = page.waitForEvent('load')
      const old = new Date(Date.now() - 366 * DAY).toISOString()
      await writeConsentCookie(context, { ...(await consentCookie(context))!, createdAt: old, updatedAt: old })
      await reloaded
    },
  ],
  [
    'the page called reset()',
    async (page, context) => {
      // It takes back all Accept all allowed, so the demo (reloadOnWithdrawal by default) reloads under the call.
      const reloaded = page.waitForEvent('load')
      await callApi(page, 'reset').catch(() => {})
      await reloaded
      // Nothing is allowed any more: reset() itself deletes what the decision let in.
      await expect.poll(() => cookieNames(context)).toEqual([])
    },
  ],
]

for (const [reason, askAgain] of reasons) {
  test(`once ${reason}, Reject all deletes the cookies an earlier Accept all let in`, async ({ page, context }) => {
    const ui = consentUI(page)
    await page.goto('/', { waitUntil: 'networkidle' })
    await callApi(page, 'acceptAll')
    await expect.poll(() => cookieNames(context)).toEqual(['consentry', ...vendorCookies(demoServices())].sort())
    expect(await storageKeys(page)).toEqual(['_hjRecordingLastActivity'])

    await askAgain(page, context)
    await page.reload({ waitUntil: 'networkidle' })
    await expect(ui.banner).toBeVisible()
    expect(await getConsent(page)).toBeNull()
    await ui.bannerButton('rejectAll').click()

    await expect(ui.banner).toBeHidden()
    await expect.poll(() => cookieNames(context)).toEqual(['consentry'])
    expect(await storageKeys(page)).toEqual([])
    // No valid decision was taken back, so it is a plain Reject all, not a withdrawal.
    expect(await getConsent(page)).toMatchObject({ method: 'reject-all', categories: { analytics: false, tracking: false, advertising: false } })
  })
}
