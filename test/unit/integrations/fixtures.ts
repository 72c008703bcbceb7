import { resolveConsentModeOptions } from '../../../src/core/integrations/consent-mode'
import type { ConsentModeOptions, ConsentRecord, ResolvedConfig } from '../../../src/core/types'

export const CATEGORIES = ['necessary', 'functional', 'analytics', 'tracking', 'social', 'advertising']

/** A resolved config as the engine would hand it over, Consent Mode on unless told otherwise. */
export function makeConfig(
  overrides: Partial<ResolvedConfig> = {},
  consentMode: boolean | ConsentModeOptions = true,
): ResolvedConfig {
  return {
    revision: 0,
    siteName: 'example.com',
    categories: CATEGORIES,
    categoryText: {},
    services: [],
    droppedServices: [],
    cookie: { name: 'consentry', path: '/', sameSite: 'Lax', secure: true, expiresDays: 182 },
    translations: {},
    reloadOnWithdrawal: false,
    consentMode: resolveConsentModeOptions(consentMode),
    gpcCategories: ['tracking', 'advertising'],
    autoBlock: false,
    ui: {},
    ...overrides,
  }
}

/** A decision allowing exactly `allowed` (plus necessary), with optional per-service choices. */
export function makeRecord(allowed: string[], services: Record<string, boolean> = {}): ConsentRecord {
  const categories: Record<string, boolean> = {}
  for (const id of CATEGORIES) categories[id] = id === 'necessary' || allowed.includes(id)
  return {
    schema: 1,
    id: 'test-id',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    revision: 0,
    categories,
    services,
    method: 'custom',
    language: 'en',
  }
}
