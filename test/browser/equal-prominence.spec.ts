import type { Locator } from '@playwright/test'
import { test, expect } from './fixtures'
import { consentUI } from './consent-ui'

// "Reject all" must be as easy to see and hit as "Accept all": same element, size and colours.
const LOOK = ['backgroundColor', 'color', 'borderTopColor', 'borderTopWidth', 'fontSize', 'fontWeight'] as const

async function appearance(button: Locator) {
  const box = (await button.boundingBox())!
  const style = await button.evaluate((el, keys) => {
    const computed = getComputedStyle(el)
    return Object.fromEntries(keys.map((key) => [key, computed[key as keyof CSSStyleDeclaration]]))
  }, [...LOOK])
  return { tag: await button.evaluate((el) => el.tagName), width: box.width, height: box.height, style }
}

async function expectEqualProminence(accept: Locator, reject: Locator) {
  const [a, r] = [await appearance(accept), await appearance(reject)]
  expect(r.tag).toBe(a.tag)
  expect(r.style).toEqual(a.style)
  expect(Math.abs(r.height - a.height)).toBeLessThanOrEqual(1)
  // Text lengths differ a little; a full-width Accept next to a half-width Reject does not pass.
  expect(Math.abs(r.width - a.width), `Accept all is ${a.width}px wide, Reject all ${r.width}px`).toBeLessThanOrEqual(0.1 * Math.max(a.width, r.width))
}

const CASES = [
  { width: 1280, height: 800, colorScheme: 'light' },
  { width: 320, height: 640, colorScheme: 'dark' },
] as const

for (const { width, height, colorScheme } of CASES) {
  test(`Accept all and Reject all look alike at ${width}px, ${colorScheme}`, async ({ page }) => {
    const ui = consentUI(page)
    await page.setViewportSize({ width, height })
    await page.emulateMedia({ colorScheme })
    await page.goto('/', { waitUntil: 'networkidle' })
    await expect(ui.banner).toBeVisible()
    await expectEqualProminence(ui.bannerButton('acceptAll'), ui.bannerButton('rejectAll'))

    await ui.bannerButton('preferences').click()
    await expect(ui.dialog).toBeVisible()
    await expectEqualProminence(ui.dialogButton('acceptAll'), ui.dialogButton('rejectAll'))
  })
}
