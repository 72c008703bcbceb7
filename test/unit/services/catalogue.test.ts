import { describe, expect, it } from 'vitest'
import { CONSENT_MODE_TYPES } from '../../../src/core/integrations/consent-mode'
import { BUILT_IN_LANGUAGES } from '../../../src/core/language'
import type { CookieDeclaration, LocalizedText, ServiceConfig } from '../../../src/core/types'
import { hostMatcher, sharedHosts } from '../../../src/core/hosts'
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
  'facebook-social',
  'x',
  'instagram',
  'pinterest',
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
      'facebook-social': 'social',
      x: 'social',
      instagram: 'social',
      pinterest: 'social',
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

  it('lists the cookies of the social plug-ins and embeds, with their lifetimes', () => {
    const names = (id: string) => get(id).cookies?.map((c) => c.name)
    expect(names('facebook-social')).toEqual(expect.arrayContaining(['datr', 'fr', 'c_user', 'xs']))
    expect(cookieNamed(get('facebook-social'), 'datr')?.duration).toEqual({ en: '400 days', nl: '400 dagen', de: '400 Tage', fr: '400 jours' })
    expect(cookieNamed(get('x'), 'guest_id')?.duration).toEqual({ en: '13 months', nl: '13 maanden', de: '13 Monate', fr: '13 mois' })
    expect(names('instagram')).toEqual(expect.arrayContaining(['csrftoken', 'mid', 'ig_did']))
    expect(names('pinterest')).toContain('_pinterest_sess')
  })

  // Where a site puts the snippet each vendor gives (script) or its embed code (iframe).
  const EMBEDS: [id: string, urls: string[]][] = [
    ['facebook-social', ['https://connect.facebook.net/en_US/sdk.js', 'https://www.facebook.com/plugins/post.php?href=x']],
    ['x', ['https://platform.twitter.com/widgets.js', 'https://platform.twitter.com/embed/Tweet.html?id=1', 'https://syndication.twitter.com/srv/timeline-profile/screen-name/x']],
    ['instagram', ['https://www.instagram.com/embed.js', 'https://www.instagram.com/p/C1/embed']],
    ['pinterest', ['https://assets.pinterest.com/js/pinit.js', 'https://assets.pinterest.com/ext/embed.html?id=1', 'https://widgets.pinterest.com/v3/pidgets/pins/info/']],
  ]

  it.each(EMBEDS)("%s: its hosts cover the vendor's script and embed URLs, so autoBlock holds them back", (id, urls) => {
    const match = hostMatcher([get(id)])
    for (const url of urls) expect(match(url)?.id, url).toBe(id)
  })

  it("keeps the social embeds' hosts off the vendors' ad tags and Google's, which are other services", () => {
    const match = hostMatcher(['x', 'pinterest', 'instagram'].map(get))
    for (const url of ['https://static.ads-twitter.com/uwt.js', 'https://analytics.twitter.com/i/adsct', 'https://s.pinimg.com/ct/core.js', 'https://ct.pinterest.com/v3/'])
      expect(match(url), url).toBeUndefined()
  })

  it('shares the Pixel\'s hosts with the Facebook plug-ins, as autoBlock warns (a tag marked by hand tells them apart)', () => {
    expect(sharedHosts([get('facebook-pixel'), get('facebook-social')])).toEqual([
      ['connect.facebook.net', 'facebook-pixel', 'facebook-social'],
      ['facebook.com', 'facebook-pixel', 'facebook-social'],
    ])
    expect(sharedHosts(['youtube', 'vimeo', 'x', 'instagram', 'pinterest'].map(get))).toEqual([])
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
    // Typed readonly, yet a plain array a page's JavaScript could change.
    ;(first.cookies as { name: string }[]).push({ name: 'extra' })
    ;(first.hosts as string[]).push('example.com')
    expect(services.youtube().cookies?.map((c) => c.name)).not.toContain('extra')
    expect(services.youtube().hosts).not.toContain('example.com')
  })
})
