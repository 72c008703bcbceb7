import { describe, expect, it } from 'vitest'
import { allows, newConsentId, parseRecord, serializeRecord } from '../../../src/core/record'
import type { ConsentRecord } from '../../../src/core/types'

const now = Date.parse('2026-06-01T12:00:00.000Z')
const validity = { revision: 3, expiresDays: 182, now, services: [] }
const record: ConsentRecord = {
  schema: 1,
  id: 'a1b2c3',
  createdAt: '2026-05-01T10:00:00.000Z',
  updatedAt: '2026-05-20T10:00:00.000Z',
  revision: 3,
  categories: { necessary: true, analytics: true, advertising: false },
  services: { hotjar: false },
  method: 'custom',
  language: 'nl',
}

describe('consent record', () => {
  it('reads back exactly what was written', () => {
    expect(parseRecord(serializeRecord(record), validity)).toEqual(record)
  })

  it('keeps the GPC note', () => {
    expect(parseRecord(serializeRecord({ ...record, gpc: true }), validity)?.gpc).toBe(true)
  })

  it('asks again when GPC is sent now and the decision, taken without it, was not a Reject all', () => {
    const gpcNow = { ...validity, gpc: true }
    expect(parseRecord(serializeRecord({ ...record, method: 'accept-all' }), gpcNow)).toBeNull()
    expect(parseRecord(serializeRecord(record), gpcNow)).toBeNull()
    // Taken under the signal, or refusing everything anyway: it stands.
    expect(parseRecord(serializeRecord({ ...record, method: 'accept-all', gpc: true }), gpcNow)?.method).toBe('accept-all')
    expect(parseRecord(serializeRecord({ ...record, method: 'reject-all' }), gpcNow)?.method).toBe('reject-all')
  })

  it.each([
    ['garbage', 'not json'],
    ['truncated JSON', serializeRecord(record).slice(0, 40)],
    ['nothing', undefined],
    ['an array', '[]'],
    ['null', 'null'],
  ])('treats %s as no consent', (_, raw) => {
    expect(parseRecord(raw, validity)).toBeNull()
  })

  it.each([
    ['another schema', { schema: 2 }],
    ['another revision', { revision: 2 }],
    ['an unknown method', { method: 'scrolled' }],
    ['a non-ISO time', { updatedAt: 'yesterday' }],
    ['a non-boolean choice', { categories: { analytics: 'yes' } }],
    ['services that are not a map', { services: ['hotjar'] }],
    ['a missing id', { id: undefined }],
    ['an over-long id', { id: 'a'.repeat(65) }],
    ['an over-long language', { language: 'en-' + 'x'.repeat(33) }],
  ])('treats a record with %s as no consent', (_, change) => {
    expect(parseRecord(JSON.stringify({ ...record, ...change }), validity)).toBeNull()
  })

  it('takes an id and a language at their longest (64 and 35 characters)', () => {
    expect(parseRecord(serializeRecord({ ...record, id: 'a'.repeat(64), language: 'en-' + 'x'.repeat(32) }), validity)).not.toBeNull()
  })

  it('treats a record older than the configured lifetime as no consent', () => {
    const expired = { ...validity, now: Date.parse('2026-05-20T10:00:00.000Z') + 182 * 864e5 }
    expect(parseRecord(serializeRecord(record), expired)).toBeNull()
    expect(parseRecord(serializeRecord(record), { ...expired, now: expired.now - 1 })).not.toBeNull()
  })

  it('treats a record dated more than a day ahead as no consent, so it cannot outlive its lifetime', () => {
    const at = (time: string) => serializeRecord({ ...record, updatedAt: time })
    expect(parseRecord(at('2026-06-02T13:00:00.000Z'), validity)).toBeNull()
    expect(parseRecord(at('2027-06-01T12:00:00.000Z'), validity)).toBeNull()
    // Within a day ahead (clocks a little off between a decision and now): it stands.
    expect(parseRecord(at('2026-06-02T11:00:00.000Z'), validity)).not.toBeNull()
  })

  it('never lets hostile keys reach the prototype', () => {
    const hostile = '{"schema":1,"id":"x","createdAt":"2026-05-01T10:00:00.000Z","updatedAt":"2026-05-20T10:00:00.000Z",' +
      '"revision":3,"categories":{"__proto__":true,"analytics":true},"services":{"constructor":true},"method":"custom","language":"en"}'
    const parsed = parseRecord(hostile, validity)
    expect(parsed?.categories).toEqual({ analytics: true, necessary: true })
    expect(Object.getPrototypeOf(parsed?.categories)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).analytics).toBeUndefined()
  })

  it('forces necessary on, whatever the cookie says', () => {
    const raw = JSON.stringify({ ...record, categories: { necessary: false } })
    expect(parseRecord(raw, validity)?.categories.necessary).toBe(true)
  })

  it('reads a service the config lists and the record does not name (added since) as refused; one it names keeps its answer', () => {
    const raw = serializeRecord({ ...record, services: { 'google-analytics': true, hotjar: false } })
    const parsed = parseRecord(raw, { ...validity, services: ['google-analytics', 'hotjar', 'clarity'] })
    expect(parsed?.services).toEqual({ 'google-analytics': true, hotjar: false, clarity: false })
    // Its whole category is still allowed: the tags that name no service, and services the config does not list, run.
    expect(allows(parsed, 'analytics', 'clarity')).toBe(false)
    expect(allows(parsed, 'analytics', 'google-analytics')).toBe(true)
    expect(allows(parsed, 'analytics')).toBe(true)
    expect(allows(parsed, 'analytics', 'matomo')).toBe(true)
  })

  it('allows the necessary without a decision; a service the record refuses stays refused, also on a tag marked necessary', () => {
    expect(allows(null, 'necessary')).toBe(true)
    expect(allows(null, 'necessary', 'cloudflare')).toBe(true)
    expect(allows(null, 'analytics')).toBe(false)
    const parsed = parseRecord(serializeRecord(record), validity)
    expect(allows(parsed, 'necessary')).toBe(true)
    expect(allows(parsed, 'necessary', 'cloudflare')).toBe(true)
    // Hotjar refused: a tag of it marked necessary (a slip the engine names) does not run on that account.
    expect(allows(parsed, 'necessary', 'hotjar')).toBe(false)
  })

  it('makes random 32-hex-digit ids', () => {
    const ids = new Set(Array.from({ length: 50 }, newConsentId))
    expect(ids.size).toBe(50)
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/)
  })
})
