import type { Page } from '@playwright/test'

/**
 * Waits until the page has started no request for `quietMs`: the moment to
 * assert that something was NOT requested (after a click, `networkidle` has
 * already been reached and would not wait).
 */
export async function networkQuiet(page: Page, quietMs = 400, timeoutMs = 5_000): Promise<void> {
  const started = Date.now()
  let last = Date.now()
  const onRequest = () => (last = Date.now())
  page.on('request', onRequest)
  try {
    while (Date.now() - last < quietMs && Date.now() - started < timeoutMs) await page.waitForTimeout(50)
  } finally {
    page.off('request', onRequest)
  }
}

/**
 * Holds every request for `url` (a route glob) until the returned release is
 * called: a file that arrives late by however long the test needs, on any machine.
 */
export async function holdRequests(page: Page, url: string): Promise<() => void> {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(url, async (route) => {
    await held
    await route.continue()
  })
  return release
}

/**
 * Every file the page fetches from now on out of Consentry's `/dist/` on its own
 * server, by its path there (`consentry-engine.js`), in order, kept up to date;
 * only those whose name starts with `prefix` when one is given. Call before `goto`.
 */
export function consentryFetches(page: Page, prefix = ''): string[] {
  const files: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.host != new URL(page.url()).host || !url.pathname.startsWith('/dist/')) return
    const file = url.pathname.slice('/dist/'.length)
    if (file.startsWith(prefix)) files.push(file)
  })
  return files
}
