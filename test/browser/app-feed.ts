import type { Page } from '@playwright/test'
import { expect } from './fixtures'
import { placeholderIn } from './placeholders'

// What the app pages share (app-embed.html, app-embed-ssr.html, module-app.html): a feed of posts
// with a held-back YouTube video, and on request a held-back script, that `window.app.set` renders again.

export const VIDEO = 'https://www.youtube-nocookie.com/embed/app'
export const iframe = (page: Page) => page.locator('#feed iframe')
export const feed = (page: Page) => page.locator('#feed > *').evaluateAll((children) => children.map((child) => child.tagName))
/** Renders the app again with `state`; throws what the framework throws. */
export const render = (page: Page, state: object) => page.evaluate((state) => (window as unknown as { app: { set(state: object): void } }).app.set(state), state)
/** Whether the app has started (`window.app` alone names the page's <main id="app"> until then). */
export const started = (page: Page) => page.evaluate(() => typeof (window as unknown as { app: { set?: unknown } }).app.set == 'function')

/** The app inserts posts in front of the node it rendered, and removes it through the parent it gave it. */
export async function rendersAround(page: Page): Promise<void> {
  await render(page, { posts: ['First post', 'Second post'] })
  expect(await feed(page)).toEqual(['P', 'P', 'IFRAME', 'P'])
  await render(page, { video: false })
  expect(await feed(page)).toEqual(['P', 'P', 'P'])
}

/**
 * A held-back script the app renders in an element of its own: it runs once `allow` has allowed it,
 * goes with its element, and rendered anew it is a new tag, and runs as one.
 */
export async function scriptComesAndGoes(page: Page, allow: () => Promise<unknown>): Promise<void> {
  const runs = () => page.evaluate(() => (window as unknown as { trackerRuns: number }).trackerRuns)
  await render(page, { tracker: true })
  await allow()
  await expect.poll(runs).toBe(1)
  await render(page, { tracker: false })
  expect(await feed(page)).toEqual(['P', 'IFRAME', 'P'])
  await render(page, { tracker: true, posts: ['First post', 'Second post'] })
  await expect.poll(runs).toBe(2)
  expect(await feed(page)).toEqual(['DIV', 'P', 'P', 'IFRAME', 'P'])
}

/** The video's placeholder is drawn in its iframe. */
export const placeholderShown = (page: Page) => expect(placeholderIn(iframe(page))).toHaveAccessibleName('YouTube content blocked')
