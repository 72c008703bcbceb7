// @vitest-environment node
import { expect, it } from 'vitest'

it('importing the ES module in Node touches no browser global and does nothing', async () => {
  const consentry = await import('../../../src/index')
  expect(typeof consentry.init).toBe('function')
  expect(consentry.getConsent()).toBeNull()
  expect(consentry.isAllowed('analytics')).toBe(false)
  expect(consentry.isAllowed('necessary')).toBe(false)
})

it('init outside a browser fails with a clear error', async () => {
  const { init } = await import('../../../src/index')
  expect(() => init({})).toThrow('[consentry] init() needs a browser')
})
