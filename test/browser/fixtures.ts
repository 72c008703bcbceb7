import { test as base, expect } from '@playwright/test'
import { startServer, type RunningServer } from '../../demo/serve.mjs'
import { assertConsentryStarts } from './build-check'
import { stubResponse } from './third-party'

/**
 * Every test gets: the demo server (one per worker; demo/ at `/`, dist/ at
 * `/dist/`, ./pages at `/test-pages/`), `baseURL` pointing at it, and
 * `thirdPartyRequests`: every URL the page asked of another host, in order.
 * Nothing leaves the machine: such requests are answered by ./stubs.
 * Preact, React, Vue, Svelte (with esm-env and clsx, which its runtime imports), Turbo and htmx are at
 * `/test-vendor/`, for pages an app renders or swaps, and nanostores and js-cookie for the pages that
 * run the npm package's ES module.
 * `page` is only handed out once the build is known to start.
 */
export const test = base.extend<{ thirdPartyRequests: string[] }, { server: RunningServer; consentryStarts: void }>({
  server: [
    async ({}, use) => {
      const server = await startServer({ port: 0, mounts: { '/test-pages/': 'test/browser/pages', '/test-vendor/preact/': 'node_modules/preact/dist', '/test-vendor/preact-jsx-runtime/': 'node_modules/preact/jsx-runtime/dist', '/test-vendor/nanostores/': 'node_modules/nanostores', '/test-vendor/js-cookie/': 'node_modules/js-cookie/dist', '/test-vendor/react/': 'node_modules/react/umd', '/test-vendor/react-dom/': 'node_modules/react-dom/umd', '/test-vendor/turbo/': 'node_modules/@hotwired/turbo/dist', '/test-vendor/htmx/': 'node_modules/htmx.org/dist', '/test-vendor/vue/': 'node_modules/vue/dist', '/test-vendor/svelte/': 'node_modules/svelte/src', '/test-vendor/esm-env/': 'node_modules/esm-env', '/test-vendor/clsx/': 'node_modules/clsx/dist' } })
      await use(server)
      await server.close()
    },
    { scope: 'worker' },
  ],

  baseURL: async ({ server }, use) => use(server.url),

  consentryStarts: [
    async ({ browser, server }, use) => {
      await assertConsentryStarts(browser, server.url)
      await use()
    },
    { scope: 'worker' },
  ],

  // Every test's page needs a working build; harness.spec.ts opens its own page to run without one.
  page: async ({ page, consentryStarts }, use) => {
    void consentryStarts
    await use(page)
  },

  thirdPartyRequests: [
    async ({ context, server }, use) => {
      const requests: string[] = []
      const local = new URL(server.url).origin
      await context.route(
        (url) => url.origin !== local,
        async (route) => {
          requests.push(route.request().url())
          await route.fulfill(stubResponse(route.request().url()))
        },
      )
      await use(requests)
    },
    { auto: true },
  ],
})

export { expect }
