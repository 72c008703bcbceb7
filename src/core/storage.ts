import { parseRecord, type Validity } from './record'
import type { ConsentRecord, ResolvedConfig } from './types'

type CookieSettings = ResolvedConfig['cookie']

/**
 * The newest valid record among every cookie of our name. Several can exist
 * (other paths, a parent domain); a broken one never hides a valid one.
 */
export function readRecord(cookie: CookieSettings, validity: Validity): ConsentRecord | null {
  let newest: ConsentRecord | null = null
  for (const raw of cookieValues(cookie.name)) {
    const record = parseRecord(raw, validity)
    if (record && isNewer(record, newest)) newest = record
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
    const split = pair.indexOf('=')
    if (pair.slice(0, split) !== name) continue
    try {
      values.push(decodeURIComponent(pair.slice(split + 1)))
    } catch {
      // A malformed escape is just a record we cannot read.
    }
  }
  return values
}
