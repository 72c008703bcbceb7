import { hostsOf } from './service-lists'
import type { ServiceConfig } from './types'

/**
 * Finds the service a URL loads from: the URL's host is one of the service's
 * `hosts` or a subdomain of one (`googletagmanager.com` covers
 * `www.googletagmanager.com`, never `evilgoogletagmanager.com` or
 * `googletagmanager.com.evil.example`). The browser's own URL parser reads the
 * URL, so what matches is where the browser would really connect: ports, case,
 * `//host/…`, `user@host` and a trailing dot are all read as it reads them.
 * Only http(s) URLs on another host than the page can match: relative, data:
 * and blob: URLs never do.
 *
 * `named(text)` says whether a text mentions one of the hosts at all: a cheap
 * test before parsing HTML.
 */
export function hostMatcher(services: ServiceConfig[]) {
  const table = hostTable(services)
  const match = (url: string): ServiceConfig | undefined => {
    const host = hostOf(url)
    const found = host && table.find(([known]) => host == known || host.endsWith('.' + known))
    return found ? found[1] : undefined
  }
  match.named = (text: string) => {
    const lower = text.toLowerCase()
    return table.some(([known]) => lower.includes(known))
  }
  return match
}

const hostTable = (services: ServiceConfig[]) =>
  services.flatMap((service) => hostsOf(service).map((host) => [host.toLowerCase().replace(/^\*?\.|\.$/g, ''), service] as const))

/**
 * The hosts two services both list, with the two ids: by host alone, autoBlock cannot tell
 * whose script a URL there is (Google Analytics, Google Ads and Tag Manager all load from
 * googletagmanager.com), and the first service listed lets it through with its own consent.
 */
export function sharedHosts(services: ServiceConfig[]): [host: string, first: string, second: string][] {
  const owners = new Map<string, string>()
  const shared: [string, string, string][] = []
  for (const [host, { id }] of hostTable(services)) {
    const first = owners.get(host)
    if (first === undefined) owners.set(host, id)
    else if (first != id) shared.push([host, first, id])
  }
  return shared
}

/** The host an http(s) URL on another host than the page's connects to, else ''. */
function hostOf(url: string): string {
  // Only `http(s):…` or `//…` can leave the page's host (the URL parser drops tabs and newlines
  // anywhere, and control characters and spaces in front), or a relative URL under a <base href>
  // on another origin, against which the browser resolves it: anything else needs no parsing.
  const base = document.baseURI
  if (!/^[\0- ]*(https?:|[/\\]{2})/i.test(url.replace(/[\t\n\r]/g, '')) && base.startsWith(location.origin + '/')) return ''
  try {
    const parsed = new URL(url, base)
    return /^https?:$/.test(parsed.protocol) && parsed.host != location.host ? parsed.hostname.replace(/\.$/, '') : ''
  } catch {
    return ''
  }
}
