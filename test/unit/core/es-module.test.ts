import { expect, it } from 'vitest'

// The ES module carries what the script build splits into its own files: Consent Mode among them.
it('the ES module has Google Consent Mode built in: init pushes the default before anything else', async () => {
  const { init } = await import('../../../src/index')
  init({ consentMode: true })
  const layer = (window as unknown as { dataLayer: ArrayLike<unknown>[] }).dataLayer
  expect(Array.from(layer[0])).toEqual(['consent', 'default', expect.objectContaining({ ad_storage: 'denied', analytics_storage: 'denied', security_storage: 'granted' })])
})
