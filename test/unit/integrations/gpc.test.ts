import { afterEach, describe, expect, it, vi } from 'vitest'
import { applyGpc, gpcSignal, resolveGpcCategories } from '../../../src/core/integrations/gpc'
import { CATEGORIES } from './fixtures'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('gpcSignal', () => {
  it('is false when the browser sends no signal', () => {
    expect(gpcSignal()).toBe(false)
  })

  it('is true when navigator.globalPrivacyControl is true', () => {
    vi.stubGlobal('navigator', { globalPrivacyControl: true })
    expect(gpcSignal()).toBe(true)
  })

  it('is false for anything but true', () => {
    vi.stubGlobal('navigator', { globalPrivacyControl: 'true' })
    expect(gpcSignal()).toBe(false)
  })

  it('does not crash without a navigator (server rendering)', () => {
    vi.stubGlobal('navigator', undefined)
    expect(gpcSignal()).toBe(false)
  })
})

describe('resolveGpcCategories', () => {
  it('defaults to advertising and tracking, in config order', () => {
    expect(resolveGpcCategories(undefined, CATEGORIES)).toEqual(['tracking', 'advertising'])
    expect(resolveGpcCategories(true, CATEGORIES)).toEqual(['tracking', 'advertising'])
  })

  it('keeps only defaults the site has configured', () => {
    expect(resolveGpcCategories(undefined, ['necessary', 'analytics', 'advertising'])).toEqual(['advertising'])
  })

  it('is empty when GPC handling is off', () => {
    expect(resolveGpcCategories(false, CATEGORIES)).toEqual([])
  })

  it('uses the configured categories, never necessary, and reports unknown ones', () => {
    const problems: unknown[] = []
    expect(resolveGpcCategories({ categories: ['social', 'necessary', 'marketing'] }, CATEGORIES, (...p) => problems.push(p))).toEqual(['social'])
    expect(problems).toEqual([['gpc.categories[2]', 'category.known', 'marketing']])
  })

  it('keeps the defaults for malformed input, and reports it', () => {
    const problems: unknown[] = []
    expect(resolveGpcCategories({ categories: 'social' } as never, CATEGORIES, (...p) => problems.push(p))).toEqual(['tracking', 'advertising'])
    expect(problems).toHaveLength(1)
  })
})

describe('applyGpc', () => {
  it('removes the GPC categories from what Accept all grants', () => {
    expect(applyGpc(CATEGORIES, ['tracking', 'advertising'])).toEqual(['necessary', 'functional', 'analytics', 'social'])
  })

  it('grants everything when GPC refuses nothing', () => {
    expect(applyGpc(CATEGORIES, [])).toEqual(CATEGORIES)
  })
})
