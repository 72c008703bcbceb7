import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { placeholderIn } from './placeholders'

// test/browser/pages/app-embed.html: an app renders a feed with a held-back YouTube video (and, on request, a held-back script) in it;
// app-embed-ssr.html: the same feed as a server rendered it, which the app then hydrates.
const PAGE = '/test-pages/app-embed.html?framework='
const SERVER_RENDERED = '/test-pages/app-embed-ssr.html?framework='
const VIDEO = 'https://www.youtube-nocookie.com/embed/app'
const iframe = (page: Page) => page.locator('#feed iframe')
const feed = (page: Page) => page.locator('#feed > *').evaluateAll((children) => children.map((child) => child.tagName))
/** Renders the app again with `state`; throws what the framework throws. */
const render = (page: Page, state: object) => page.evaluate((state) => (window as unknown as { app: { set(state: object): void } }).app.set(state), state)
/** Whether the app has started (`window.app` alone names the page's <main id="app"> until then). */
const started = (page: Page) => page.evaluate(() => typeof (window as unknown as { app: { set?: unknown } }).app.set == 'function')

for (const framework of ['react', 'preact']) test.describe(`held-back tags that an app renders (${framework})`, () => {
  const errors: string[] = []
  test.beforeEach(({ page }) => {
    errors.length = 0
    page.on('pageerror', (error) => errors.push(error.message))
    // React reports a page that does not match what it would render (hydration) on the console.
    page.on('console', (message) => void (message.type() == 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text())))
  })
  test.afterEach(() => expect(errors).toEqual([]))

  test('the app can put posts before it, take it away and bring it back, with a placeholder each time', async ({ page, thirdPartyRequests }) => {
    await page.goto(PAGE + framework, { waitUntil: 'networkidle' })
    await expect(placeholderIn(iframe(page))).toHaveAccessibleName('YouTube content blocked')

    // The app inserts in front of the node it rendered, and removes it through the parent it gave it.
    await render(page, { posts: ['First post', 'Second post'] })
    expect(await feed(page)).toEqual(['P', 'P', 'IFRAME', 'P'])
    await render(page, { video: false })
    expect(await feed(page)).toEqual(['P', 'P', 'P'])
    await render(page, { video: true })
    await expect(placeholderIn(iframe(page))).toHaveAccessibleName('YouTube content blocked')
    expect(thirdPartyRequests).toEqual([])
  })

  test('"Always allow" loads it in place, and the app goes on rendering around it', async ({ page, thirdPartyRequests }) => {
    await page.goto(PAGE + framework, { waitUntil: 'networkidle' })
    await placeholderIn(iframe(page)).getByRole('button', { name: 'Always allow YouTube' }).click()
    await expect(iframe(page)).toHaveAttribute('src', VIDEO)
    await expect.poll(() => thirdPartyRequests).toEqual([VIDEO])
    await render(page, { posts: ['First post', 'Second post'] })
    expect(await feed(page)).toEqual(['P', 'P', 'IFRAME', 'P'])
    await render(page, { video: false })
    expect(await feed(page)).toEqual(['P', 'P', 'P'])
  })

  test('a held-back script it renders in an element of its own runs once allowed, and the app can take it away and bring it back', async ({ page }) => {
    await page.goto(PAGE + framework, { waitUntil: 'networkidle' })
    const runs = () => page.evaluate(() => (window as unknown as { trackerRuns: number }).trackerRuns)
    await render(page, { tracker: true })
    await page.evaluate(() => window.Consentry!.acceptAll())
    await expect.poll(runs).toBe(1)
    await render(page, { tracker: false })
    expect(await feed(page)).toEqual(['P', 'IFRAME', 'P'])
    // Rendered anew, it is a new tag, and runs as one.
    await render(page, { tracker: true, posts: ['First post', 'Second post'] })
    await expect.poll(runs).toBe(2)
    expect(await feed(page)).toEqual(['DIV', 'P', 'P', 'IFRAME', 'P'])
  })

  for (const hydrate of ['early', 'late']) {
    test(`a server-rendered feed, hydrated ${hydrate == 'early' ? 'at once' : 'once the placeholder is drawn'}: no mismatch, and the app renders on`, async ({ page, thirdPartyRequests }) => {
      await page.goto(`${SERVER_RENDERED}${framework}&hydrate=${hydrate}`, { waitUntil: 'networkidle' })
      await expect.poll(() => started(page)).toBe(true)
      await expect(placeholderIn(iframe(page))).toHaveAccessibleName('YouTube content blocked')
      await render(page, { posts: ['First post', 'Second post'] })
      expect(await feed(page)).toEqual(['P', 'P', 'IFRAME', 'P'])
      await render(page, { video: false })
      expect(await feed(page)).toEqual(['P', 'P', 'P'])
      expect(thirdPartyRequests).toEqual([])
    })
  }
})
