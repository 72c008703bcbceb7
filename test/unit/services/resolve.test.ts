import { describe, expect, it } from 'vitest'
import type { ServiceConfig } from '../../../src/core/types'
import { hotjar, resolveService } from '../../../src/services'
import { catalogue, lookupService } from '../../../src/services/registry'

const custom: ServiceConfig = { id: 'intercom', name: 'Intercom', category: 'functional' }

describe('resolveService', () => {
  it('turns a catalogue id into its entry', () => {
    expect(resolveService('hotjar', catalogue)).toEqual(hotjar())
  })

  it('returns undefined for an unknown id', () => {
    expect(resolveService('hotjar-cloud', catalogue)).toBeUndefined()
  })

  it("does not mistake Object's own properties for catalogue ids", () => {
    for (const id of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(resolveService(id, catalogue)).toBeUndefined()
  })

  it('knows no ids without a registry (ES-module users import factories)', () => {
    expect(resolveService('hotjar')).toBeUndefined()
  })

  it('returns a service object that is not in the catalogue as it is', () => {
    expect(resolveService(custom, catalogue)).toBe(custom)
    expect(resolveService(custom)).toBe(custom)
  })

  it('lays an object with a catalogue id over that entry, field by field', () => {
    const resolved = resolveService({ id: 'hotjar', category: 'functional' } as ServiceConfig, catalogue)
    expect(resolved).toEqual({ ...hotjar(), category: 'functional' })
  })

  it('returns undefined for something that is not a service', () => {
    for (const junk of [null, 42, undefined]) expect(resolveService(junk as never, catalogue)).toBeUndefined()
  })
})

describe('lookupService (script build)', () => {
  it('resolves ids and objects against the whole catalogue', () => {
    expect(lookupService('google-analytics')?.id).toBe('google-analytics')
    expect(lookupService('nope')).toBeUndefined()
    expect(lookupService({ id: 'youtube', name: 'Videos' } as ServiceConfig)?.hosts).toContain('youtube.com')
  })
})
