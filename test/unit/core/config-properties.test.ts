import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../../../src/core/config'
import { explainProblems } from '../../../src/core/messages'
import { resolveConsentModeOptions } from '../../../src/core/integrations/consent-mode-options'
import { lookupService } from '../../../src/services/registry'

// Configs as a site might get them wrong: the real keys, at the right and the wrong depth,
// holding real values, near misses and anything at all (objects without a prototype, symbols…).
const leaf = fc.oneof(
  fc.anything({ maxDepth: 2, withNullPrototype: true }),
  fc.constantFrom('analytics', 'necessary', 'constructor', '__proto__', 'hotjar', 'youtube', '', '/', 'Lax', true, 0, -1, NaN, null, [], {}, /_ga/),
)
const innerKey = fc.constantFrom(
  'name', 'domain', 'path', 'sameSite', 'secure', 'expiresDays', 'url', 'stylesheet', 'dialogStylesheet', 'theme', 'reopenButton',
  'mode', 'waitForUpdate', 'region', 'mapping', 'categories', 'id', 'label', 'category', 'cookies', 'hosts', 'en', 'acceptAll', '__proto__',
)
const inner = fc.dictionary(innerKey, fc.oneof(leaf, fc.array(leaf, { maxLength: 3 })))
const topKey = fc.constantFrom(
  'revision', 'siteName', 'privacyPolicyUrl', 'language', 'reloadOnWithdrawal', 'autoBlock', 'cookie', 'consentLog', 'ui',
  'translations', 'categories', 'services', 'consentMode', 'gpc', '__proto__', 'constructor',
)
const config = fc.oneof(leaf, fc.dictionary(topKey, fc.oneof(leaf, inner, fc.array(fc.oneof(leaf, inner), { maxLength: 4 }))))
const builds = fc.constantFrom('consentry.js', 'consentry-consent-mode.js')

const ID = /^[a-z][\w-]*$/i

describe('config check, for any input', () => {
  it('never throws, words every problem, and leaves a config the engine can trust', () => {
    fc.assert(
      fc.property(config, builds, (input, build) => {
        const withConsentMode = build == 'consentry-consent-mode.js'
        const { config, problems } = resolveConfig(input as never, withConsentMode ? lookupService : undefined, false, withConsentMode ? resolveConsentModeOptions : undefined)
        const messages = explainProblems(problems, config.categories)
        expect(messages).toHaveLength(problems.length)
        for (const message of messages) expect(message).toMatch(/^config[\s\S]*: [\s\S]+\.$/)

        expect(config.categories[0]).toBe('necessary')
        expect(new Set(config.categories).size).toBe(config.categories.length)
        for (const id of [...config.categories, ...config.services.map((service) => service.id)]) {
          expect(id).toMatch(ID)
          expect(['constructor', 'prototype']).not.toContain(id.toLowerCase())
        }
        for (const service of config.services) {
          expect(typeof service.name).toBe('string')
          expect(config.categories).toContain(service.category)
        }
        expect(['Lax', 'Strict', 'None']).toContain(config.cookie.sameSite)
        expect(config.cookie.expiresDays).toBeGreaterThanOrEqual(1)
        expect(config.cookie.path.startsWith('/')).toBe(true)
        expect(Number.isInteger(config.revision)).toBe(true)
        expect(Object.keys(Object.prototype)).toEqual([])
      }),
      { numRuns: 2000 },
    )
  })
})
