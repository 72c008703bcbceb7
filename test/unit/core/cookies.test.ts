import { beforeEach, describe, expect, it } from 'vitest'
import { cookieMatcher, deleteDeclaredCookies, domainVariants, pathVariants } from '../../../src/core/cookies'
import { clearCookies, cookieNames } from '../helpers'

describe('cookie clearing', () => {
  beforeEach(() => {
    clearCookies()
    localStorage.clear()
    sessionStorage.clear()
  })

  it('matches exact names, globs and regular expressions', () => {
    expect(cookieMatcher('_ga')('_ga')).toBe(true)
    expect(cookieMatcher('_ga')('_ga_ABC')).toBe(false)
    expect(cookieMatcher('_ga_*')('_ga_ABC123')).toBe(true)
    expect(cookieMatcher('_ga_*')('x_ga_ABC')).toBe(false)
    expect(cookieMatcher('_hj.*')('_hjx')).toBe(false)
    expect(cookieMatcher(/^_hjSession_\d+$/)('_hjSession_123')).toBe(true)
  })

  it('matches every name a global or sticky RegExp names, not every other one', () => {
    for (const pattern of [/^_rg/g, /_rg/y]) {
      const matches = cookieMatcher(pattern)
      expect(['_rg1', '_rg2', '_rg3', '_rg4'].filter(matches), String(pattern)).toEqual(['_rg1', '_rg2', '_rg3', '_rg4'])
    }
  })

  it('lists host-only, the host and each parent domain, never the bare TLD', () => {
    expect(domainVariants('www.shop.example.com')).toEqual([undefined, 'www.shop.example.com', 'shop.example.com', 'example.com'])
    expect(domainVariants('localhost')).toEqual([undefined])
    expect(domainVariants('www.example.com', '.cdn.example.net')).toContain('cdn.example.net')
  })

  it('lists the root, every prefix of the current path with and without its slash, and the declared path', () => {
    expect(pathVariants('/shop/cart', '/blog')).toEqual(['/', '/shop', '/shop/', '/shop/cart', '/blog'])
    expect(pathVariants('/shop/')).toEqual(['/', '/shop', '/shop/'])
    expect(pathVariants('/', '/')).toEqual(['/'])
  })

  it('deletes a declared cookie set on a path with a trailing slash', () => {
    document.cookie = '_fbp=fb.1; path=/shop/'
    expect(cookieNames()).toContain('_fbp')
    deleteDeclaredCookies([{ name: '_fbp' }])
    expect(cookieNames()).not.toContain('_fbp')
  })

  it('leaves a cookie and a storage key that a declaration still in use names too', () => {
    document.cookie = '_ga=GA1.1; path=/'
    document.cookie = '_ga_XYZ=GS1.1; path=/'
    localStorage.setItem('_ga', 'x')
    sessionStorage.setItem('_ga_XYZ', 'x')
    const deleted = deleteDeclaredCookies([{ name: '_ga*' }], [{ name: '_ga' }])
    expect(deleted).toEqual(['_ga_XYZ'])
    expect(cookieNames()).toEqual(['_ga'])
    expect(Object.keys(localStorage)).toEqual(['_ga'])
    expect(Object.keys(sessionStorage)).toEqual([])
  })

  it('deletes declared cookies set on the parent domain and on a sub-path', () => {
    document.cookie = '_ga=GA1.1; path=/; domain=example.com'
    document.cookie = '_ga_XYZ=GS1.1; path=/shop'
    document.cookie = '_gid=keep; path=/'
    document.cookie = 'session=mine; path=/'
    localStorage.setItem('_ga_XYZ', 'x')
    localStorage.setItem('cart', 'mine')
    sessionStorage.setItem('_ga_ABC', 'x')
    sessionStorage.setItem('checkout-step', 'mine')
    const deleted = deleteDeclaredCookies([{ name: '_ga' }, { name: '_ga_*' }])
    expect(deleted.sort()).toEqual(['_ga', '_ga_XYZ'])
    expect(cookieNames().sort()).toEqual(['_gid', 'session'])
    expect(Object.keys(localStorage)).toEqual(['cart'])
    expect(Object.keys(sessionStorage)).toEqual(['checkout-step'])
  })
})
