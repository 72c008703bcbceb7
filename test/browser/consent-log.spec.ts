import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Page } from '@playwright/test'
import { test, expect } from './fixtures'
import { consoleWarnings } from './browser-state'
import { consentUI } from './consent-ui'

// A consent log on another origin than the pages (an API host, a logging service): what it
// receives, as a real server on another port, answering CORS the way it is told to.

interface Received {
  method: string
  headers: IncomingHttpHeaders
  body: string
}

// Each test's endpoint, closed once the test is over.
const servers: Server[] = []
test.afterEach(() => servers.splice(0).forEach((server) => server.close()))

/** A real server on another port, let past the suite's stand-in for third parties, answering CORS as `cors` says. */
async function endpoint(page: Page, cors: Record<string, string>): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = []
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      received.push({ method: request.method as string, headers: request.headers, body })
      response.writeHead(request.method == 'OPTIONS' ? 204 : 200, cors).end()
    })
  })
  servers.push(server)
  // The pages' host on another port: another origin, whose requests the pages' cookies would go with.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  await page.route(`${origin}/**`, (route) => route.continue())
  return { url: `${origin}/log`, received }
}

/** The usual answer of a logging service: any origin, without credentials. */
const ANY_ORIGIN = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type' }

const posted = (received: Received[]) => received.filter(({ method }) => method == 'POST').map(({ body }) => JSON.parse(body))
const methods = (received: Received[]) => posted(received).map((entry) => entry.consent.method)
/** The cookies that went with the decisions: the site's (the consent cookie among them) must stay on the site. */
const cookiesSent = (received: Received[]) => received.filter(({ method, headers }) => method == 'POST' && headers.cookie !== undefined)

test('an endpoint on another origin that answers CORS with "*" receives every decision, a withdrawal that reloads the page too, without the visitor\'s cookies', async ({ page }) => {
  const log = await endpoint(page, ANY_ORIGIN)
  const ui = consentUI(page)
  // A query and a fragment that hold what no log should get (the fragment never even reaches a server).
  await page.goto(`/test-pages/consent-log-elsewhere.html?log=${encodeURIComponent(log.url)}&email=visitor%40example.com#access_token=secret`)
  await ui.bannerButton('acceptAll').click()
  await expect.poll(() => methods(log.received)).toEqual(['accept-all'])
  // The page is named by its address without them.
  expect(posted(log.received)[0]).toMatchObject({ stored: true, page: new URL('/test-pages/consent-log-elsewhere.html', page.url()).href })

  await ui.reopenButton.click()
  await ui.dialogButton('rejectAll').click()
  await page.waitForLoadState('load')
  await expect.poll(() => methods(log.received)).toEqual(['accept-all', 'withdrawal'])
  // Each says where it was made.
  expect(posted(log.received).map((entry) => entry.source)).toEqual(['banner', 'preferences'])
  expect(cookiesSent(log.received)).toEqual([])
})

test('an endpoint on another origin that answers no CORS at all: the console names the consent log, after the retries', async ({ page }) => {
  const log = await endpoint(page, {})
  const messages = consoleWarnings(page)
  await page.goto(`/test-pages/consent-log-elsewhere.html?log=${encodeURIComponent(log.url)}`)
  await consentUI(page).bannerButton('acceptAll').click()
  await expect
    .poll(() => messages.filter((message) => message.startsWith('[consentry]')), { timeout: 10_000 })
    .toEqual([`[consentry] could not send the decision to consentLog.url "${log.url}" (Failed to fetch). The choice itself is stored.`])
})

test('a relative consentLog.url under a <base href> on another origin is sent as to another origin: it arrives, without the visitor\'s cookies', async ({ page }) => {
  const log = await endpoint(page, ANY_ORIGIN)
  // The page's base is the endpoint's origin (test-pages/consent-log-under-base.html), and the log's URL is `log`.
  await page.goto(`/test-pages/consent-log-under-base.html?log=${encodeURIComponent(log.url)}`)
  await consentUI(page).bannerButton('acceptAll').click()
  await expect.poll(() => methods(log.received)).toEqual(['accept-all'])
  expect(cookiesSent(log.received)).toEqual([])
})
