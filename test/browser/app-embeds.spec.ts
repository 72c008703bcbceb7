import { test, expect } from './fixtures'
import { iframe, placeholderShown, render, rendersAround, scriptComesAndGoes, started, VIDEO } from './app-feed'
import { placeholderIn } from './placeholders'

// test/browser/pages/app-embed.html: an app renders a feed with a held-back YouTube video (and, on request, a held-back script) in it;
// app-embed-ssr.html: the same feed as a server rendered it, which the app then hydrates.
const PAGE = '/test-pages/app-embed.html?framework='
const SERVER_RENDERED = '/test-pages/app-embed-ssr.html?framework='

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
    await placeholderShown(page)
    await rendersAround(page)
    await render(page, { video: true })
    await placeholderShown(page)
    expect(thirdPartyRequests).toEqual([])
  })

  test('"Always allow" loads it in place, and the app goes on rendering around it', async ({ page, thirdPartyRequests }) => {
    await page.goto(PAGE + framework, { waitUntil: 'networkidle' })
    await placeholderIn(iframe(page)).getByRole('button', { name: 'Always allow YouTube' }).click()
    await expect(iframe(page)).toHaveAttribute('src', VIDEO)
    await expect.poll(() => thirdPartyRequests).toEqual([VIDEO])
    await rendersAround(page)
  })

  test('a held-back script it renders in an element of its own runs once allowed, and the app can take it away and bring it back', async ({ page }) => {
    await page.goto(PAGE + framework, { waitUntil: 'networkidle' })
    await scriptComesAndGoes(page, () => page.evaluate(() => window.Consentry!.acceptAll()))
  })

  for (const hydrate of ['early', 'late']) {
    test(`a server-rendered feed, hydrated ${hydrate == 'early' ? 'at once' : 'once the placeholder is drawn'}: no mismatch, and the app renders on`, async ({ page, thirdPartyRequests }) => {
      await page.goto(`${SERVER_RENDERED}${framework}&hydrate=${hydrate}`, { waitUntil: 'networkidle' })
      await expect.poll(() => started(page)).toBe(true)
      await placeholderShown(page)
      await rendersAround(page)
      expect(thirdPartyRequests).toEqual([])
    })
  }
})
