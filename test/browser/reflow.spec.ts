import { test, expect } from './fixtures'
import type { Locator, Page } from '@playwright/test'
import { NAMES, consentUI } from './consent-ui'
import { demoPageIn } from './demo-pages'

test.use({ viewport: { width: 320, height: 640 } })

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

async function expectWithinViewport(locator: Locator) {
  for (const box of await Promise.all((await locator.all()).map((l) => l.boundingBox()))) {
    expect(box, 'element is not rendered').not.toBeNull()
    expect(box!.x).toBeGreaterThanOrEqual(0)
    expect(box!.x + box!.width).toBeLessThanOrEqual(320)
  }
}

for (const lang of ['nl', 'en', 'de', 'fr'] as const) {
  test(`${lang} at 320 px: banner and dialog fit without horizontal scrolling`, async ({ page }) => {
    const ui = consentUI(page)
    const path = await demoPageIn(page, lang)
    await page.goto(path, { waitUntil: 'networkidle' })

    await expect(ui.banner).toBeVisible()
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await expectWithinViewport(ui.banner.getByRole('button'))

    await ui.bannerButton('preferences').click()
    await expect(ui.dialog).toBeVisible()
    await ui.showServices('analytics')
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    expect(await ui.dialog.evaluate((d) => d.scrollWidth - d.clientWidth)).toBeLessThanOrEqual(0)
    await expectWithinViewport(ui.dialog.getByRole('switch'))
    for (const name of [NAMES.save, NAMES.acceptAll, NAMES.rejectAll]) await expectWithinViewport(ui.dialog.getByRole('button', { name }))
  })
}
