import { describe, expect, it } from 'vitest'
import type { LocalizedText, ServiceConfig } from '../../../src/core/types'
import { withOverrides } from '../../../src/services/define'
import { factsOf, withWords, wordsOf } from '../../../src/services/parts'
import { catalogue } from '../../../src/services/registry'

const entries = Object.entries(catalogue).map(([id, factory]) => [id, factory()] as const)

/** The entry as a visitor in `language` reads it: every text in that language. */
function inLanguage(service: ServiceConfig, language: 'en' | 'nl'): ServiceConfig {
  const pick = (text: LocalizedText | undefined) => (typeof text === 'object' ? text[language] : text)
  const read = JSON.parse(JSON.stringify(service))
  for (const field of ['purpose'] as const) if (read[field] !== undefined) read[field] = pick(read[field])
  for (const cookie of read.cookies || []) {
    for (const field of ['purpose', 'duration'] as const) if (cookie[field] !== undefined) cookie[field] = pick(cookie[field])
  }
  return read
}

/** What survives the trip through a script build's file: JSON. */
const shipped = <T>(value: T): T => JSON.parse(JSON.stringify(value))

describe('the catalogue split into facts and words (script build)', () => {
  it.each(entries)('%s: facts plus words in a language is the whole entry in that language', (_, service) => {
    const facts = shipped(factsOf(service)) as ServiceConfig
    for (const language of ['en', 'nl'] as const) {
      expect(withWords(facts, shipped(wordsOf(service, language)))).toEqual(inLanguage(service, language))
    }
  })

  it.each(entries)('%s: the facts hold no words, and everything the core works from', (_, service) => {
    const facts = factsOf(service)
    expect(facts).not.toHaveProperty('purpose')
    expect(facts).not.toHaveProperty('provider')
    expect(facts).not.toHaveProperty('privacyPolicyUrl')
    expect(facts).toMatchObject({ id: service.id, name: service.name, category: service.category })
    expect(facts.hosts).toEqual(service.hosts)
    expect(facts.consentMode).toEqual(service.consentMode)
    // Withdrawal deletes cookies by name, path and domain, without the words.
    expect(facts.cookies?.map((cookie) => cookie.name)).toEqual(service.cookies?.map((cookie) => cookie.name))
    for (const cookie of facts.cookies || []) {
      expect(cookie).not.toHaveProperty('duration')
      expect(cookie).not.toHaveProperty('purpose')
    }
  })

  it('takes English where an entry has no text in the language asked for', () => {
    const service: ServiceConfig = { id: 'x', name: 'X', category: 'analytics', purpose: { en: 'Counts visits' } }
    expect(wordsOf(service, 'nl').purpose).toBe('Counts visits')
  })

  it('lets what the config set win over the words, as it wins over the catalogue entry', () => {
    const hotjar = catalogue.hotjar()
    const overrides = { purpose: 'Our own words', cookies: [{ name: '_hjSession_*', duration: '1 hour' }, { name: '_hjOwn' }] }
    const merged = withWords(withOverrides(factsOf(hotjar) as ServiceConfig, overrides), wordsOf(hotjar, 'en'))
    expect(merged.purpose).toBe('Our own words')
    expect(merged.provider).toBe('Hotjar Ltd.')
    expect(merged.cookies).toEqual([{ name: '_hjSession_*', duration: '1 hour' }, { name: '_hjOwn' }])
  })

  it('says the language of the words, so that the dialog marks English standing in for the visitor’s', () => {
    const hotjar = catalogue.hotjar()
    const merged = withWords(factsOf(hotjar) as ServiceConfig, wordsOf(hotjar, 'en'), 'en')
    expect(merged.purpose).toEqual({ en: wordsOf(hotjar, 'en').purpose })
    expect(merged.provider).toBe('Hotjar Ltd.')
    expect(merged.cookies![0].duration).toEqual({ en: wordsOf(hotjar, 'en').cookies![merged.cookies![0].name as string].duration })
  })

  it('leaves a service the catalogue has no words for as it is', () => {
    const own: ServiceConfig = { id: 'shop-stats', name: 'Shop stats', category: 'analytics', cookies: [{ name: 'ss' }] }
    expect(withWords(own, undefined)).toBe(own)
  })
})
