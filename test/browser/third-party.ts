import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/**
 * The vendors' URLs the tests answer, each with a stub from ./stubs that sets
 * the cookies the real script sets. Anything else from a third party gets a 404.
 */
const STUBS: { match: RegExp; file: string; contentType: string }[] = [
  { match: /^https:\/\/www\.googletagmanager\.com\/gtag\/js\b/, file: 'gtag.js', contentType: 'text/javascript' },
  { match: /^https:\/\/static\.hotjar\.com\/c\/hotjar-\d+\.js\b/, file: 'hotjar.js', contentType: 'text/javascript' },
  { match: /^https:\/\/connect\.facebook\.net\/\w+\/fbevents\.js\b/, file: 'fbevents.js', contentType: 'text/javascript' },
  { match: /^https:\/\/snap\.licdn\.com\/li\.lms-analytics\/insight\.min\.js\b/, file: 'linkedin-insight.js', contentType: 'text/javascript' },
  { match: /^https:\/\/www\.clarity\.ms\/tag\/\w+$/, file: 'clarity.js', contentType: 'text/javascript' },
  { match: /^https:\/\/www\.facebook\.com\/tr\b/, file: 'pixel.gif', contentType: 'image/gif' },
  { match: /^https:\/\/www\.youtube(-nocookie)?\.com\/embed\//, file: 'youtube-embed.html', contentType: 'text/html' },
  { match: /^https:\/\/cdn\.jsdelivr\.net\/npm\/bootstrap@[^/]+\/dist\/css\/bootstrap(\.min)?\.css\b/, file: 'bootstrap.css', contentType: 'text/css' },
  { match: /^https:\/\/(cdnjs\.cloudflare\.com\/ajax\/libs\/font-awesome|use\.fontawesome\.com)\/.+\.css\b/, file: 'font-awesome.css', contentType: 'text/css' },
]

export interface StubResponse {
  status: number
  contentType: string
  headers: Record<string, string>
  body: Buffer | string
}

// Lets the stubs load as `type="module"` scripts too, which need CORS.
const headers = { 'Access-Control-Allow-Origin': '*' }

export function stubResponse(url: string): StubResponse {
  const stub = STUBS.find(({ match }) => match.test(url))
  if (!stub) return { status: 404, contentType: 'text/plain', headers, body: `No stub for ${url}` }
  const body = readFileSync(fileURLToPath(new URL(`./stubs/${stub.file}`, import.meta.url)))
  return { status: 200, contentType: stub.contentType, headers, body }
}
