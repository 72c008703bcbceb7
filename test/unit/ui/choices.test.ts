import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decisionEngine } from '../../../src/core/decision'
import { allows } from '../../../src/core/record'
import type { ConsentRecord } from '../../../src/core/types'
import { initialChoices, isPartly, setCategory, setService, toConsentChoice } from '../../../src/ui/dialog/choices'
import { config, fakeHost, record, services } from './fake-host'

const service = (id: string) => services.find((s) => s.id == id)!
const categories = config().categories

describe('choices', () => {
  it('start with only necessary on when nothing was decided', () => {
    const choices = initialChoices(config(), null)
    expect(toConsentChoice(choices).categories).toEqual(['necessary'])
    expect(Object.entries(choices.services).filter(([, on]) => on)).toEqual([['session', true]])
  })

  it('start from the stored decision; services not named follow their category', () => {
    const choices = initialChoices(config(), record({ analytics: true }, {}))
    expect(choices.categories.analytics).toBe(true)
    expect(choices.services['google-analytics']).toBe(true)
    expect(choices.services.hotjar).toBe(true)
    expect(choices.categories.social).toBe(false)
  })

  // The legal audit's case: Reject all, then "Always allow YouTube", and social has YouTube only.
  it('show a service allowed on its own with its category still off, and save it so', () => {
    const choices = initialChoices(config(), record({ social: false }, { youtube: true }))
    expect(choices.categories.social).toBe(false)
    expect(choices.services.youtube).toBe(true)
    expect(isPartly(choices, services, 'social')).toBe(true)
    const saved = toConsentChoice(choices)
    expect(saved.categories).not.toContain('social')
    expect(saved.services!.youtube).toBe(true)
  })

  it('show a category allowed as a whole but one of its services refused as stored', () => {
    const choices = initialChoices(config(), record({ analytics: true }, { hotjar: false }))
    expect(choices.categories.analytics).toBe(true)
    expect(choices.services).toMatchObject({ 'google-analytics': true, hotjar: false })
    expect(isPartly(choices, services, 'analytics')).toBe(true)
    expect(toConsentChoice(choices)).toMatchObject({ categories: ['necessary', 'analytics'], services: { 'google-analytics': true, hotjar: false } })
  })

  it('are "partly" only where services and category differ', () => {
    const choices = initialChoices(config(), record({ analytics: true }, {}))
    expect(categories.filter((id) => isPartly(choices, services, id))).toEqual([])
    // A category with no services in the config is never partly.
    expect(isPartly(choices, [], 'analytics')).toBe(false)
  })

  it('turn a category on or off with all its services, and leave other categories alone', () => {
    const choices = initialChoices(config(), record({}, { hotjar: true, youtube: true }))
    setCategory(choices, services, 'analytics', true)
    expect([choices.categories.analytics, choices.services['google-analytics'], choices.services.hotjar]).toEqual([true, true, true])
    setCategory(choices, services, 'analytics', false)
    expect([choices.categories.analytics, choices.services['google-analytics'], choices.services.hotjar]).toEqual([false, false, false])
    expect([choices.categories.social, choices.services.youtube]).toEqual([false, true])
  })

  it('never turn a category on with its services, even all of them', () => {
    const choices = initialChoices(config(), null)
    setService(choices, service('hotjar'), true)
    setService(choices, service('google-analytics'), true)
    expect(choices.categories.analytics).toBe(false)
    expect(toConsentChoice(choices)).toMatchObject({ categories: ['necessary'], services: { hotjar: true, 'google-analytics': true } })
    setService(choices, service('hotjar'), false)
    expect(choices.services).toMatchObject({ hotjar: false, 'google-analytics': true })
  })

  it('take a category off with one of its services, keeping the others on as their own answers', () => {
    const choices = initialChoices(config(), record({ analytics: true }))
    setService(choices, service('hotjar'), false)
    expect(choices.categories.analytics).toBe(false)
    expect(choices.services).toMatchObject({ hotjar: false, 'google-analytics': true })
    expect(toConsentChoice(choices)).toMatchObject({ categories: ['necessary'], services: { hotjar: false, 'google-analytics': true } })
    // On again, the service answers for itself only.
    setService(choices, service('hotjar'), true)
    expect(choices.categories.analytics).toBe(false)
  })
})

/** A record as the engine writes it: every category and listed service answered (necessary ones on). */
const engineRecord: fc.Arbitrary<ConsentRecord> = fc
  .tuple(fc.array(fc.boolean(), { minLength: categories.length, maxLength: categories.length }), fc.array(fc.boolean(), { minLength: services.length, maxLength: services.length }))
  .map(([c, s]) =>
    record(
      Object.fromEntries(categories.map((id, i) => [id, id == 'necessary' || c[i]])),
      Object.fromEntries(services.map(({ id, category }, i) => [id, category == 'necessary' || s[i]])),
    ),
  )

/** Any record: categories and services left out or answered, as a record from an older config may be. */
const anyRecord: fc.Arbitrary<ConsentRecord> = fc
  .tuple(
    // parseRecord() always reads necessary as allowed.
    fc.dictionary(fc.constantFrom(...categories.filter((id) => id != 'necessary')), fc.boolean()),
    fc.dictionary(fc.constantFrom(...services.filter((s) => s.category != 'necessary').map((s) => s.id)), fc.boolean()),
  )
  .map(([c, s]) => record(c, s))

/** Opens the preferences on `stored` and saves them untouched, through the real decision engine. */
function saveUnchanged(stored: ConsentRecord): ConsentRecord {
  const { host } = fakeHost({ consent: stored })
  return decisionEngine.decide(host, 'custom', toConsentChoice(initialChoices(host.config, stored)))!.consent
}

describe('preferences saved unchanged, for any stored decision', () => {
  it('store the same categories and services', () => {
    fc.assert(
      fc.property(engineRecord, (stored) => {
        const saved = saveUnchanged(stored)
        expect(saved.categories).toEqual(stored.categories)
        expect(saved.services).toEqual(stored.services)
      }),
    )
  })

  it('allow exactly what was allowed, also where the stored record left services out', () => {
    fc.assert(
      fc.property(anyRecord, (stored) => {
        const saved = saveUnchanged(stored)
        for (const id of categories) expect(allows(saved, id), id).toBe(allows(stored, id))
        for (const { id, category } of services) expect(allows(saved, category, id), id).toBe(allows(stored, category, id))
      }),
    )
  })
})
