import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../../../src/core/config'
import { explainProblems } from '../../../src/core/messages'
import { hostMatcher } from '../../../src/core/hosts'
import { consentModeIntegration, consentModeUpdate, isAdvancedConsentModeService } from '../../../src/core/integrations/consent-mode'
import type { ConsentRecord, ResolvedConfig } from '../../../src/core/types'
import { lookupService } from '../../../src/services/registry'

// Configs as a site might get them wrong: the real keys, at the right and the wrong depth,
// holding real values, near misses and anything at all (objects without a prototype, symbols…).
const leaf = fc.oneof(
  fc.anything({ maxDepth: 2, withNullPrototype: true }),
  fc.constantFrom('analytics', 'necessary', 'constructor', '__proto__', 'hotjar', 'youtube', '', '/', 'Lax', true, 0, -1, NaN, null, [], {}, /_ga/),
)
const innerKey = fc.constantFrom(
  'name', 'domain', 'path', 'sameSite', 'secure', 'expiresDays', 'url', 'stylesheet', 'dialogStylesheet', 'theme', 'reopenButton',
  'mode', 'waitForUpdate', 'region', 'mapping', 'categories', 'id', 'label', 'category', 'cookies', 'hosts', 'consentMode', 'en', 'acceptAll', '__proto__',
)
const inner = fc.dictionary(innerKey, fc.oneof(leaf, fc.array(leaf, { maxLength: 3 })))
const topKey = fc.constantFrom(
  'revision', 'siteName', 'privacyPolicyUrl', 'language', 'reloadOnWithdrawal', 'autoBlock', 'cookie', 'consentLog', 'ui',
  'translations', 'categories', 'services', 'consentMode', 'gpc', '__proto__', 'constructor',
)
const config = fc.oneof(leaf, fc.dictionary(topKey, fc.oneof(leaf, inner, fc.array(fc.oneof(leaf, inner), { maxLength: 4 }))))
const builds = fc.constantFrom('consentry.js', 'consentry-consent-mode.js')

const ID = /^[a-z][\w-]*$/i

/** A decision that allows every category and service of `config`. */
const everything = (config: ResolvedConfig): ConsentRecord => ({
  schema: 1,
  id: 'any',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  revision: config.revision,
  categories: Object.fromEntries(config.categories.map((id) => [id, true])),
  services: Object.fromEntries(config.services.map((service) => [service.id, true])),
  method: 'accept-all',
  language: 'en',
})

describe('config check, for any input', () => {
  it('never throws, words every problem, and leaves a config the engine can trust', () => {
    fc.assert(
      fc.property(config, builds, (input, build) => {
        const withConsentMode = build == 'consentry-consent-mode.js'
        const { config, problems } = resolveConfig(input as never, withConsentMode ? lookupService : undefined, false, withConsentMode ? consentModeIntegration.resolve : undefined)
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
        // What acts on the services (autoBlock, Consent Mode) reads the lists the check reported without throwing.
        const match = hostMatcher(config.services)
        match('https://www.googletagmanager.com/gtm.js')
        match.named('<img src="https://hotjar.com">')
        if (withConsentMode && config.consentMode) {
          for (const record of [null, everything(config)]) consentModeUpdate(config, record)
          for (const service of config.services) isAdvancedConsentModeService(config, service.id)
        }
      }),
      { numRuns: 2000 },
    )
    // 2000 runs take about 4 s alone, more on a busy CI machine: past vitest's 5 s default.
  }, 30_000)
})
