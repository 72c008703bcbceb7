import { expect, it, vi } from 'vitest'

// The ES module carries what the script build splits into its own files: Consent Mode among them.
it('the ES module has Google Consent Mode built in: init pushes the default before anything else', async () => {
  const { init } = await import('../../../src/index')
  init({ consentMode: true })
  const layer = (window as unknown as { dataLayer: ArrayLike<unknown>[] }).dataLayer
  expect(Array.from(layer[0])).toEqual(['consent', 'default', expect.objectContaining({ ad_storage: 'denied', analytics_storage: 'denied', security_storage: 'granted' })])
})

it('init() again with the same config (React StrictMode runs effects twice) starts nothing and warns of nothing; another config is warned of', async () => {
  vi.resetModules()
  delete (window as unknown as Record<symbol, unknown>)[Symbol.for('consentry')]
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  const { init } = await import('../../../src/index')
  init({ revision: 3, categories: ['analytics'] })
  init({ revision: 3, categories: ['analytics'] })
  expect(warn).not.toHaveBeenCalled()
  init({ revision: 4, categories: ['analytics'] })
  // In the words of the messages chunk, which the ES module imports when there is something to say.
  await vi.waitFor(() =>
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^\[consentry\] init\(\) was called a second time on this page, .*: the first configuration stays in effect/)),
  )
  warn.mockRestore()
})

it('init() again with a config that differs only in a cookie pattern (a RegExp) is warned of, not taken for the same', async () => {
  vi.resetModules()
  delete (window as unknown as Record<symbol, unknown>)[Symbol.for('consentry')]
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
  const { init } = await import('../../../src/index')
  const withPattern = (name: RegExp) => ({ services: [{ id: 'ga', name: 'Google Analytics', category: 'analytics', cookies: [{ name }] }] })
  init(withPattern(/^_ga/))
  init(withPattern(/^_ga/))
  expect(warn).not.toHaveBeenCalled()
  init(withPattern(/^_gb/))
  await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('init() was called a second time')))
  warn.mockRestore()
})
