import Cookies from 'js-cookie'
import { logWarning } from './log'
import { parseRecord, serializeRecord, type Validity } from './record'
import type { ConsentRecord, ResolvedConfig } from './types'

type CookieSettings = ResolvedConfig['cookie']

/**
 * Kept when the browser refuses our cookie (cookies off, storage full), so the
 * visitor's decision still holds for this page and nothing non-essential runs
 * without it.
 */
let memoryRecord: string | undefined

/**
 * The newest valid record among every cookie of our name. Several can exist
 * (other paths, a parent domain); a broken one never hides a valid one.
 */
export function readRecord(cookie: CookieSettings, validity: Validity): ConsentRecord | null {
  let newest: ConsentRecord | null = null
  for (const raw of cookieValues(cookie.name).concat(memoryRecord ?? [])) {
    const record = parseRecord(raw, validity)
    if (record && (!newest || Date.parse(record.updatedAt) > Date.parse(newest.updatedAt))) newest = record
  }
  return newest
}

function cookieValues(name: string): string[] {
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

/** Stores the record; falls back to memory with one warning when the browser refuses. */
export function writeRecord(record: ConsentRecord, cookie: CookieSettings): void {
  const value = serializeRecord(record)
  memoryRecord = undefined
  Cookies.set(cookie.name, value, {
    expires: cookie.expiresDays,
    path: cookie.path,
    domain: cookie.domain,
    sameSite: cookie.sameSite,
    secure: cookie.secure,
  })
  if (!cookieValues(cookie.name).includes(value)) {
    memoryRecord = value
    logWarning(
      `the browser did not store the consent cookie "${cookie.name}" (cookies disabled, or a domain/secure setting that does not fit this page). ` +
        'The choice holds for this page only; check config.cookie.',
    )
  }
}

export function removeRecord(cookie: CookieSettings): void {
  memoryRecord = undefined
  Cookies.remove(cookie.name, { path: cookie.path, domain: cookie.domain })
}
