import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { compile } from 'svelte/compiler'
import { test, expect } from './fixtures'
import { feed, iframe, placeholderShown, render, rendersAround, scriptComesAndGoes, started, VIDEO } from './app-feed'
import { placeholderIn } from './placeholders'

// test/browser/pages/module-app.html: a Vue 3 or Svelte 5 app on the npm package's ES module renders a
// feed with a held-back YouTube video (and, on request, a held-back script) in it, and the decision;
// with &hydrate, it takes over the HTML that the server (this test, in Node) rendered of it.
const PAGE = '/test-pages/module-app.html?framework='
const PAGES = 'test/browser/pages/'
const decision = (page: Page) => page.locator('#consent-state')

/**
 * Calls the ES module's API as the app's code would. `consentry` is the page's import map's name for it;
 * held in a variable, as the type check (which runs before the build) must not look for the package.
 */
const callModule = (page: Page, method: 'acceptAll' | 'rejectAll') =>
  page.evaluate((method) => {
    const name = 'consentry'
    return import(name).then((consentry) => consentry[method]())
  }, method)

/** Serves the page's Svelte components as Svelte's compiler makes them for the browser, in development mode. */
const serveSvelte = (page: Page) =>
  page.route('**/test-pages/*.svelte', (route) => {
    const file = new URL(route.request().url()).pathname.split('/').pop()!
    const { js } = compile(readFileSync(PAGES + file, 'utf8'), { generate: 'client', dev: true, filename: file })
    return route.fulfill({ contentType: 'text/javascript', body: js.code })
  })

/** The app's HTML as a server renders it, importing the built package in Node. */
async function serverRendered(framework: string): Promise<string> {
  if (framework == 'vue') {
    const { renderToString } = await import('vue/server-renderer')
    const { createServerApp } = await import('./pages/vue-feed.mjs')
    return renderToString(createServerApp())
  }
  // Svelte's compiler makes a module for the server of each component, which Node runs from a folder of their own.
  const folder = mkdtempSync(join(tmpdir(), 'consentry-svelte-'))
  try {
    for (const file of ['svelte-feed.svelte', 'svelte-consent-state.svelte']) {
      const { js } = compile(readFileSync(PAGES + file, 'utf8'), { generate: 'server', filename: file })
      const imports = (from: string) => (from.endsWith('.svelte') ? `${from}.mjs` : import.meta.resolve(from))
      writeFileSync(join(folder, `${file}.mjs`), js.code.replace(/ from '([^']+)'/g, (_, from: string) => ` from '${imports(from)}'`))
    }
    const { render: renderOnServer } = await import('svelte/server')
    return renderOnServer((await import(join(folder, 'svelte-feed.svelte.mjs'))).default).body
  } finally {
    rmSync(folder, { recursive: true })
  }
}

for (const framework of ['vue', 'svelte']) test.describe(`held-back tags in a ${framework} app on the ES module`, () => {
  const problems: string[] = []
  test.beforeEach(async ({ page }) => {
    problems.length = 0
    page.on('pageerror', (error) => problems.push(error.message))
    // Vue's development build reports on the console a page that does not match what it would render (hydration); Svelte's
    // renders such a part anew, mostly in silence, which would request the video again (counted below).
    page.on('console', (message) => void (/error|warning/.test(message.type()) && !message.text().startsWith('Failed to load resource') && problems.push(message.text())))
    await serveSvelte(page)
  })
  test.afterEach(() => expect(problems).toEqual([]))

  test('the app puts posts before it, takes it away and brings it back, with a placeholder each time', async ({ page, thirdPartyRequests }) => {
    await page.goto(PAGE + framework, { waitUntil: 'networkidle' })
    await placeholderShown(page)
    await expect(decision(page)).toHaveText('no decision yet')

    await rendersAround(page)
    await render(page, { video: true })
    await placeholderShown(page)
    expect(thirdPartyRequests).toEqual([])
  })

  test('"Always allow" loads it in place, the app shows the decision and goes on rendering around it', async ({ page, thirdPartyRequests }) => {
    await page.goto(PAGE + framework, { waitUntil: 'networkidle' })
    await placeholderIn(iframe(page)).getByRole('button', { name: 'Always allow YouTube' }).click()
    await expect(iframe(page)).toHaveAttribute('src', VIDEO)
    await expect.poll(() => thirdPartyRequests).toEqual([VIDEO])
    await expect(decision(page)).toHaveText('custom, social false')
    await rendersAround(page)
  })

  test('a held-back script it renders in an element of its own runs once allowed, and the app can take it away and bring it back', async ({ page }) => {
    await page.goto(PAGE + framework, { waitUntil: 'networkidle' })
    await scriptComesAndGoes(page, () => callModule(page, 'acceptAll'))
  })

  test('server-rendered, and hydrated after the placeholder is drawn or the video loaded: no mismatch, on the first visit, the next and after a withdrawal', async ({ page, thirdPartyRequests }) => {
    // Rendered in Node with the package imported there: nothing thrown, no decision, the iframe as the app wrote it.
    const html = await serverRendered(framework)
    expect(html).toContain('<p id="consent-state">no decision yet</p>')
    expect(html).not.toMatch(/ src=| srcdoc=/)
    await page.route(`**${PAGE}${framework}&hydrate`, async (route) => {
      const response = await route.fetch()
      return route.fulfill({ response, body: (await response.text()).replace('<main id="app"></main>', `<main id="app">${html}</main>`) })
    })

    await page.goto(`${PAGE}${framework}&hydrate`, { waitUntil: 'networkidle' })
    await expect.poll(() => started(page)).toBe(true)
    await placeholderShown(page)
    await render(page, { posts: ['First post', 'Second post'] })
    expect(await feed(page)).toEqual(['P', 'P', 'IFRAME', 'P'])
    await placeholderIn(iframe(page)).getByRole('button', { name: 'Always allow YouTube' }).click()
    await expect(iframe(page)).toHaveAttribute('src', VIDEO)
    await expect(decision(page)).toHaveText('custom, social false')

    // The next visit: the video loads before the app takes over, whose components find the decision.
    await page.reload({ waitUntil: 'networkidle' })
    await expect.poll(() => started(page)).toBe(true)
    await expect(decision(page)).toHaveText('custom, social false')
    await expect(iframe(page)).toHaveAttribute('src', VIDEO)
    // Requested a little after its src is set.
    await expect.poll(() => thirdPartyRequests).toEqual([VIDEO, VIDEO])

    // Withdrawn, the video turns back into its placeholder where it is, and the app renders on around it.
    await callModule(page, 'rejectAll')
    await placeholderShown(page)
    await expect(decision(page)).toHaveText('withdrawal, social false')
    await rendersAround(page)
    expect(thirdPartyRequests).toEqual([VIDEO, VIDEO])
  })
})
