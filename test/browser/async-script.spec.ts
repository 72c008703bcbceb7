import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { activations, heldBackTags, recordActivations } from './activations'
import { consoleWarnings } from './browser-state'
import { consentUI } from './consent-ui'
import { holdRequests, networkQuiet } from './network'

// consentry.js may load `async`, so the page paints without waiting for it: the tags it holds
// back are inert whenever it runs. The builds that must run first say so when they do not.

/** Serves `path` with `async` on its Consentry script tag. */
const asAsync = (page: Page, path: string, file: string) =>
  page.route(`**${path}`, async (route) => {
    const response = await route.fetch()
    const html = (await response.text()).replace(`<script src="/dist/${file}"`, `<script async src="/dist/${file}"`)
    expect(html).toContain(`<script async src="/dist/${file}"`)
    await route.fulfill({ response, body: html })
  })

test('consentry.js loaded async, and arriving after the page is parsed, holds every tag until consent, then runs them all', async ({ page, thirdPartyRequests }) => {
  await asAsync(page, '/test-pages/tags.html', 'consentry.js')
  await recordActivations(page)
  const ui = consentUI(page)
  const release = await holdRequests(page, '**/dist/consentry.js')
  // tags.html holds one tag of each kind back (see tag-kinds.spec.ts).
  await page.goto('/test-pages/tags.html', { waitUntil: 'domcontentloaded' })
  // The page is parsed (and may paint) before Consentry has run: nothing held back has run either.
  expect(await page.evaluate(() => 'Consentry' in window)).toBe(false)
  // All but the two that ask to run on refusal (vanilla-cookieconsent's "!"), which never run.
  const allTags = (await heldBackTags(page)).filter((tag) => !tag.includes('!'))
  expect(allTags).toHaveLength(10)
  expect(await activations(page)).toEqual([])
  release()
  await expect(ui.banner).toBeVisible()
  await networkQuiet(page)
  expect(thirdPartyRequests).toEqual([])
  expect(await activations(page)).toEqual([])

  await ui.bannerButton('acceptAll').click()
  await expect.poll(() => activations(page)).toEqual(allTags)

  // A returning visit: the stored decision runs them again, with no banner.
  await page.reload({ waitUntil: 'networkidle' })
  await expect.poll(() => activations(page)).toEqual(allTags)
  await expect(ui.banner).toHaveCount(0)
})

for (const [file, path] of [
  ['consentry-consent-mode.js', '/test-pages/consent-mode.html'],
  ['consentry-autoblock.js', '/test-pages/auto-block.html'],
]) {
  test(`${file} loaded async warns that it must come first`, async ({ page }) => {
    await asAsync(page, path, file)
    const warnings = consoleWarnings(page)
    await page.goto(path, { waitUntil: 'networkidle' })
    await expect.poll(() => warnings.join('\n')).toMatch(new RegExp(`\\[consentry\\] http://[^ ]+/dist/${file.replace('.', '\\.')} runs async or deferred, so .+ Load it with a plain <script src>, first in <head>\\.`))
  })
}

test('consentry-consent-mode.js loaded as documented (plain, first in <head>) warns of nothing', async ({ page }) => {
  const warnings = consoleWarnings(page)
  await page.goto('/test-pages/consent-mode.html', { waitUntil: 'networkidle' })
  await expect(consentUI(page).banner).toBeVisible()
  expect(warnings).toEqual([])
})
