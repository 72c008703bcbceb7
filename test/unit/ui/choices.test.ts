import { describe, expect, it } from 'vitest'
import { initialChoices, setCategory, setService, toConsentChoice } from '../../../src/ui/dialog/choices'
import { config, record, services } from './fake-host'

const service = (id: string) => services.find((s) => s.id == id)!

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

  it('show a category on only while all its services are: one service refused, and the rest of it is not allowed', () => {
    const choices = initialChoices(config(), record({ analytics: true }, { hotjar: false }))
    expect(choices.categories.analytics).toBe(false)
    expect(choices.services['google-analytics']).toBe(true)
    expect(toConsentChoice(choices).categories).not.toContain('analytics')
  })

  it('turn a category on with its last service, and off with its first one off', () => {
    const choices = initialChoices(config(), null)
    setService(choices, services, service('hotjar'), true)
    expect(choices.categories.analytics).toBe(false)
    expect(toConsentChoice(choices)).toMatchObject({ categories: ['necessary'], services: { hotjar: true, 'google-analytics': false } })
    setService(choices, services, service('google-analytics'), true)
    expect(choices.categories.analytics).toBe(true)
    setService(choices, services, service('hotjar'), false)
    expect(choices.categories.analytics).toBe(false)
    expect(choices.services['google-analytics']).toBe(true)
  })

  it('leave other categories alone', () => {
    const choices = initialChoices(config(), null)
    setCategory(choices, services, 'analytics', true)
    expect(choices.services.youtube).toBe(false)
    expect(choices.categories.social).toBe(false)
  })
})
