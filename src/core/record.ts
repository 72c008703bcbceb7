import { isObject, isString } from './config'
import type { ConsentMethod, ConsentRecord } from './types'

const METHODS: ConsentMethod[] = ['accept-all', 'reject-all', 'custom', 'withdrawal']
const DAY = 864e5

/** What a stored record must match to count as a decision on this page. */
export interface Validity {
  revision: number
  expiresDays: number
  now: number
  /**
   * Global Privacy Control is sent (and handled) now. A decision taken without it that was not
   * a Reject all may have let through what the signal refuses: it is asked again, once.
   */
  gpc?: boolean
  /**
   * The service ids the config lists now, but those it files under `necessary` (see api.ts). One
   * the record does not name was added after the visitor decided, who was never asked about it:
   * refused (its tags stay blocked, the preferences show it off) until they decide again, as
   * vanilla-cookieconsent does.
   */
  services: string[]
}

/** A fresh random id for the proof of consent (crypto when available). */
export function newConsentId(): string {
  const bytes = new Uint8Array(16)
  if (typeof crypto === 'object' && crypto.getRandomValues) crypto.getRandomValues(bytes)
  else for (let i = 0; i < 16; i++) bytes[i] = (Math.random() * 256) | 0
  return Array.from(bytes, (byte) => (byte + 256).toString(16).slice(1)).join('')
}

/**
 * Whether `record` allows this category, or this service of it. A service the record names
 * has an answer of its own (allowing YouTube alone allows no other social tag), also where a
 * tag marked `necessary` names it; anything else, a tag that names no service or one the record
 * does not name, needs its whole category. `necessary` needs no consent, so it is allowed without
 * a decision too (`null`, after reset()). The one rule behind isAllowed(), the engine's
 * withdrawals, Consent Mode and the declaration.
 */
export const allows = (record: ConsentRecord | null, category: string, service?: string): boolean =>
  ((service && record?.services[service]) ?? (category == 'necessary' || record?.categories[category])) === true

export const serializeRecord = (record: ConsentRecord): string => JSON.stringify(record)

/**
 * Reads a stored record. Anything that is not exactly a valid, current record
 * (unparsable, wrong types, another revision, expired or future-dated, taken before GPC) is `null`: no consent.
 * Never throws, and copies only the fields it knows, so hostile keys such as
 * `__proto__` cannot reach any object the page uses.
 */
export function parseRecord(raw: string | undefined, validity: Validity): ConsentRecord | null {
  let data: unknown
  try {
    data = JSON.parse(raw as string)
  } catch {
    return null
  }
  if (!isObject(data)) return null
  const { schema, id, createdAt, updatedAt, revision, categories, services, method, language, gpc } = data
  // In days; dated more than a day ahead, a record would outlive `expiresDays` (the clock was
  // ahead at the decision, or the cookie was edited), so it is asked again like an expired one.
  const age = (validity.now - isoTime(updatedAt)) / DAY
  if (
    schema !== 1 ||
    !isString(id) || !/^[\w-]{1,64}$/.test(id) ||
    isNaN(isoTime(createdAt)) ||
    !(age > -1 && age < validity.expiresDays) ||
    revision !== validity.revision ||
    !METHODS.includes(method as ConsentMethod) ||
    !isString(language) || language.length > 35 ||
    (gpc !== undefined && typeof gpc !== 'boolean') ||
    (validity.gpc && !gpc && method != 'reject-all')
  ) {
    return null
  }
  const categoryChoices = booleanMap(categories)
  const serviceChoices = booleanMap(services)
  if (!categoryChoices || !serviceChoices) return null
  categoryChoices.necessary = true
  for (const service of validity.services) serviceChoices[service] ??= false
  const record: ConsentRecord = {
    schema: 1,
    id,
    createdAt: createdAt as string,
    updatedAt: updatedAt as string,
    revision: revision as number,
    categories: categoryChoices,
    services: serviceChoices,
    method: method as ConsentMethod,
    language,
  }
  if (gpc !== undefined) record.gpc = gpc as boolean
  return record
}

/** Milliseconds since 1970 of an ISO 8601 UTC time; NaN for anything else. */
const isoTime = (value: unknown): number =>
  isString(value) && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(value) ? Date.parse(value) : NaN

const UNSAFE_KEYS = ['__proto__', 'constructor', 'prototype']

/** A `{ id: boolean }` map with safe keys only, or undefined when any value is not a boolean. */
function booleanMap(value: unknown): Record<string, boolean> | undefined {
  if (!isObject(value)) return undefined
  const map: Record<string, boolean> = {}
  for (const key of Object.keys(value)) {
    if (typeof value[key] !== 'boolean') return undefined
    if (!UNSAFE_KEYS.includes(key)) map[key] = value[key] as boolean
  }
  return map
}
