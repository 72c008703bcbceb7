import { afterEach, describe, expect, it } from 'vitest'
import { BUILT_IN_LANGUAGES, resolveLanguage } from '../../../src/core/language'
import { dialogTables } from '../../../src/ui/i18n/dialog-tables'
import { bannerTables } from '../../../src/ui/i18n/banner-tables'
import { bannerLoaders, bannerStrings } from '../../../src/ui/i18n/banner-strings'
import { dialogLoaders, dialogStrings } from '../../../src/ui/i18n/dialog-strings'
import { en } from '../../../src/ui/i18n/en'
import { enBanner } from '../../../src/ui/i18n/en-banner'
import { createTranslator } from '../../../src/ui/i18n/translate'
import { mount, settle } from './mount'
import { $, button, reset, switchFor } from './dom'
import { config, fakeHost } from './fake-host'

afterEach(reset)

describe('languages', () => {
  it('has every English string in each built-in language, none left empty', async () => {
    expect(Object.keys(dialogTables).sort()).toEqual([...BUILT_IN_LANGUAGES].sort())
    expect(Object.keys(bannerTables).sort()).toEqual([...BUILT_IN_LANGUAGES].sort())
    for (const language of BUILT_IN_LANGUAGES) {
      const table = dialogTables[language]
      expect(Object.keys(table).sort(), language).toEqual(Object.keys(en).sort())
      for (const key of Object.keys(en)) expect(table[key], `${language}: ${key}`).not.toBe('')
      // The banner's strings are the dialog's, word for word.
      expect(table, language).toMatchObject(bannerTables[language])
    }
    for (const id of ['necessary', 'functional', 'analytics', 'tracking', 'social', 'advertising'])
      expect(en).toHaveProperty(`${id}.description`)
  })

  it('gives the ES module the same strings, one language at a time: the visitor’s built-in one', async () => {
    expect(Object.keys(bannerLoaders).sort()).toEqual([...BUILT_IN_LANGUAGES].sort())
    expect(Object.keys(dialogLoaders).sort()).toEqual([...BUILT_IN_LANGUAGES].sort())
    for (const language of BUILT_IN_LANGUAGES) {
      expect(await bannerStrings(language)).toEqual({ [language]: bannerTables[language] })
      expect(await dialogStrings(language)).toEqual({ [language]: dialogTables[language] })
    }
    expect(await bannerStrings('de-AT')).toEqual({ de: bannerTables.de })
    expect(await dialogStrings('it')).toEqual({ en: dialogTables.en })
  })

  it('gives the banner every string it needs and none of the dialog’s', () => {
    for (const language of BUILT_IN_LANGUAGES) expect(Object.keys(bannerTables[language]).sort(), language).toEqual(Object.keys(enBanner).sort())
    expect(Object.keys(enBanner)).not.toContain('preferencesTitle')
  })

  it('speaks German when the host resolved de, its nouns keeping their capital mid-sentence', async () => {
    mount(fakeHost({ language: 'de-CH', gpc: true, config: { gpcCategories: ['tracking', 'advertising'] } }).host)
    expect($('#cy-banner-title')!.textContent).toBe('Cookies auf Factuurly')
    expect($('[role=region]')!.textContent).toContain('Cookies für Funktionalität, Statistik, Tracking, Social Media und Werbung.')
    expect($('[role=region]')!.textContent).toContain('Ihr Browser sendet Global Privacy Control, daher bleiben Tracking und Werbung aus')
    expect(button('Alle akzeptieren')).toBeTruthy()
    expect(button('Alle ablehnen')).toBeTruthy()
    expect(button('Einstellungen')).toBeTruthy()
  })

  it('speaks French when the host resolved fr, its purposes listed after a colon', async () => {
    mount(fakeHost({ language: 'fr-BE' }).host)
    expect($('#cy-banner-title')!.textContent).toBe('Cookies sur Factuurly')
    expect($('[role=region]')!.textContent).toContain('des cookies pour\u00a0: fonctionnalités, statistiques, suivi, réseaux sociaux et publicité.')
    expect(button('Tout accepter')).toBeTruthy()
    expect(button('Tout refuser')).toBeTruthy()
  })

  it('speaks Dutch when the host resolved nl', async () => {
    mount(fakeHost({ language: 'nl', gpc: true, config: { gpcCategories: ['tracking', 'advertising'] } }).host)
    expect($('#cy-banner-title')!.textContent).toBe('Cookies op Factuurly')
    expect($('[role=region]')!.textContent).toContain('cookies voor extra functies, analyse, tracking, social media en advertenties')
    expect($('[role=region]')!.textContent).toContain('Je browser stuurt Global Privacy Control, dus tracking en advertenties blijven uit')
    expect(button('Alles accepteren')).toBeTruthy()
    expect(button('Alles weigeren')).toBeTruthy()
    expect(button('Sluiten')).toBeTruthy()
  })

  it('uses the base language for a regional one (nl-BE)', async () => {
    mount(fakeHost({ language: 'nl-BE' }).host)
    expect(button('Voorkeuren')).toBeTruthy()
  })

  it('takes the site’s overrides over the built-in strings', async () => {
    mount(fakeHost({ language: 'nl', config: { translations: { nl: { acceptAll: 'Prima!' } } } }).host)
    expect(button('Prima!')).toBeTruthy()
    expect(button('Alles weigeren')).toBeTruthy()
  })

  it('adds languages from translations, falling back to English per key', async () => {
    const translations = { it: { acceptAll: 'Accetta tutto', 'analytics.label': 'Statistiche' } }
    const { host } = fakeHost({ language: 'it', view: 'preferences', config: { translations } })
    mount(host)
    await settle()
    expect(button('Accetta tutto')).toBeTruthy()
    expect(button('Reject all')).toBeTruthy()
    expect(switchFor('Statistiche')).toBeTruthy()
    expect($('.cy-root')!.lang).toBe('it')
  })

  it('finds a site’s regional or upper-case key, and the record’s language is the tag it resolved, lower-cased', async () => {
    const es = { acceptAll: 'Aceptar todas', 'analytics.label': 'Analítica', reopenButton: 'Preferencias de cookies' }
    for (const [key, page] of [['es-MX', 'es-MX'], ['pt-BR', 'pt-BR'], ['ES', 'es'], ['ES', 'es-AR']]) {
      const translations = { [key]: es }
      document.documentElement.lang = page
      // What the core resolves is what the consent record stores (decision.ts: `language: host.language`).
      const language = resolveLanguage(undefined, translations, document, undefined)
      expect(language, key).toBe(key.toLowerCase())
      const tr = createTranslator({ language, config: config({ translations }) }, bannerTables)
      expect(tr.t('acceptAll'), `${key} on ${page}`).toBe('Aceptar todas')
      expect(tr.t('rejectAll'), key).toBe('Reject all')
      expect(tr.categories(['analytics', 'tracking']), key).toBe('analítica and tracking')
      expect(tr.lang, key).toBe(key.toLowerCase())
    }
  })

  it('lists purposes as “a, b and c”, “a and b”, “a”, or nothing', () => {
    const { categories } = createTranslator({ language: 'en', config: config() }, bannerTables)
    expect(categories(['analytics', 'tracking', 'advertising'])).toBe('analytics, tracking and advertising')
    expect(categories(['analytics', 'tracking'])).toBe('analytics and tracking')
    expect(categories(['analytics'])).toBe('analytics')
    expect(categories([])).toBe('')
  })

  it('falls back to English entirely, and says so in lang, for a language nobody wrote', async () => {
    document.documentElement.lang = 'it'
    mount(fakeHost({ language: 'it' }).host)
    expect(button('Accept all')).toBeTruthy()
    expect($('.cy-root')!.lang).toBe('en')
  })

  it('sets lang only when it differs from the page, and dir for right-to-left languages', async () => {
    document.documentElement.lang = 'nl'
    mount(fakeHost({ language: 'nl' }).host)
    expect($('.cy-root')!.hasAttribute('lang')).toBe(false)
    expect($('.cy-root')!.dir).toBe('ltr')
    reset()
    mount(fakeHost({ language: 'ar', config: { translations: { ar: { acceptAll: 'قبول الكل' } } } }).host)
    expect($('.cy-root')!.dir).toBe('rtl')
    expect($('.cy-root')!.lang).toBe('ar')
  })

  it('is right to left in any language the page says is, when it speaks the page’s language', async () => {
    const translations = { ps: { acceptAll: 'ټول ومنئ' }, ckb: { acceptAll: 'هەمووی قبوڵ بکە' }, it: { acceptAll: 'Accetta tutto' }, ar: { acceptAll: 'قبول الكل' } }
    const rtl = (language: string, page: string, dir: string) => {
      document.documentElement.lang = page
      document.dir = dir
      return createTranslator({ language, config: config({ translations }) }, bannerTables).rtl
    }
    expect(rtl('ps', 'ps', 'rtl')).toBe(true)
    expect(rtl('ckb', 'ckb-IQ', 'rtl')).toBe(true)
    // Another language than the page's keeps its own direction.
    expect(rtl('it', 'ps', 'rtl')).toBe(false)
    expect(rtl('en', 'ps', 'rtl')).toBe(false)
    expect(rtl('ps', 'ps', '')).toBe(false)
    // Arabic, Hebrew, Persian and Urdu are right to left on any page.
    expect(rtl('ar', 'en', '')).toBe(true)
    document.dir = ''
  })

  it('lets categoryText override category labels and descriptions, per language', async () => {
    const categoryText = { analytics: { label: { en: 'Statistics', nl: 'Statistieken' }, description: 'Only counts.' } }
    mount(fakeHost({ language: 'nl', view: 'preferences', config: { categoryText } }).host)
    await settle()
    expect(switchFor('Statistieken')).toBeTruthy()
    expect($('[role=dialog]')!.textContent).toContain('Only counts.')
  })

  it('labels a custom category by its id when no text is given', async () => {
    mount(fakeHost({ view: 'preferences', config: { categories: ['necessary', 'chat'] } }).host)
    await settle()
    expect(switchFor('chat')).toBeTruthy()
  })

  it('resolves LocalizedText by language with English fallback', async () => {
    const tr = createTranslator({ language: 'nl', config: config() }, dialogTables)
    expect(tr.text({ en: '2 years', nl: '2 jaar' })).toBe('2 jaar')
    expect(tr.text({ en: '2 years', de: '2 Jahre' })).toBe('2 years')
    expect(tr.text('session')).toBe('session')
    expect(tr.text(undefined)).toBe('')
  })

  // The config check passes translations, labels, purposes and durations through unchecked:
  // one that is not a string must not keep the banner (or the preferences) from showing.
  it('shows a banner, not an exception, for a null text or a translation that is not a string', async () => {
    const tr = createTranslator(
      { language: 'en', config: config({ translations: { en: { acceptAll: 42, rejectAll: ['No'] } as never }, categoryText: { analytics: { label: null as never } } }) },
      dialogTables,
    )
    expect(tr.t('acceptAll')).toBe('42')
    expect(tr.t('rejectAll')).toBe('No')
    expect(tr.text(null as never)).toBe('')
    expect(tr.category('analytics', 'label')).toBe('Analytics')
    mount(fakeHost({ config: { categoryText: { analytics: { label: null as never, description: null as never } } } }).host)
    expect(button('Accept all')).toBeTruthy()
  })

  it('shows a label given as a number as its text, and the banner with it', () => {
    const tr = createTranslator({ language: 'en', config: config({ categoryText: { analytics: { label: 5 as never, description: 6 as never } } }) }, dialogTables)
    expect(tr.category('analytics', 'label')).toBe('5')
    expect(tr.category('analytics', 'description')).toBe('6')
    mount(fakeHost({ config: { categoryText: { analytics: { label: 5 as never } } } }).host)
    expect(button('Accept all')).toBeTruthy()
  })

  it('fills {site} from the config and leaves unknown placeholders visible', async () => {
    const tr = createTranslator({ language: 'en', config: config({ translations: { en: { x: '{site} {nope}' } } }) }, dialogTables)
    expect(tr.t('x')).toBe('Factuurly {nope}')
  })
})
