import type { Locator, Page } from '@playwright/test'

/** A description of the focused element, for readable assertions: `button "Accept all"`. */
export function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return 'body'
    const name = el.getAttribute('aria-label') || el.textContent?.trim() || el.getAttribute('aria-labelledby') || ''
    return `${el.getAttribute('role') || el.tagName.toLowerCase()} "${name}"`
  })
}

/** Presses `key` until `target` has focus; fails after `max` presses. Returns the elements passed. */
export async function pressUntilFocused(page: Page, target: Locator, key = 'Tab', max = 20): Promise<string[]> {
  const passed: string[] = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key)
    passed.push(await focusedElement(page))
    if (await target.evaluate((el) => el === document.activeElement)) return passed
  }
  throw new Error(`${key} did not reach the target in ${max} presses; focus went through: ${passed.join(', ')}`)
}

export function hasFocusWithin(container: Locator): Promise<boolean> {
  return container.evaluate((el) => el.contains(document.activeElement))
}
