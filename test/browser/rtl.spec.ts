import type { Locator } from '@playwright/test'
import { test, expect } from './fixtures'

// A right-to-left page in a language the site adds (pages/rtl.html): Arabic, translated in part.

/** Where each character of `text`, inside `element`, is drawn: its left edge, in order of the string. */
const lefts = (element: Locator, text: string) =>
  element.evaluate((root, text) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(text)
      if (at < 0) continue
      return [...text].map((_, i) => {
        const range = document.createRange()
        range.setStart(node!, at + i)
        range.setEnd(node!, at + i + 1)
        return range.getBoundingClientRect().left
      })
    }
    throw new Error(`"${text}" is not in ${root.textContent}`)
  }, text)

/** Whether `text` is drawn left to right: each character right of the one before. */
const readsLeftToRight = async (element: Locator, text: string) => {
  const xs = await lefts(element, text)
  return xs.every((x, i) => i == 0 || x > xs[i - 1])
}

test('Arabic: names keep their order, and English standing in is marked and keeps its own', async ({ page }) => {
  await page.goto('/test-pages/rtl.html')
  const banner = page.getByRole('region', { name: /Faktura/ })
  await expect(banner).toBeVisible()
  await banner.getByRole('button', { name: 'التفضيلات' }).click()
  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await expect(page.locator('.cy-root').first()).toHaveAttribute('dir', 'rtl')

  // English standing in for what the translation leaves out: said so, string by string.
  await expect(dialog.locator('#cy-preferences-title bdi[lang=en]')).toHaveText('Privacy preferences')
  await expect(dialog.getByRole('button', { name: 'قبول الكل' }).locator('[lang]')).toHaveCount(0)

  const analytics = dialog.locator('.cy-category').filter({ has: page.getByRole('heading', { name: 'التحليلات' }) })
  await analytics.locator('.cy-more').click()
  // A provider's name in a cell of a right-to-left table: "Google Ireland Ltd.", not ".Google Ireland Ltd".
  const ga = analytics.locator('.cy-service').filter({ has: page.getByRole('heading', { name: 'Google Analytics 4' }) })
  const provider = ga.locator('td').filter({ hasText: 'Google Ireland Ltd.' })
  expect(await readsLeftToRight(provider, 'Ltd.')).toBe(true)
  expect((await lefts(provider, '.'))[0]).toBeGreaterThan((await lefts(provider, 'G'))[0])
  // The catalogue's words come in English only: marked, and "365 days" reads so, not "days 365".
  const hotjar = analytics.locator('.cy-service').filter({ has: page.getByRole('heading', { name: 'Hotjar' }) })
  const duration = hotjar.locator('td bdi[lang=en]').filter({ hasText: '365 days' }).first()
  await expect(duration).toBeVisible()
  expect((await lefts(duration, '365'))[0]).toBeLessThan((await lefts(duration, 'days'))[0])
  await expect(hotjar.locator('.cy-desc bdi[lang=en]').filter({ hasText: 'Heatmaps' })).toHaveCount(1)

  // The placeholder's sentence is Arabic, the provider's name in it isolated.
  const frame = page.frameLocator('iframe[data-service=youtube]')
  const why = frame.locator('.cy-why')
  await expect(why).toContainText('Google Ireland Ltd.')
  expect(await readsLeftToRight(why.locator('bdi').filter({ hasText: 'Google' }), 'Ireland Ltd.')).toBe(true)
  expect(await frame.locator('html').getAttribute('lang')).toBe('ar')
  // "Load this once", left out, stands in in English, said so.
  await expect(frame.getByRole('button', { name: 'Load this once' }).locator('bdi[lang=en]')).toHaveCount(1)

  // The declaration: English standing in marked too.
  await expect(page.locator('[data-consentry=declaration] .cy-btn bdi[lang=en]')).toHaveText('Change cookie settings')
})

test('Pashto: a right-to-left language the site adds follows the page’s direction', async ({ page }) => {
  await page.goto('/test-pages/rtl.html?lang=ps')
  const banner = page.getByRole('region', { name: /Faktura/ })
  await expect(banner).toBeVisible()
  await expect(page.locator('.cy-root').first()).toHaveAttribute('dir', 'rtl')
  expect(await banner.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl')
  await banner.screenshot({ path: 'test-results/rtl-ps-banner.png' })
})
