import { test, expect } from './fixtures'
import { callApi } from './consentry-api'
import { consentUI } from './consent-ui'

// A printed page is the page itself: Consentry's controls stay off the paper; a cookie declaration stays on it.

test('the banner is not printed', async ({ page }) => {
  const ui = consentUI(page)
  await page.goto('/', { waitUntil: 'networkidle' })
  await expect(ui.banner).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(ui.banner).toBeHidden()
  await page.emulateMedia({ media: 'screen' })
  await expect(ui.banner).toBeVisible()
})

test('neither the floating button nor open preferences are printed; the cookie declaration is', async ({ page }) => {
  const ui = consentUI(page)
  await page.goto('/privacy.html', { waitUntil: 'networkidle' })
  await callApi(page, 'rejectAll')
  await expect(ui.reopenButton).toBeVisible()
  await callApi(page, 'showPreferences')
  await expect(ui.dialog).toBeVisible()

  await page.emulateMedia({ media: 'print' })
  await expect(ui.reopenButton).toBeHidden()
  await expect(ui.dialog).toBeHidden()
  await expect(page.locator('[data-consentry="declaration"] table').first()).toBeVisible()
})
