import { atom } from 'nanostores'
import { vi } from 'vitest'
import type { ConsentChoice, ConsentRecord, Place, ResolvedConfig, UIHost, View } from '../../../src/core/types'

/** Services as a Dutch SaaS privacy statement lists them. */
export const services: ResolvedConfig['services'] = [
  { id: 'session', name: 'Session', category: 'necessary', cookies: [{ name: 'sid', duration: 'session' }] },
  { id: 'cdnjs', name: 'cdnjs', category: 'functional', provider: 'Cloudflare, Inc.' },
  {
    id: 'google-analytics',
    name: 'Google Analytics',
    category: 'analytics',
    provider: 'Google Ireland Ltd.',
    purpose: { en: 'Statistics with masked IP', nl: 'Statistieken met gemaskeerd IP' },
    privacyPolicyUrl: 'https://policies.google.com/privacy',
    cookies: [
      { name: '_ga', duration: { en: '2 years', nl: '2 jaar' } },
      { name: '_ga_*', duration: '2 years', purpose: 'Session state' },
    ],
  },
  { id: 'hotjar', name: 'Hotjar', category: 'analytics', provider: 'Hotjar Ltd.', cookies: [{ name: '_hjSessionUser_*', duration: '1 year' }] },
  { id: 'linkedin', name: 'LinkedIn Insight', category: 'tracking', provider: 'LinkedIn Ireland' },
  { id: 'youtube', name: 'YouTube', category: 'social', provider: 'Google Ireland Ltd.' },
  { id: 'google-ads', name: 'Google Ads', category: 'advertising', provider: 'Google Ireland Ltd.' },
]

export function config(overrides: Partial<ResolvedConfig> = {}): ResolvedConfig {
  return {
    revision: 0,
    siteName: 'Factuurly',
    privacyPolicyUrl: 'https://factuurly.example/privacy',
    categories: ['necessary', 'functional', 'analytics', 'tracking', 'social', 'advertising'],
    categoryText: {},
    services,
    droppedServices: [],
    cookie: { name: 'consentry', path: '/', sameSite: 'Lax', secure: true, expiresDays: 182 },
    translations: {},
    reloadOnWithdrawal: false,
    consentMode: false,
    gpcCategories: [],
    autoBlock: false,
    ui: {},
    ...overrides,
  }
}

export function record(categories: Record<string, boolean>, services: Record<string, boolean> = {}): ConsentRecord {
  return {
    schema: 1,
    id: 'test',
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    revision: 0,
    categories: { necessary: true, ...categories },
    services,
    method: 'custom',
    language: 'en',
  }
}

/** What the core's keep does at first; keeping it there is kept.test's to check. */
const putInPlace = (element: HTMLElement, place: Place) => (place == 'head' ? document.head.append(element) : document.body[place](element))

interface FakeHostOptions {
  config?: Partial<ResolvedConfig>
  consent?: ConsentRecord | null
  view?: View
  language?: string
  gpc?: boolean
}

/** A UIHost whose api changes the stores the way the engine does, with every method spied. */
export function fakeHost(options: FakeHostOptions = {}) {
  const resolved = config(options.config)
  const $view = atom<View>(options.view ?? 'banner')
  const $consent = atom<ConsentRecord | null>(options.consent ?? null)
  const decide = ({ categories, services = {} }: ConsentChoice) => {
    const all = Object.fromEntries(resolved.categories.map((id) => [id, categories.includes(id)]))
    $consent.set(record(all, services))
    $view.set('none')
  }
  const api = {
    init: vi.fn(),
    acceptAll: vi.fn(() => decide({ categories: resolved.categories })),
    rejectAll: vi.fn(() => decide({ categories: ['necessary'] })),
    save: vi.fn(decide),
    getConsent: vi.fn(() => $consent.get()),
    isAllowed: vi.fn(() => false),
    onChange: vi.fn(() => () => {}),
    showBanner: vi.fn(() => $view.set('banner')),
    showPreferences: vi.fn(() => $view.set('preferences')),
    hide: vi.fn(() => $view.set('none')),
    reset: vi.fn(),
  }
  const host: UIHost = { api, config: resolved, $view, $consent, language: options.language ?? 'en', gpc: options.gpc ?? false, prepareDecision: vi.fn(), servicesReady: vi.fn(() => Promise.resolve()), keep: vi.fn(putInPlace), tell: vi.fn() }
  return { host, api, $view, $consent }
}
