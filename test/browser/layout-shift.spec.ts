import { test, expect } from './fixtures'
import { consentUI } from './consent-ui'

test('the banner never shifts the page, even when its stylesheet arrives late', async ({ page }) => {
  await page.route('**/dist/consentry.css', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800))
    await route.continue()
  })
  await page.addInitScript(() => {
    const shifts: number[] = ((window as unknown as { shifts: number[] }).shifts = [])
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value)
    }).observe({ type: 'layout-shift', buffered: true })
  })
  await page.goto('/')
  const heading = page.locator('h1').first()
  const before = await heading.boundingBox()
  await expect(consentUI(page).banner).toBeVisible()
  expect(await heading.boundingBox()).toEqual(before)
  expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([])
})
