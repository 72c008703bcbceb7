import { describe, expect, it } from 'vitest'
import { hostMatcher } from '../../../src/core/hosts'
import type { ServiceConfig } from '../../../src/core/types'

// The page is https://www.example.com/shop/cart (vitest.config.ts).
const services: ServiceConfig[] = [
  { id: 'ga', name: 'Google Analytics', category: 'analytics', hosts: ['google-analytics.com', 'googletagmanager.com'] },
  { id: 'hotjar', name: 'Hotjar', category: 'analytics', hosts: ['static.hotjar.com'] },
  { id: 'pixel', name: 'Facebook Pixel', category: 'advertising', hosts: ['CONNECT.Facebook.NET', '.facebook.com'] },
  { id: 'maps', name: 'Maps', category: 'functional', hosts: ['*.maps.example.org'] },
  { id: 'self', name: 'Own CDN', category: 'functional', hosts: ['www.example.com'] },
  { id: 'none', name: 'No hosts', category: 'functional' },
]
const match = hostMatcher(services)
const serviceOf = (url: string) => match(url)?.id

describe('host matching', () => {
  it('matches a host itself and its subdomains, at any depth', () => {
    expect(serviceOf('https://google-analytics.com/g/collect')).toBe('ga')
    expect(serviceOf('https://www.google-analytics.com/g/collect')).toBe('ga')
    expect(serviceOf('https://region1.analytics.google-analytics.com/g/collect')).toBe('ga')
    expect(serviceOf('https://www.googletagmanager.com/gtag/js?id=G-1')).toBe('ga')
    expect(serviceOf('https://static.hotjar.com/c/hotjar-1.js')).toBe('hotjar')
  })

  it('does not match a parent or sibling of a configured subdomain', () => {
    expect(serviceOf('https://hotjar.com/x.js')).toBeUndefined()
    expect(serviceOf('https://script.hotjar.com/x.js')).toBeUndefined()
  })

  it('never matches lookalike hosts', () => {
    for (const url of [
      'https://google-analytics.com.evil.example/collect',
      'https://www.google-analytics.com.evil.example/collect',
      'https://evilgoogle-analytics.com/collect',
      'https://google-analytics.co/collect',
      'https://google-analyticsXcom/collect',
      'https://static-hotjar.com/c/hotjar-1.js',
      'https://static.hotjar.com.evil.example/c/hotjar-1.js',
      // The host is what follows the `@`.
      'https://www.google-analytics.com@evil.example/collect',
      // A path or query naming the host is not the host.
      'https://evil.example/www.google-analytics.com/collect',
      'https://evil.example/?u=https://www.google-analytics.com/',
    ]) expect(serviceOf(url), url).toBeUndefined()
  })

  it('reads URLs as the browser does: protocol-relative, ports, case, trailing dot, credentials, backslashes', () => {
    expect(serviceOf('//www.googletagmanager.com/gtm.js?id=GTM-1')).toBe('ga')
    expect(serviceOf('https://www.google-analytics.com:443/collect')).toBe('ga')
    expect(serviceOf('http://www.google-analytics.com:8080/collect')).toBe('ga')
    expect(serviceOf('HTTPS://WWW.Google-Analytics.COM/collect')).toBe('ga')
    expect(serviceOf('https://www.google-analytics.com./collect')).toBe('ga')
    expect(serviceOf('https://user:pass@www.google-analytics.com/collect')).toBe('ga')
    expect(serviceOf('https:\\\\www.google-analytics.com\\collect')).toBe('ga')
    expect(serviceOf('  https://www.google-analytics.com/collect\n')).toBe('ga')
  })

  it('reads what the URL parser forgives: control characters in front, tabs and newlines anywhere, any slashes', () => {
    expect(serviceOf('\x01\x1f https://www.google-analytics.com/collect')).toBe('ga')
    expect(serviceOf('ht\ttps://www.google-analytics.com/collect')).toBe('ga')
    expect(serviceOf('/\n/www.google-analytics.com/collect')).toBe('ga')
    expect(serviceOf('/\\www.google-analytics.com/collect')).toBe('ga')
    expect(serviceOf('\\\\www.google-analytics.com\\collect')).toBe('ga')
    expect(serviceOf('https:///www.google-analytics.com/collect')).toBe('ga')
    // Same scheme as the page and no slashes: a relative path on the page's own host, as the browser reads it.
    expect(serviceOf('https:www.google-analytics.com/collect')).toBeUndefined()
  })

  it('tells whether a text mentions a host at all, in any case', () => {
    expect(match.named('<IMG SRC="https://WWW.FACEBOOK.COM/tr?id=1">')).toBe(true)
    expect(match.named('<img src="https://tiles.maps.example.org/1.png">')).toBe(true)
    expect(match.named('<img src="/logo.png"><iframe src="https://cdn.other.example/x"></iframe>')).toBe(false)
  })

  it('normalizes configured hosts: case, leading dot or *., trailing dot', () => {
    expect(serviceOf('https://connect.facebook.net/en_US/fbevents.js')).toBe('pixel')
    expect(serviceOf('https://www.facebook.com/tr?id=1')).toBe('pixel')
    expect(serviceOf('https://facebook.com/tr?id=1')).toBe('pixel')
    expect(serviceOf('https://tiles.maps.example.org/1.png')).toBe('maps')
    expect(serviceOf('https://notmaps.example.org/1.png')).toBeUndefined()
  })

  it('never matches data:, blob:, javascript:, relative or same-host URLs, or garbage', () => {
    for (const url of [
      'data:text/javascript,alert(1)',
      'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
      'blob:https://www.example.com/6b1c1a4e-4d4c-4f0b-9d7e-2f1d5b0e6c3a',
      'javascript:void(0)',
      'about:blank',
      'ftp://www.google-analytics.com/x',
      '/gtag/js?id=G-1',
      'gtag.js',
      '../www.google-analytics.com/collect',
      'www.google-analytics.com/collect',
      'https://www.example.com/own.js',
      'http://[::1',
      '',
    ]) expect(serviceOf(url), url).toBeUndefined()
  })

  it('ignores services without hosts and matches nothing when none has any', () => {
    expect(hostMatcher([services[5]])('https://www.google-analytics.com/collect')).toBeUndefined()
    expect(hostMatcher([])('https://www.google-analytics.com/collect')).toBeUndefined()
  })

  it('reads hosts the config check reported as it can, and never throws on them: a lone host is still matched', () => {
    const given = [
      { id: 'gtm', name: 'Google Tag Manager', category: 'analytics', hosts: 'googletagmanager.com' },
      { id: 'mixed', name: 'Mixed', category: 'analytics', hosts: [42, null, 'hotjar.com', { host: 'x' }] },
      { id: 'flag', name: 'Flag', category: 'analytics', hosts: true },
      { id: 'object', name: 'Object', category: 'analytics', hosts: { 0: 'facebook.com', length: 1 } },
    ] as unknown as ServiceConfig[]
    const lenient = hostMatcher(given)
    expect(lenient('https://www.googletagmanager.com/gtm.js?id=GTM-1')?.id).toBe('gtm')
    expect(lenient('https://static.hotjar.com/c/hotjar-1.js')?.id).toBe('mixed')
    expect(lenient('https://www.facebook.com/tr')).toBeUndefined()
    expect(lenient.named('<script src="https://www.googletagmanager.com/gtm.js">')).toBe(true)
  })
})

describe('hosts two services share', () => {
  it('are named with both services, however each spells the host; one service listing a host twice is no sharing', async () => {
    const { sharedHosts } = await import('../../../src/core/hosts')
    expect(sharedHosts(services)).toEqual([])
    const google: ServiceConfig[] = [
      { id: 'google-analytics', name: 'GA', category: 'analytics', hosts: ['googletagmanager.com', 'googletagmanager.com'] },
      { id: 'google-ads', name: 'Ads', category: 'advertising', hosts: ['.GoogleTagManager.com', 'googleadservices.com'] },
    ]
    expect(sharedHosts(google)).toEqual([['googletagmanager.com', 'google-analytics', 'google-ads']])
  })
})
