import { describe, expect, it } from 'vitest'
import { CONSENT_MODE_TYPES } from '../../../src/core/integrations/consent-mode'
import { BUILT_IN_LANGUAGES } from '../../../src/core/language'
import type { CookieDeclaration, LocalizedText, ServiceConfig } from '../../../src/core/types'
import * as services from '../../../src/services'
import { catalogue } from '../../../src/services/registry'

const CATEGORIES = ['necessary', 'functional', 'analytics', 'tracking', 'social', 'advertising']
const IDS = [
  'google-analytics',
  'google-tag-manager',
  'google-ads',
  'hotjar',
  'microsoft-clarity',
  'facebook-pixel',
  'linkedin-insight',
  'tiktok-pixel',
  'youtube',
  'vimeo',
  'google-maps',
  'cloudflare',
  'bootstrap-cdn',
  'cdnjs',
  'font-awesome-cdn',
]
const entries = Object.entries(catalogue).map(([key, factory]) => [key, factory()] as const)

/**
 * A text in every built-in language: a language left out would show English there. A sentence
 * must also differ from the English, or it was left untranslated (a word such as "session"
 * may be the same).
 */
const expectEveryLanguage = (text: LocalizedText | undefined, what: string, sentence = false) => {
  expect(typeof text, what).toBe('object')
  const byLanguage = text as Record<string, string>
  expect(Object.keys(byLanguage).sort(), what).toEqual([...BUILT_IN_LANGUAGES].sort())
  for (const language of BUILT_IN_LANGUAGES) {
    expect(byLanguage[language], `${what}.${language}`).toMatch(/\S/)
    if (sentence && language != 'en') expect(byLanguage[language], `${what}: ${language} differs from English`).not.toBe(byLanguage.en)
  }
  // The Dutch UI speaks to the visitor as "je"; a formal "u" or "uw" beside it reads as two voices.
  expect(byLanguage.nl, `${what}.nl`).not.toMatch(/\bu(w)?\b/i)
}

const cookieNamed = (service: ServiceConfig, name: string): CookieDeclaration | undefined =>
  service.cookies?.find((cookie) => cookie.name === name)

describe('the catalogue', () => {
  it('holds exactly the services of issue 5, each under its own id', () => {
    expect(Object.keys(catalogue).sort()).toEqual([...IDS].sort())
    for (const [key, service] of entries) expect(service.id).toBe(key)
    expect(new Set(entries.map(([, s]) => s.id)).size).toBe(IDS.length)
  })

  it('exports every registry factory from the index, and only factories besides resolveService', () => {
    const { resolveService, ...factories } = services
    expect(typeof resolveService).toBe('function')
    expect(new Set(Object.values(factories))).toEqual(new Set(Object.values(catalogue)))
  })

  describe.each(entries)('%s', (_, service) => {
    it('names itself, its provider and a known category', () => {
      expect(service.name).toMatch(/\S/)
      expect(service.provider).toMatch(/\S/)
      expect(CATEGORIES).toContain(service.category)
    })

    it('states its purpose in every built-in language', () => {
      expectEveryLanguage(service.purpose, 'purpose', true)
    })

    it('declares its cookies with durations in every built-in language', () => {
      expect(Array.isArray(service.cookies)).toBe(true)
      for (const cookie of service.cookies ?? []) {
        expect(cookie.name).toMatch(/^[\w*-]+$/)
        expectEveryLanguage(cookie.duration, `${String(cookie.name)} duration`)
        if (cookie.purpose !== undefined) expectEveryLanguage(cookie.purpose, `${String(cookie.name)} purpose`, true)
      }
    })

    it('links an https privacy policy', () => {
      expect(new URL(service.privacyPolicyUrl ?? '').protocol).toBe('https:')
    })

    it('lists bare lower-case hostnames to match', () => {
      expect(service.hosts?.length).toBeGreaterThan(0)
      for (const host of service.hosts ?? []) expect(host).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/)
    })

    it('lists only real Consent Mode types', () => {
      for (const type of service.consentMode ?? []) expect(CONSENT_MODE_TYPES).toContain(type)
    })
  })
})

describe('catalogue facts', () => {
  const get = (id: string) => catalogue[id]()

  it('has the default categories the issue names', () => {
    expect(Object.fromEntries(entries.map(([id, s]) => [id, s.category]))).toEqual({
      'google-analytics': 'analytics',
      'google-tag-manager': 'analytics',
      'google-ads': 'advertising',
      hotjar: 'analytics',
      'microsoft-clarity': 'analytics',
      'facebook-pixel': 'advertising',
      'linkedin-insight': 'tracking',
      'tiktok-pixel': 'advertising',
      youtube: 'social',
      vimeo: 'social',
      'google-maps': 'functional',
      cloudflare: 'necessary',
      'bootstrap-cdn': 'functional',
      cdnjs: 'functional',
      'font-awesome-cdn': 'functional',
    })
  })

  it('gives Google Analytics _ga and _ga_* for 2 years and analytics_storage', () => {
    const ga = get('google-analytics')
    expect(cookieNamed(ga, '_ga')?.duration).toEqual({ en: '2 years', nl: '2 jaar', de: '2 Jahre', fr: '2 ans' })
    expect(cookieNamed(ga, '_ga_*')?.duration).toEqual({ en: '2 years', nl: '2 jaar', de: '2 Jahre', fr: '2 ans' })
    expect(ga.consentMode).toEqual(['analytics_storage'])
  })

  it('gives Hotjar its user (365 days) and session (30 minutes) cookies', () => {
    const hj = get('hotjar')
    expect(cookieNamed(hj, '_hjSessionUser_*')?.duration).toEqual({ en: '365 days', nl: '365 dagen', de: '365 Tage', fr: '365 jours' })
    expect(cookieNamed(hj, '_hjSession_*')?.duration).toEqual({ en: '30 minutes', nl: '30 minuten', de: '30 Minuten', fr: '30 minutes' })
  })

  it('lists the well-known cookies of the ad and tracking pixels', () => {
    const names = (id: string) => get(id).cookies?.map((c) => c.name)
    expect(cookieNamed(get('facebook-pixel'), '_fbp')?.duration).toEqual({ en: '90 days', nl: '90 dagen', de: '90 Tage', fr: '90 jours' })
    expect(names('facebook-pixel')).toContain('fr')
    expect(names('linkedin-insight')).toEqual(expect.arrayContaining(['li_sugr', 'bcookie', 'lidc', 'UserMatchHistory', 'AnalyticsSyncHistory']))
    expect(names('google-ads')).toContain('_gcl_au')
    expect(names('microsoft-clarity')).toEqual(expect.arrayContaining(['_clck', '_clsk', 'MUID']))
    expect(names('tiktok-pixel')).toContain('_ttp')
    expect(names('youtube')).toEqual(expect.arrayContaining(['VISITOR_INFO1_LIVE', 'YSC']))
    expect(names('cloudflare')).toContain('__cf_bm')
  })

  it('says Tag Manager and the CDNs set no cookies', () => {
    for (const id of ['google-tag-manager', 'bootstrap-cdn', 'cdnjs', 'font-awesome-cdn']) expect(get(id).cookies).toEqual([])
  })

  it('marks only Google tags that honour Consent Mode, with the types they need', () => {
    const marked = Object.fromEntries(entries.filter(([, s]) => s.consentMode).map(([id, s]) => [id, s.consentMode]))
    expect(marked).toEqual({
      'google-analytics': ['analytics_storage'],
      'google-tag-manager': [],
      'google-ads': ['ad_storage', 'ad_user_data', 'ad_personalization'],
    })
  })
})

describe('overrides', () => {
  it('replace the named fields and keep the rest', () => {
    const plain = services.googleAnalytics()
    const moved = services.googleAnalytics({ category: 'tracking', name: 'GA4' })
    expect(moved).toEqual({ ...plain, category: 'tracking', name: 'GA4' })
  })

  it('replace a whole field, not part of it', () => {
    const cookies = [{ name: '_ga', duration: '13 months' }]
    expect(services.googleAnalytics({ cookies }).cookies).toEqual(cookies)
    expect(services.hotjar({ purpose: { en: 'Heatmaps' } }).purpose).toEqual({ en: 'Heatmaps' })
  })

  it('skip undefined values', () => {
    expect(services.hotjar({ category: undefined, hosts: undefined })).toEqual(services.hotjar())
  })

  it('never leak between calls: each call builds a fresh entry', () => {
    const first = services.youtube()
    first.cookies?.push({ name: 'extra' })
    first.hosts?.push('example.com')
    expect(services.youtube().cookies?.map((c) => c.name)).not.toContain('extra')
    expect(services.youtube().hosts).not.toContain('example.com')
  })
})
