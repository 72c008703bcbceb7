import type { Locator, Page } from '@playwright/test'

/** The placeholder of a held-back embed: a group drawn inside the iframe's own document. */
export const placeholderIn = (iframe: Locator) => iframe.contentFrame().getByRole('group')

/**
 * The title of the placeholder drawn in `iframe`, or null, read through the page itself:
 * after a restore from the back/forward cache, Playwright no longer reaches into its frames.
 */
export const placeholderTitle = (iframe: Locator) =>
  iframe.evaluate((frame: HTMLIFrameElement) => {
    const group = frame.contentDocument?.querySelector('[role=group]')
    return group ? frame.contentDocument!.getElementById(group.getAttribute('aria-labelledby')!)?.textContent : null
  })

/** How many iframes on the page show a placeholder now. */
export const placeholderCount = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('iframe')].filter((iframe) => iframe.contentDocument?.querySelector('[role=group]')).length)
