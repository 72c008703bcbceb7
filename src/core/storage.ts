import { parseRecord, type Validity } from './record'
import type { ConsentRecord, ResolvedConfig } from './types'

type CookieSettings = ResolvedConfig['cookie']

/**
 * The newest valid record among every cookie of our name. Several can exist
 * (other paths, a parent domain); a broken one never hides a valid one.
 *
 * `renew` (once per page, at the start: a write here would otherwise tell every tab
 * that watches the cookie, and each would write it again): its cookie is written again,
 * the value unchanged, to run out when the record does. Safari and Brave end a cookie
 * that a script wrote 7 days after it was last written, whatever its expiry: without
 * this, a visitor there would be asked again every week, however often they came back.
 * It keeps the choice only as long as the choice holds: the record's own date, plus
 * `cookie.expiresDays`, still decides when to ask again.
 */
export function readRecord(cookie: CookieSettings, validity: Validity, renew?: boolean): ConsentRecord | null {
  let newest: ConsentRecord | null = null
  for (const raw of cookieValues(cookie.name)) {
    const record = parseRecord(raw, validity)
    if (record && isNewer(record, newest)) {
      newest = record
      // The newest so far, rewritten: the last such write is the newest's.
      if (!renew) continue
      const expires = new Date(Date.parse(record.updatedAt) + cookie.expiresDays * 864e5).toUTCString()
      document.cookie = `${cookie.name}=${encodeURIComponent(raw)}; expires=${expires}; path=${cookie.path}${cookie.domain ? '; domain=' + cookie.domain : ''}; samesite=${cookie.sameSite}${cookie.secure ? '; secure' : ''}`
    }
  }
  return newest
}

/** Whether `record` was decided after `than`, or there is nothing to compare it with. */
export const isNewer = (record: ConsentRecord, than: ConsentRecord | null): boolean =>
  !than || Date.parse(record.updatedAt) > Date.parse(than.updatedAt)

/** Every value of the cookies of this name, decoded (a path or parent domain can add more than one). */
export function cookieValues(name: string): string[] {
  const values: string[] = []
  for (const pair of document.cookie.split('; ')) {
    if (!pair.startsWith(name + '=')) continue
    try {
      values.push(decodeURIComponent(pair.slice(name.length + 1)))
    } catch {
      // A malformed escape is just a record we cannot read.
    }
  }
  return values
}
