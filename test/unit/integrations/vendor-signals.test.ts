import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ConsentryConfig } from '../../../src/core/types'
import { clearCookies, cookieNames } from '../helpers'

// Catalogue ids, given in full here as a site's own config may give them.
const config: ConsentryConfig = {
  categories: ['analytics', 'advertising'],
  services: [
    { id: 'microsoft-clarity', name: 'Microsoft Clarity', category: 'analytics', cookies: [{ name: '_clck' }] },
    { id: 'facebook-pixel', name: 'Facebook Pixel', category: 'advertising', cookies: [{ name: '_fbp' }] },
    { id: 'tiktok-pixel', name: 'TikTok Pixel', category: 'advertising', cookies: [{ name: '_ttp' }] },
  ],
}

type Vendors = { clarity?: unknown; fbq?: unknown; ttq?: unknown }

/** The vendors' own functions, as their snippets leave them on the page once they have run. */
function runningVendors() {
  const vendors = { clarity: vi.fn(), fbq: vi.fn(), ttq: { grantConsent: vi.fn(), revokeConsent: vi.fn() } }
  Object.assign(window, vendors)
  return vendors
}

async function freshEngine() {
  delete (window as unknown as Record<symbol, unknown>)[Symbol.for('consentry')]
  vi.resetModules()
  const api = await import('../../../src/core/api')
  const { decisionEngine } = await import('../../../src/core/decision')
  api.configure({ engine: decisionEngine })
  api.init(config)
  return api
}

beforeEach(() => clearCookies())
afterEach(() => {
  for (const name of ['clarity', 'fbq', 'ttq'] as const) delete (window as Vendors)[name]
})

describe('tags already running hear each decision made on the page', () => {
  it('a withdrawal tells Clarity, the Meta Pixel and TikTok that they are refused, before their cookies go', async () => {
    const api = await freshEngine()
    api.acceptAll()
    const vendors = runningVendors()
    document.cookie = '_clck=1; path=/'
    document.cookie = '_fbp=1; path=/'
    let cookiesWhenTold: string[] = []
    vendors.clarity.mockImplementation(() => (cookiesWhenTold = cookieNames()))

    api.rejectAll()
    expect(vendors.clarity).toHaveBeenCalledWith('consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' })
    expect(vendors.fbq).toHaveBeenCalledWith('consent', 'revoke')
    expect(vendors.ttq.revokeConsent).toHaveBeenCalledTimes(1)
    expect(vendors.ttq.grantConsent).not.toHaveBeenCalled()
    // Told while its cookies were still there: it cannot set them again once they are gone.
    expect(cookiesWhenTold).toContain('_clck')
    expect(cookieNames()).toEqual(['consentry'])
  })

  it('each service hears its own answer; Clarity gets ad storage only with advertising allowed', async () => {
    const api = await freshEngine()
    const vendors = runningVendors()
    api.save({ categories: ['analytics'], services: { 'tiktok-pixel': true } })
    expect(vendors.clarity).toHaveBeenLastCalledWith('consentv2', { ad_Storage: 'denied', analytics_Storage: 'granted' })
    expect(vendors.fbq).toHaveBeenLastCalledWith('consent', 'revoke')
    expect(vendors.ttq.grantConsent).toHaveBeenCalledTimes(1)

    api.acceptAll()
    expect(vendors.clarity).toHaveBeenLastCalledWith('consentv2', { ad_Storage: 'granted', analytics_Storage: 'granted' })
    expect(vendors.fbq).toHaveBeenLastCalledWith('consent', 'grant')

    // Advertising allowed, Clarity itself refused: it gets neither.
    api.save({ categories: ['advertising'] })
    expect(vendors.clarity).toHaveBeenLastCalledWith('consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' })
  })

  it('reset() refuses them all', async () => {
    const api = await freshEngine()
    api.acceptAll()
    const vendors = runningVendors()
    api.reset()
    expect(vendors.clarity).toHaveBeenCalledWith('consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' })
    expect(vendors.fbq).toHaveBeenCalledWith('consent', 'revoke')
    expect(vendors.ttq.revokeConsent).toHaveBeenCalledTimes(1)
  })

  it('a vendor that is not on the page is left alone, and one that throws stops neither the others nor the decision', async () => {
    const api = await freshEngine()
    api.acceptAll()
    const fbq = vi.fn(() => {
      throw new Error('fbq broke')
    })
    const ttq = { revokeConsent: vi.fn() }
    Object.assign(window, { fbq, ttq })
    api.rejectAll()
    expect(fbq).toHaveBeenCalledTimes(1)
    expect(ttq.revokeConsent).toHaveBeenCalledTimes(1)
    expect((window as Vendors).clarity).toBeUndefined()
    expect(api.getConsent()).toMatchObject({ method: 'withdrawal', categories: { analytics: false, advertising: false } })
  })
})

describe('tags already running hear a decision made in another window', () => {
  it('taken here when the page comes back into view: a withdrawal refuses them, before their cookies go', async () => {
    const api = await freshEngine()
    api.acceptAll()
    const vendors = runningVendors()
    document.cookie = '_clck=1; path=/'
    let cookiesWhenTold: string[] = []
    vendors.clarity.mockImplementation(() => (cookiesWhenTold = cookieNames()))
    // The other window's withdrawal, a second later.
    const here = api.getConsent()!
    const withdrawal = {
      ...here, updatedAt: new Date(Date.parse(here.updatedAt) + 1000).toISOString(), method: 'withdrawal',
      categories: { necessary: true, analytics: false, advertising: false }, services: {},
    }
    document.cookie = `consentry=${encodeURIComponent(JSON.stringify(withdrawal))}; path=/`

    const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(false)
    document.dispatchEvent(new Event('visibilitychange'))
    hidden.mockRestore()
    await vi.waitFor(() => expect(vendors.clarity).toHaveBeenCalledWith('consentv2', { ad_Storage: 'denied', analytics_Storage: 'denied' }))
    expect(vendors.fbq).toHaveBeenCalledWith('consent', 'revoke')
    expect(vendors.ttq.revokeConsent).toHaveBeenCalledTimes(1)
    expect(cookiesWhenTold).toContain('_clck')
    expect(cookieNames()).toEqual(['consentry'])
  })
})
