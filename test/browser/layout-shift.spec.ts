import { test, expect } from './fixtures'
import { consentUI } from './consent-ui'
import { recordLayoutShifts } from './layout-shifts'
import { holdRequests } from './network'
import { placeholderIn } from './placeholders'

// Plain document flow, so the page does not shift by itself while it is parsed (the demo's grids
// and wrapping buttons can, on a busy machine); a held-back video near the top, in view.
const PAGE = '/test-pages/embeds.html'

test('the banner never shifts the page, even when its stylesheet arrives late', async ({ page }) => {
  await page.route('**/dist/consentry.css', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800))
    await route.continue()
  })
  const layoutShifts = await recordLayoutShifts(page)
  await page.goto(PAGE)
  const heading = page.locator('h1')
  const before = await heading.boundingBox()
  await expect(consentUI(page).banner).toBeVisible()
  expect(await heading.boundingBox()).toEqual(before)
  expect(await layoutShifts()).toEqual([])
})

test('an embed gets its placeholder only once consentry.css is in, so the placeholder never shifts either', async ({ page }) => {
  // consentry.css held until the test lets it through; the dialog's stylesheet and chunk come at once.
  const release = await holdRequests(page, '**/dist/consentry.css')
  const layoutShifts = await recordLayoutShifts(page)
  const placeholder = placeholderIn(page.locator('#fixed iframe'))
  await page.goto(PAGE, { waitUntil: 'domcontentloaded' })
  await expect(page.locator('#fixed iframe')).toBeInViewport()
  // The dialog chunk and its stylesheet are in; the placeholder still waits.
  await page.waitForFunction(
    () => 'ConsentryDialog' in window && [...document.styleSheets].some((sheet) => sheet.href?.endsWith('/consentry-dialog.css')),
  )
  await page.waitForTimeout(300)
  await expect(placeholder).toHaveCount(0)

  release()
  await expect(placeholder).toBeVisible()
  await expect(consentUI(page).banner).toBeVisible()
  expect(await layoutShifts()).toEqual([])
})
