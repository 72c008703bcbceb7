import { beforeEach, describe, expect, it, vi } from 'vitest'
import { tell, words } from '../../../src/core/log'
import { explainProblems } from '../../../src/core/messages'
import { serializeRecord } from '../../../src/core/record'
import type { ConsentRecord, ResolvedConfig } from '../../../src/core/types'
import { clearCookies } from '../helpers'

const cookie: ResolvedConfig['cookie'] = { name: 'consentry', path: '/', sameSite: 'Lax', secure: false, expiresDays: 182 }
const validity = { revision: 1, expiresDays: 182, now: Date.now(), services: [] }
const record = (updatedAt: string, id = 'r'): ConsentRecord => ({
  schema: 1, id, createdAt: updatedAt, updatedAt, revision: 1,
  categories: { necessary: true, analytics: true }, services: {}, method: 'custom', language: 'en',
})
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 36e5).toISOString()

async function freshStorage() {
  vi.resetModules()
  return import('../../../src/core/storage')
}

beforeEach(clearCookies)

describe('reading the consent cookie', () => {
  it('picks the newest valid record among several cookies of the same name', async () => {
    const { readRecord } = await freshStorage()
    document.cookie = `consentry=${encodeURIComponent(serializeRecord(record(hoursAgo(5), 'old')))}; path=/`
    document.cookie = `consentry=${encodeURIComponent(serializeRecord(record(hoursAgo(1), 'new')))}; path=/shop`
    document.cookie = `consentry=${encodeURIComponent('{"schema":1,"garbage":')}; path=/shop/cart`
    expect(readRecord(cookie, validity)?.id).toBe('new')
  })

  it('survives a malformed escape and a value near 4 KB', async () => {
    const { readRecord } = await freshStorage()
    document.cookie = 'consentry=%E0%A4%A; path=/shop'
    document.cookie = `consentry=${'x'.repeat(4000)}; path=/shop/cart`
    expect(() => readRecord(cookie, validity)).not.toThrow()
    expect(readRecord(cookie, validity)).toBeNull()
    document.cookie = `consentry=${encodeURIComponent(serializeRecord(record(hoursAgo(1), 'kept')))}; path=/`
    expect(readRecord(cookie, validity)?.id).toBe('kept')
  })

  it('ignores cookies whose name only starts with ours', async () => {
    const { readRecord } = await freshStorage()
    document.cookie = `consentry_old=${encodeURIComponent(serializeRecord(record(hoursAgo(1))))}; path=/`
    expect(readRecord(cookie, validity)).toBeNull()
  })
})

describe('renewing the consent cookie (Safari and Brave end a script\'s cookie 7 days after its last writing)', () => {
  /** What the page writes to document.cookie while `run` runs (the writes still go through). */
  function writesDuring(run: () => void): string[] {
    const writes: string[] = []
    let owner = Object.getPrototypeOf(document)
    while (!Object.getOwnPropertyDescriptor(owner, 'cookie')) owner = Object.getPrototypeOf(owner)
    const descriptor = Object.getOwnPropertyDescriptor(owner, 'cookie')!
    const set = vi.spyOn(document, 'cookie', 'set').mockImplementation((value) => {
      writes.push(value)
      descriptor.set!.call(document, value)
    })
    run()
    set.mockRestore()
    return writes
  }
  const stored = (updatedAt: string, id: string) => serializeRecord(record(updatedAt, id))

  it('writes the newest record again, its value as it was, to end when the record runs out', async () => {
    const { readRecord } = await freshStorage()
    const decided = hoursAgo(48)
    document.cookie = `consentry=${encodeURIComponent(stored(hoursAgo(72), 'old'))}; path=/shop`
    document.cookie = `consentry=${encodeURIComponent(stored(decided, 'new'))}; path=/`
    const settings = { ...cookie, domain: 'example.com', sameSite: 'Strict' as const, secure: true }
    const writes = writesDuring(() => expect(readRecord(settings, validity, true)?.id).toBe('new'))
    const ends = new Date(Date.parse(decided) + 182 * 864e5).toUTCString()
    expect(writes.at(-1)).toBe(`consentry=${encodeURIComponent(stored(decided, 'new'))}; expires=${ends}; path=/; domain=example.com; samesite=Strict; secure`)
  })

  it('writes nothing without `renew`, nor for a record that has run out or is broken', async () => {
    const { readRecord } = await freshStorage()
    document.cookie = `consentry=${encodeURIComponent(stored(hoursAgo(1), 'fresh'))}; path=/`
    expect(writesDuring(() => readRecord(cookie, validity))).toEqual([])
    document.cookie = `consentry=${encodeURIComponent(stored(hoursAgo(183 * 24), 'expired'))}; path=/`
    document.cookie = `consentry=${encodeURIComponent('{"schema":1,')}; path=/shop`
    expect(writesDuring(() => expect(readRecord(cookie, validity, true)).toBeNull())).toEqual([])
  })
})

describe('when the browser refuses the cookie', () => {
  // The engine tells through the core, in the words of consentry-messages.js.
  beforeEach(() => void (words.explain = explainProblems))
  it('warns once, naming the cookie and what to check', async () => {
    const { writeRecord } = await import('../../../src/core/record-cookie')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    // Cookies disabled: writes vanish, reads find nothing of ours.
    const set = vi.spyOn(document, 'cookie', 'set').mockImplementation(() => {})
    const get = vi.spyOn(document, 'cookie', 'get').mockReturnValue('')
    writeRecord(record(hoursAgo(0), 'memory'), cookie, tell)
    set.mockRestore()
    get.mockRestore()
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0][0]).toMatch(/^\[consentry\] the browser did not store the consent cookie "consentry".*check config.cookie/)
    vi.restoreAllMocks()
  })

  it('says when this page is outside cookie.path, where it can never read its cookie back', async () => {
    const { writeRecord } = await import('../../../src/core/record-cookie')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    // This page is /shop/cart.
    expect(writeRecord(record(hoursAgo(0), 'blog'), { ...cookie, path: '/blog' }, tell)).toBe(false)
    expect(warn.mock.calls).toEqual([
      [
        '[consentry] the browser did not store the consent cookie "consentry" (this page is outside config.cookie.path "/blog", so it cannot read that cookie back: load Consentry only under that path, or set it to one this page is under). The choice holds for this page only.',
      ],
    ])
    vi.restoreAllMocks()
  })

  it('says what a __Host- or __Secure- name needs when the browser does not keep it', async () => {
    const { writeRecord } = await import('../../../src/core/record-cookie')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    // As a browser refuses such a name set without Secure (or, for __Host-, with a domain or another path).
    const set = vi.spyOn(document, 'cookie', 'set').mockImplementation(() => {})
    writeRecord(record(hoursAgo(0), 'host'), { ...cookie, name: '__Host-consentry', secure: false }, tell)
    writeRecord(record(hoursAgo(0), 'domain'), { ...cookie, name: '__Host-consentry', secure: true, domain: '.example.com' }, tell)
    writeRecord(record(hoursAgo(0), 'secure'), { ...cookie, name: '__Secure-consentry', secure: false }, tell)
    set.mockRestore()
    const said = warn.mock.calls.map(([message]) => message)
    expect(said).toHaveLength(3)
    for (const message of said) expect(message).toMatch(/ \(a name starting with __Host- is kept only with config\.cookie\.secure true \(the default on https: pages only\), no domain and path "\/"; one starting with __Secure-, only with secure true; or cookies are disabled\)\. The choice holds for this page only\.$/)
    vi.restoreAllMocks()
  })

  it.each([
    ['a domain this page is not under', { domain: '.example.org' }, 'https:', 'config.cookie.domain ".example.org" is neither this page\'s host (www.example.com) nor a domain it is under'],
    ['secure on an http: page', { secure: true }, 'http:', 'config.cookie.secure is true, and this page is http:, where browsers keep no Secure cookie'],
    ['sameSite None without secure', { sameSite: 'None' as const }, 'https:', 'config.cookie.sameSite "None" needs secure true, and browsers refuse it without:'],
    ['sameSite None on an http: page', { sameSite: 'None' as const }, 'http:', 'config.cookie.sameSite "None" needs secure true, and browsers refuse it without (which this http: page cannot have)'],
    ['a domain that fits (a public suffix, say)', { domain: '.Example.com' }, 'https:', 'cookies disabled, or config.cookie.domain ".Example.com" is a public suffix'],
  ])('names the setting that does not fit the page when the browser refuses it: %s', async (_, settings, protocol, cause) => {
    const { writeRecord } = await import('../../../src/core/record-cookie')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, protocol, hostname: 'www.example.com', pathname: '/shop/cart' } as Location)
    const set = vi.spyOn(document, 'cookie', 'set').mockImplementation(() => {})
    writeRecord(record(hoursAgo(0), 'refused'), { ...cookie, ...settings }, tell)
    set.mockRestore()
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0][0]).toContain(`the browser did not store the consent cookie "consentry" (${cause}`)
    vi.restoreAllMocks()
  })

  it('says how large a record is when it is too large for any browser to keep as a cookie', async () => {
    const { writeRecord } = await import('../../../src/core/record-cookie')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    // As a browser drops a cookie over 4096 bytes; it keeps the others.
    const realCookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!
    const set = vi.spyOn(document, 'cookie', 'set').mockImplementation((value: string) => {
      if (value.split(';')[0].length <= 4096) realCookie.set!.call(document, value)
    })
    const many = Object.fromEntries(Array.from({ length: 150 }, (_, n) => [`partner-service-number-${n}`, true]))
    writeRecord({ ...record(hoursAgo(0), 'large'), services: many }, cookie, tell)
    set.mockRestore()
    expect(warn).toHaveBeenCalledTimes(1)
    const [, size] = warn.mock.calls[0][0].match(/it takes (\d+) bytes, and browsers keep none over 4096: list fewer services, or give them shorter ids/) ?? []
    expect(Number(size)).toBeGreaterThan(4096)
    vi.restoreAllMocks()
  })

  it('stores nothing and stays quiet when the browser keeps it', async () => {
    const { writeRecord } = await import('../../../src/core/record-cookie')
    const { readRecord } = await freshStorage()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    writeRecord(record(hoursAgo(0), 'kept'), cookie, tell)
    expect(readRecord(cookie, validity)?.id).toBe('kept')
    expect(warn).not.toHaveBeenCalled()
    vi.restoreAllMocks()
  })
})
