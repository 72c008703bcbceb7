import type { Browser } from '@playwright/test'

/**
 * Fails fast, with the reason, when dist/consentry.js does not start in the
 * browser (not built, or a build that throws): otherwise every test would wait
 * for its own timeout and report only a missing banner.
 */
export async function assertConsentryStarts(browser: Browser, baseURL: string): Promise<void> {
  const context = await browser.newContext({ baseURL })
  await context.route((url) => url.origin !== new URL(baseURL).origin, (route) => route.abort())
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  try {
    const response = await page.request.get('/dist/consentry.js')
    if (!response.ok()) throw new Error(`/dist/consentry.js answers ${response.status()}: run \`npm run build\` first.`)
    await page.goto('/test-pages/tags.html')
    const started = await page
      .waitForFunction(() => 'Consentry' in window, undefined, { timeout: 5_000 })
      .then(() => true, () => false)
    if (!started || errors.length) {
      throw new Error(`dist/consentry.js did not start in Chromium: ${errors.join('; ') || 'window.Consentry is missing'}`)
    }
  } finally {
    await context.close()
  }
}
