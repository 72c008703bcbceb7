import { beforeEach, describe, expect, it } from 'vitest'
import { unloadRefusedImages } from '../../../src/core/unload-images'
import { makeConfig, makeRecord } from '../integrations/fixtures'

/** Images as gating leaves them once it has loaded them (`src` from `data-src`), and one with a stand-in of the site's own. */
function loadedImages() {
  document.body.innerHTML = `
    <img id="pixel" data-src="https://px.example/p.gif" data-srcset="https://px.example/p2.gif 2x" src="https://px.example/p.gif" srcset="https://px.example/p2.gif 2x" data-category="advertising">
    <img id="chart" data-src="https://stats.example/c.png" src="https://stats.example/c.png" data-category="analytics" data-service="stats">
    <img id="standin" data-src="https://px.example/q.gif" src="/blank.gif" data-category="advertising">
    <img id="own" data-src="/logo.png" src="/logo.png" data-category="necessary">`
}
const src = (id: string) => document.getElementById(id)!.getAttribute('src')

beforeEach(loadedImages)

describe('images a decision refuses give back their address', () => {
  it('once loaded from data-src: src and srcset go, data-src stays; a service allowed on its own keeps its image', () => {
    unloadRefusedImages(makeConfig({}, false), makeRecord([], { stats: true }))
    expect(src('pixel')).toBeNull()
    expect(document.getElementById('pixel')!.hasAttribute('srcset')).toBe(false)
    expect(document.getElementById('pixel')!.getAttribute('data-src')).toBe('https://px.example/p.gif')
    expect(src('chart')).toBe('https://stats.example/c.png')
    // The site's own stand-in until consent is not Consentry's to take.
    expect(src('standin')).toBe('/blank.gif')
  })

  it('after reset(), every one but the necessary', () => {
    unloadRefusedImages(makeConfig({}, false), null)
    expect([src('pixel'), src('chart'), src('own')]).toEqual([null, null, '/logo.png'])
  })

  it('keeps those still allowed, and a Google service Consent Mode runs without consent (advanced mode)', () => {
    const services = [{ id: 'stats', name: 'Stats', category: 'analytics', consentMode: ['analytics_storage' as const] }]
    unloadRefusedImages(makeConfig({ services }, { mode: 'advanced' }), makeRecord(['advertising']))
    expect([src('pixel'), src('chart')]).toEqual(['https://px.example/p.gif', 'https://stats.example/c.png'])
  })
})
