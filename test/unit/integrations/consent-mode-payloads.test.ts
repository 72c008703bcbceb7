import { describe, expect, it } from 'vitest'
import {
  consentModeDefaults,
  consentModeUpdate,
  isAdvancedConsentModeService,
} from '../../../src/core/integrations/consent-mode'
import { googleAds, googleAnalytics, googleTagManager, hotjar, youtube } from '../../../src/services'
import type { ServiceConfig } from '../../../src/core/types'
import { makeConfig, makeRecord } from './fixtures'

const allDenied = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
}

describe('consentModeDefaults', () => {
  it('denies all seven types except security_storage, which maps to necessary', () => {
    expect(consentModeDefaults(makeConfig())).toEqual(allDenied)
  })

  it('adds wait_for_update and region when configured', () => {
    const config = makeConfig({}, { waitForUpdate: 500, region: ['NL', 'BE', 'US-CA'] })
    expect(consentModeDefaults(config)).toEqual({ ...allDenied, wait_for_update: 500, region: ['NL', 'BE', 'US-CA'] })
  })

  it('keeps wait_for_update 0, which is a valid setting', () => {
    expect(consentModeDefaults(makeConfig({}, { waitForUpdate: 0 })).wait_for_update).toBe(0)
  })

  it('follows the mapping: a type mapped to necessary is granted, security_storage mapped elsewhere is not', () => {
    const config = makeConfig({}, { mapping: { functionality_storage: ['necessary'], security_storage: ['functional'] } })
    const defaults = consentModeDefaults(config)
    expect(defaults.functionality_storage).toBe('granted')
    expect(defaults.security_storage).toBe('denied')
  })
})

describe('consentModeUpdate with the default mapping', () => {
  const config = makeConfig()

  it('denies everything but security_storage without a decision', () => {
    expect(consentModeUpdate(config, null)).toEqual(allDenied)
  })

  it('maps analytics to analytics_storage only', () => {
    expect(consentModeUpdate(config, makeRecord(['analytics']))).toEqual({ ...allDenied, analytics_storage: 'granted' })
  })

  it('maps advertising to ad_storage, ad_user_data and ad_personalization', () => {
    expect(consentModeUpdate(config, makeRecord(['advertising']))).toEqual({
      ...allDenied,
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
    })
  })

  it('maps functional to functionality_storage and personalization_storage', () => {
    expect(consentModeUpdate(config, makeRecord(['functional']))).toEqual({
      ...allDenied,
      functionality_storage: 'granted',
      personalization_storage: 'granted',
    })
  })

  it('lets tracking and social grant nothing', () => {
    expect(consentModeUpdate(config, makeRecord(['tracking', 'social']))).toEqual(allDenied)
  })

  it('carries no wait_for_update or region in an update', () => {
    const update = consentModeUpdate(makeConfig({}, { waitForUpdate: 500, region: ['NL'] }), makeRecord([]))
    expect(update).not.toHaveProperty('wait_for_update')
    expect(update).not.toHaveProperty('region')
  })
})

describe('consentModeUpdate with an overridden mapping', () => {
  const config = makeConfig({}, { mapping: { analytics_storage: ['functional'], ad_personalization: ['tracking', 'advertising'] } })

  it('grants a type through the categories config names instead of the default ones', () => {
    expect(consentModeUpdate(config, makeRecord(['analytics'])).analytics_storage).toBe('denied')
    expect(consentModeUpdate(config, makeRecord(['functional'])).analytics_storage).toBe('granted')
  })

  it('grants a type mapped to several categories when any one of them is allowed', () => {
    const update = consentModeUpdate(config, makeRecord(['tracking']))
    expect(update.ad_personalization).toBe('granted')
    expect(update.ad_storage).toBe('denied')
  })

  it('leaves the types config does not name on their defaults', () => {
    expect(consentModeUpdate(config, makeRecord(['advertising'])).ad_storage).toBe('granted')
  })
})

describe('consentModeUpdate with service choices', () => {
  const config = makeConfig({ services: [googleAnalytics(), hotjar(), googleAds()] })

  it('denies analytics_storage when the only service needing it was switched off', () => {
    const record = makeRecord(['analytics', 'advertising'], { 'google-analytics': false, hotjar: true })
    expect(consentModeUpdate(config, record).analytics_storage).toBe('denied')
    expect(consentModeUpdate(config, record).ad_storage).toBe('granted')
  })

  it('grants it when that service follows its allowed category', () => {
    expect(consentModeUpdate(config, makeRecord(['analytics'], { hotjar: false })).analytics_storage).toBe('granted')
  })

  it('grants it when the visitor allows that service alone, though not its whole category', () => {
    expect(consentModeUpdate(config, makeRecord([], { 'google-analytics': true })).analytics_storage).toBe('granted')
    // Hotjar alone speaks no Consent Mode: it grants nothing of Google's.
    expect(consentModeUpdate(config, makeRecord([], { hotjar: true })).analytics_storage).toBe('denied')
  })

  it('grants a type a service declares whenever that service is allowed, whatever its category is called or the mapping says', () => {
    // A site migrating from Cookiebot: `statistics` and `marketing`, none of the default mapping's names.
    const categories = ['necessary', 'preferences', 'statistics', 'marketing']
    const migrated = makeConfig({
      categories,
      services: [{ ...googleAnalytics(), category: 'statistics' }, { ...googleAds(), category: 'marketing' }, { ...hotjar(), category: 'statistics' }],
    })
    const acceptAll = { ...makeRecord([]), categories: Object.fromEntries(categories.map((id) => [id, true])) }
    expect(consentModeUpdate(migrated, acceptAll)).toEqual({
      ...allDenied,
      analytics_storage: 'granted',
      ad_storage: 'granted',
      ad_user_data: 'granted',
      ad_personalization: 'granted',
    })
    const statisticsOnly = { ...acceptAll, categories: { necessary: true, preferences: false, statistics: true, marketing: false } }
    expect(consentModeUpdate(migrated, statisticsOnly)).toEqual({ ...allDenied, analytics_storage: 'granted' })

    const mapped = makeConfig({ services: [googleAnalytics()] }, { mapping: { analytics_storage: ['functional'] } })
    expect(consentModeUpdate(mapped, makeRecord([], { 'google-analytics': true })).analytics_storage).toBe('granted')
    expect(consentModeUpdate(mapped, makeRecord(['functional'], { 'google-analytics': false })).analytics_storage).toBe('denied')
  })
})

describe('services whose Consent Mode types the config check reported', () => {
  // As a site may write them: consentry-consent-mode.js reports each, and must not throw on any.
  const ga = (consentMode: unknown) => ({ ...googleAnalytics(), consentMode }) as unknown as ServiceConfig
  const refusedGa = makeRecord(['analytics'], { 'google-analytics': false })

  it('reads a lone type as a list of one', () => {
    const config = makeConfig({ services: [ga('analytics_storage')] }, { mode: 'advanced' })
    expect(consentModeUpdate(config, refusedGa).analytics_storage).toBe('denied')
    expect(isAdvancedConsentModeService(config, 'google-analytics')).toBe(true)
  })

  it('takes any other value for no types at all: they follow the categories, and advanced mode does not load the service early', () => {
    for (const value of [true, 1, { analytics_storage: true }, null]) {
      const config = makeConfig({ services: [ga(value)] }, { mode: 'advanced' })
      expect(consentModeUpdate(config, refusedGa), String(value)).toEqual({ ...allDenied, analytics_storage: 'granted' })
      expect(consentModeUpdate(config, null)).toEqual(allDenied)
      expect(isAdvancedConsentModeService(config, 'google-analytics')).toBe(false)
    }
  })

  it('leaves out the items that are not Consent Mode types', () => {
    const config = makeConfig({ services: [ga([42, 'analytics', 'analytics_storage'])] })
    expect(consentModeUpdate(config, refusedGa).analytics_storage).toBe('denied')
  })
})

describe('isAdvancedConsentModeService', () => {
  const services = [googleAnalytics(), googleTagManager(), youtube(), hotjar()]

  it('is false for every service in basic mode', () => {
    const config = makeConfig({ services }, { mode: 'basic' })
    expect(services.map((s) => isAdvancedConsentModeService(config, s.id))).toEqual([false, false, false, false])
  })

  it('is true in advanced mode only for Google tags that understand Consent Mode', () => {
    const config = makeConfig({ services }, { mode: 'advanced' })
    expect(isAdvancedConsentModeService(config, 'google-analytics')).toBe(true)
    expect(isAdvancedConsentModeService(config, 'google-tag-manager')).toBe(true)
    expect(isAdvancedConsentModeService(config, 'youtube')).toBe(false)
    expect(isAdvancedConsentModeService(config, 'hotjar')).toBe(false)
    expect(isAdvancedConsentModeService(config, 'google-ads')).toBe(false) // not configured
  })

  it('is false when Consent Mode is off', () => {
    expect(isAdvancedConsentModeService(makeConfig({ services }, false), 'google-analytics')).toBe(false)
  })
})
