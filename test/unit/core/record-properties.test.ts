import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseRecord, serializeRecord } from '../../../src/core/record'
import type { ConsentRecord } from '../../../src/core/types'

const now = Date.parse('2026-06-01T12:00:00.000Z')
const validity = { revision: 4, expiresDays: 365, now, services: [] }

const id = fc.stringMatching(/^[a-z][\w-]{0,20}$/)
const time = fc.integer({ min: now - 300 * 864e5, max: now }).map((ms) => new Date(ms).toISOString())
const choices = fc.dictionary(id, fc.boolean())

const validRecord: fc.Arbitrary<ConsentRecord> = fc
  .record({
    id: fc.stringMatching(/^[\w-]{1,64}$/),
    createdAt: time,
    updatedAt: time,
    categories: choices,
    services: choices,
    method: fc.constantFrom('accept-all', 'reject-all', 'custom', 'withdrawal'),
    language: fc.constantFrom('en', 'nl', 'de', 'pt-BR'),
    gpc: fc.option(fc.boolean(), { nil: undefined }),
  })
  .map((fields) => {
    const record: ConsentRecord = { schema: 1, revision: 4, ...fields, categories: { ...fields.categories, necessary: true } }
    if (fields.gpc === undefined) delete record.gpc
    return record
  })

describe('consent record, for any input', () => {
  it('reads back exactly what was written', () => {
    fc.assert(
      fc.property(validRecord, (record) => {
        expect(parseRecord(serializeRecord(record), validity)).toEqual(record)
      }),
    )
  })

  it('never throws on arbitrary strings, and returns a record or null', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 4096 }), (raw) => {
        const parsed = parseRecord(raw, validity)
        expect(parsed === null || typeof parsed === 'object').toBe(true)
      }),
    )
  })

  it('never throws on arbitrary JSON, and never lets a polluting key through', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (raw) => {
        parseRecord(raw, validity)
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      }),
    )
  })

  it('rejects valid records with one field of the wrong type', () => {
    const wrong = fc.constantFrom<[keyof ConsentRecord, unknown]>(
      ['schema', '1'], ['id', 42], ['createdAt', 0], ['updatedAt', null], ['revision', '4'],
      ['categories', []], ['services', { a: 1 }], ['method', 'click'], ['language', {}], ['gpc', 'yes'],
    )
    fc.assert(
      fc.property(validRecord, wrong, (record, [field, value]) => {
        expect(parseRecord(JSON.stringify({ ...record, [field]: value }), validity)).toBeNull()
      }),
    )
  })

  it('copies no hostile keys into the choices', () => {
    fc.assert(
      fc.property(validRecord, fc.constantFrom('__proto__', 'constructor', 'prototype'), (record, key) => {
        const raw = serializeRecord(record).replace('"categories":{', `"categories":{"${key}":true,`)
        const parsed = parseRecord(raw, validity) as ConsentRecord
        expect(Object.prototype.hasOwnProperty.call(parsed.categories, key)).toBe(false)
        expect(Object.getPrototypeOf(parsed.categories)).toBe(Object.prototype)
      }),
    )
  })
})
