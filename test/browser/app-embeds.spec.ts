import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { placeholderIn } from './placeholders'

// test/browser/pages/app-embed.html: an app renders a feed with a held-back YouTube video in it.
const PAGE = '/test-pages/app-embed.html?framework='
const VIDEO = 'https://www.youtube-nocookie.com/embed/app'
const iframe = (page: Page) => page.locator('#feed iframe')
const feed = (page: Page) => page.locator('#feed > *').evaluateAll((children) => children.map((child) => child.tagName))
/** Renders the app again with `state`; throws what the framework throws. */
const render = (page: Page, state: object) => page.evaluate((state) => (window as unknown as { app: { set(state: object): void } }).app.set(state), state)

for (const framework of ['react', 'preact']) test.describe(`a held-back embed that an app renders (${framework})`, () => {
  const errors: string[] = []
  test.beforeEach(({ page }) => {
    errors.length = 0
    page.on('pageerror', (error) => errors.push(error.message))
  })
  test.afterEach(() => expect(errors).toEqual([]))

  test('the app can put posts before it, take it away and bring it back, with a placeholder each time', async ({ page, thirdPartyRequests }) => {
    await page.goto(PAGE + framework, { waitUntil: 'networkidle' })
    await expect(placeholderIn(iframe(page))).toHaveAccessibleName('YouTube content held back')

    // The app inserts in front of the node it rendered, and removes it through the parent it gave it.
    await render(page, { posts: ['First post', 'Second post'] })
    expect(await feed(page)).toEqual(['P', 'P', 'IFRAME', 'P'])
    await render(page, { video: false })
    expect(await feed(page)).toEqual(['P', 'P', 'P'])
    await render(page, { video: true })
    await expect(placeholderIn(iframe(page))).toHaveAccessibleName('YouTube content held back')
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
})
