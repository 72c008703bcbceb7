import Cookies from 'js-cookie'
import { logWarning } from './log'
import { serializeRecord } from './record'
import { cookieValues } from './storage'
import type { ConsentRecord, ResolvedConfig } from './types'

type CookieSettings = ResolvedConfig['cookie']

/**
 * Stores the record. When the browser refuses (cookies off, a domain or secure
 * setting that does not fit the page) the decision still holds for this page,
 * as the engine keeps it in its store, and the site owner is told once.
 */
export function writeRecord(record: ConsentRecord, cookie: CookieSettings): void {
  const value = serializeRecord(record)
  Cookies.set(cookie.name, value, {
    expires: cookie.expiresDays,
    path: cookie.path,
    domain: cookie.domain,
    sameSite: cookie.sameSite,
    secure: cookie.secure,
  })
  if (!cookieValues(cookie.name).includes(value)) {
    logWarning(
      `the browser did not store the consent cookie "${cookie.name}" (cookies disabled, or a domain/secure setting that does not fit this page). ` +
        'The choice holds for this page only; check config.cookie.',
    )
  }
}

export function removeRecord(cookie: CookieSettings): void {
  Cookies.remove(cookie.name, { path: cookie.path, domain: cookie.domain })
}
