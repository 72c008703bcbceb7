import Cookies from 'js-cookie'
import { domainVariants, pathVariants } from './cookies'
import { logWarning } from './log'
import { serializeRecord } from './record'
import { cookieValues } from './storage'
import type { ConsentRecord, ResolvedConfig, UIHost } from './types'

type CookieSettings = ResolvedConfig['cookie']

/**
 * Stores the record. When the browser refuses (cookies off, a domain or secure
 * setting that does not fit the page, a record over 4 KB) the decision still holds
 * for this page, as the engine keeps it in its store, and the site owner is told why
 * (in messages.ts's words). Whether the browser kept it.
 */
export function writeRecord(record: ConsentRecord, cookie: CookieSettings, tell: UIHost['tell']): boolean {
  const value = serializeRecord(record)
  Cookies.set(cookie.name, value, {
    expires: cookie.expiresDays,
    path: cookie.path,
    domain: cookie.domain,
    sameSite: cookie.sameSite,
    secure: cookie.secure,
  })
  if (cookieValues(cookie.name).includes(value)) {
    // Copies elsewhere (a former cookie.path or cookie.domain) are older, and a page that sees
    // only such a copy would run by it, and write it over this one as it renews its cookie.
    removeRecord(cookie, true)
    return true
  }
  // Browsers keep no cookie over 4096 bytes (name and value): a config with very many services gets there.
  // The rest of why (a setting that does not fit this page) messages.ts works out from the settings.
  const size = cookie.name.length + Cookies.converter.write(value, cookie.name).length
  tell([['', 'cookie.refused', [cookie.name, size, cookie]]], [], logWarning)
  return false
}

/**
 * The revision of a stored record made under a later config than `revision`, readable or not
 * otherwise (expired, say); undefined when there is none.
 */
export function newerRevisionStored({ name }: CookieSettings, revision: number): number | undefined {
  for (const raw of cookieValues(name)) {
    try {
      const stored = JSON.parse(raw).revision
      // A number, as in a record: `"9"` or `[2]` would stand in for one, and no decision could be stored.
      if (typeof stored == 'number' && stored > revision) return stored
    } catch {
      // Not a record at all: nothing to protect.
    }
  }
  return undefined
}

/**
 * Forgets the record wherever a cookie of its name can be seen from this page: the config's
 * path and domain, and any other a former cookie setting left (host-only, a parent domain,
 * a path above this page). The core reads every one of them, so one left behind would
 * bring the forgotten decision back on the next page. `Secure` where it can be set: the
 * browser takes no other write to a `__Secure-` or `__Host-` name. `elsewhere`: all but the
 * copy at the config's path and domain.
 */
export function removeRecord(cookie: CookieSettings, elsewhere?: boolean): void {
  // The copy the config writes. Host-only, it is also kept under the host's own name, which some
  // cookie jars take for the same cookie (happy-dom's does). Domains compare in lower case, as
  // browsers match them: `.Example.com` is the cookie just written on example.com.
  const kept = !elsewhere ? [] : cookie.domain ? [cookie.domain.replace(/^\./, '').toLowerCase()] : [undefined, location.hostname]
  for (const domain of domainVariants(location.hostname, cookie.domain))
    for (const path of pathVariants(location.pathname, cookie.path))
      if (path != cookie.path || !kept.includes(domain?.toLowerCase())) Cookies.remove(cookie.name, { path, domain, secure: window.isSecureContext })
}
