import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { callApi, saveChoice } from './consentry-api'
import { activations, recordActivations } from './activations'
import { consoleErrors, stubsRan } from './browser-state'
import { networkQuiet } from './network'

// test/browser/pages/tags.html: one tag of each kind, in this document order.
const TAGS = [
  { tag: 'link:bootstrap-cdn', request: 'https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css' },
  { tag: 'script:google-analytics', request: 'https://www.googletagmanager.com/gtag/js?id=G-FIXTURE' }, // async
  { tag: 'script:hotjar' }, // inline
  { tag: 'script:hotjar', request: 'https://static.hotjar.com/c/hotjar-456.js?sv=6' }, // data-type="module"
  { tag: 'script:google-analytics' }, // nomodule: never fetched, never says it is done
  { tag: 'script:hotjar' }, // data-type="text/x-template": the same
  { tag: 'script:linkedin-insight', request: 'https://snap.licdn.com/li.lms-analytics/insight.min.js' }, // blocking, by data-src
  { tag: 'script:linkedin-insight' }, // inline, after the blocking one
  { tag: 'img:facebook-pixel', request: 'https://www.facebook.com/tr?id=000&ev=PageView&noscript=1' },
  { tag: 'iframe:youtube', request: 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ' },
]
const ALL_TAGS = TAGS.map((t) => t.tag)
const ALL_REQUESTS = TAGS.flatMap((t) => t.request ?? []).sort()

const inlineRan = (page: Page) => page.evaluate(() => (window as unknown as { __inlineRan?: string[] }).__inlineRan ?? [])

test.beforeEach(async ({ page }) => {
  await recordActivations(page)
  await page.goto('/test-pages/tags.html', { waitUntil: 'networkidle' })
})

test('every kind of held-back tag activates once, in document order', async ({ page, thirdPartyRequests }) => {
  expect(thirdPartyRequests).toEqual([])
  expect(await inlineRan(page)).toEqual([])

  await callApi(page, 'acceptAll')
  await expect.poll(() => activations(page)).toEqual(ALL_TAGS)
  await expect.poll(() => [...thirdPartyRequests].sort()).toEqual(ALL_REQUESTS)
  // Inline code after a blocking external script finds what that script defined.
  await expect.poll(() => inlineRan(page)).toEqual(['hotjar-settings', 'after-linkedin:function'])
  await expect.poll(async () => (await stubsRan(page)).sort()).toEqual(['gtag', 'hotjar', 'linkedin-insight'])
  await expect(page.locator('img')).toHaveJSProperty('complete', true)
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--stub-bootstrap').trim())).toBe('loaded')

  // Later decisions, withdrawals included, never run a script, stylesheet or pixel twice.
  // (A withdrawn embed is unloaded and loads again on re-consent: embeds.spec.ts.)
  await saveChoice(page, { categories: ['analytics', 'social'] })
  // The refused pixel gives back its address: a copy of the page (htmx's history) would request it again.
  await expect(page.locator('img')).not.toHaveAttribute('src')
  await page.evaluate(() => document.body.cloneNode(true))
  await callApi(page, 'acceptAll')
  await networkQuiet(page)
  expect(await activations(page)).toEqual(ALL_TAGS)
  expect([...thirdPartyRequests].sort()).toEqual(ALL_REQUESTS)
  expect(await inlineRan(page)).toEqual(['hotjar-settings', 'after-linkedin:function'])
  expect((await stubsRan(page)).length).toBe(3)
})

test("vanilla-cookieconsent's run-when-refused tags never run, and the console says why", async ({ page }) => {
  const errors = consoleErrors(page)
  await page.reload({ waitUntil: 'networkidle' })
  await callApi(page, 'rejectAll')
  await callApi(page, 'acceptAll')
  await saveChoice(page, { categories: ['social'] })
  await networkQuiet(page)
  expect((await inlineRan(page)).filter((ran) => ran.startsWith('clean-up'))).toEqual([])
  const told = (attributes: string) =>
    `[consentry] <script ${attributes}> (inline) asks to run when consent is refused (vanilla-cookieconsent's "!"); Consentry has no such tags, so it stays blocked. Run clean-up code from a consentry:change listener instead.`
  await expect.poll(() => errors).toEqual([told('data-category="analytics" data-service="!google-analytics"'), told('data-category="!analytics"')])
})

test('only the allowed categories activate', async ({ page, thirdPartyRequests }) => {
  await saveChoice(page, { categories: ['social', 'advertising'] })
  await expect.poll(() => activations(page)).toEqual(['img:facebook-pixel', 'iframe:youtube'])
  await networkQuiet(page)
  expect([...thirdPartyRequests].sort()).toEqual(TAGS.slice(8).map((t) => t.request).sort())
  expect(await inlineRan(page)).toEqual([])
})
