import { test, expect } from './fixtures'
import { consentUI } from './consent-ui'

// test/browser/pages/app-consent-state.html: a React app renders the decision through
// useSyncExternalStore(Consentry.onChange, Consentry.getConsent), as React documents for an
// external store. React asks for the snapshot on every render and checks that it is the same
// object while nothing changed; a new one each time renders without end and takes the app down.
test('a React app renders the decision with useSyncExternalStore, on the first visit and the next', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => void (message.type() == 'error' && errors.push(message.text())))
  const state = page.locator('#consent-state')
  const ui = consentUI(page)

  await page.goto('/test-pages/app-consent-state.html', { waitUntil: 'networkidle' })
  await expect(state).toHaveText('no decision yet')
  await ui.bannerButton('acceptAll').click()
  await expect(state).toHaveText('accept-all, social true')

  await page.reload({ waitUntil: 'networkidle' })
  await expect(state).toHaveText('accept-all, social true')
  // A withdrawal reloads the page (reloadOnWithdrawal), which renders the new decision.
  await page.evaluate(() => window.Consentry!.rejectAll())
  await expect(state).toHaveText('withdrawal, social false')
  expect(errors).toEqual([])
})

// test/browser/pages/react-module-state.html: the same component in an app on the ES module, whose server
// rendered no decision, with init in the app's entry before hydrateRoot (README, "In an app").
test('a server-rendered React app on the ES module hydrates without a mismatch, then shows the decision, on the first visit and the next', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => void (/error|warning/.test(message.type()) && errors.push(message.text())))
  const state = page.locator('#consent-state')

  await page.goto('/test-pages/react-module-state.html', { waitUntil: 'networkidle' })
  await expect(state).toHaveText('no decision yet')
  await consentUI(page).bannerButton('rejectAll').click()
  await expect(state).toHaveText('reject-all, social false')

  await page.reload({ waitUntil: 'networkidle' })
  await expect(state).toHaveText('reject-all, social false')
  expect(errors).toEqual([])
})
