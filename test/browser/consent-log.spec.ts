import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
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

async function endpoint(cors: Record<string, string>): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = []
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      received.push({ method: request.method as string, headers: request.headers, body })
      response.writeHead(request.method == 'OPTIONS' ? 204 : 200, cors).end()
    })
  })
  // The pages' host on another port: another origin, whose requests the pages' cookies would go with.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/log`, received, server }
}

const posted = (received: Received[]) => received.filter(({ method }) => method == 'POST').map(({ body }) => JSON.parse(body))

test('an endpoint on another origin that answers CORS with "*" receives every decision, a withdrawal that reloads the page too, without the visitor\'s cookies', async ({ page }) => {
  const log = await endpoint({ 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type' })
  try {
    // Past the suite's stand-in for third parties: this one is a real server.
    await page.route(`${new URL(log.url).origin}/**`, (route) => route.continue())
    const ui = consentUI(page)
    // A query and a fragment that hold what no log should get (the fragment never even reaches a server).
    await page.goto(`/test-pages/consent-log-elsewhere.html?log=${encodeURIComponent(log.url)}&email=visitor%40example.com#access_token=secret`)
    await ui.bannerButton('acceptAll').click()
    await expect.poll(() => posted(log.received).map((entry) => entry.consent.method)).toEqual(['accept-all'])
    // The page is named by its address without them.
    expect(posted(log.received)[0]).toMatchObject({ stored: true, page: new URL('/test-pages/consent-log-elsewhere.html', page.url()).href })

    await ui.reopenButton.click()
    await ui.dialogButton('rejectAll').click()
    await page.waitForLoadState('load')
    await expect.poll(() => posted(log.received).map((entry) => entry.consent.method)).toEqual(['accept-all', 'withdrawal'])
    // The site's cookies stay on the site (the consent cookie among them): none went with either decision.
    for (const { method, headers } of log.received) if (method == 'POST') expect(headers.cookie).toBeUndefined()
  } finally {
    log.server.close()
  }
})

test('an endpoint on another origin that answers no CORS at all: the console names the consent log, after the retries', async ({ page }) => {
  const log = await endpoint({})
  try {
    await page.route(`${new URL(log.url).origin}/**`, (route) => route.continue())
    const messages = consoleWarnings(page)
    await page.goto(`/test-pages/consent-log-elsewhere.html?log=${encodeURIComponent(log.url)}`)
    await consentUI(page).bannerButton('acceptAll').click()
    await expect
      .poll(() => messages.filter((message) => message.startsWith('[consentry]')), { timeout: 10_000 })
      .toEqual([`[consentry] could not send the decision to consentLog.url "${log.url}" (Failed to fetch). The choice itself is stored.`])
  } finally {
    log.server.close()
  }
})

test('a relative consentLog.url under a <base href> on another origin is sent as to another origin: it arrives, without the visitor\'s cookies', async ({ page }) => {
  const log = await endpoint({ 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type' })
  try {
    await page.route(`${new URL(log.url).origin}/**`, (route) => route.continue())
    // The page's base is the endpoint's origin (test-pages/consent-log-under-base.html), and the log's URL is `log`.
    await page.goto(`/test-pages/consent-log-under-base.html?log=${encodeURIComponent(log.url)}`)
    await consentUI(page).bannerButton('acceptAll').click()
    await expect.poll(() => posted(log.received).map((entry) => entry.consent.method)).toEqual(['accept-all'])
    for (const { method, headers } of log.received) if (method == 'POST') expect(headers.cookie).toBeUndefined()
  } finally {
    log.server.close()
  }
})
