/** Test helpers shared by the unit suites. */

export function cookieNames(): string[] {
  return document.cookie.split(';').map((pair) => pair.split('=')[0].trim()).filter(Boolean)
}

/** Expires every cookie visible to the page, on every path and domain the tests use. */
export function clearCookies(): void {
  const paths = ['/', '/shop', '/shop/cart', '/blog']
  const domains = ['', '; domain=example.com', '; domain=www.example.com']
  for (const name of cookieNames()) {
    for (const path of paths) for (const domain of domains) {
      document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=${path}${domain}`
    }
  }
}

/** The stored consent cookie, parsed. */
export function storedConsent(name = 'consentry'): unknown {
  const pair = document.cookie.split('; ').find((entry) => entry.startsWith(name + '='))
  return pair ? JSON.parse(decodeURIComponent(pair.slice(name.length + 1))) : undefined
}
