import type { CookieDeclaration } from './types'

/**
 * `_ga_*` → /^_ga_.*$/ ; exact names match only themselves. A RegExp is copied without its
 * `g` and `y` flags: with them, `test` goes on from where the last match ended, and every
 * other cookie the pattern names would be passed over.
 */
export function cookieMatcher(name: string | RegExp): (candidate: string) => boolean {
  if (name instanceof RegExp) {
    const pattern = new RegExp(name.source, name.flags.replace(/[gy]/g, ''))
    return (candidate) => pattern.test(candidate)
  }
  if (!name.includes('*')) return (candidate) => candidate === name
  const pattern = new RegExp('^' + name.split('*').map(escapeRegExp).join('.*') + '$')
  return (candidate) => pattern.test(candidate)
}

const escapeRegExp = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&')

/**
 * Every domain a script on this page may have set a cookie for: host-only
 * (undefined), the host and each parent domain (never a bare TLD), and the
 * declared domain.
 */
export function domainVariants(hostname: string, declared?: string): (string | undefined)[] {
  const parts = hostname.split('.')
  const variants: (string | undefined)[] = [undefined]
  for (let i = 0; i < parts.length - 1; i++) variants.push(parts.slice(i).join('.'))
  const extra = declared?.replace(/^\./, '')
  if (extra && !variants.includes(extra)) variants.push(extra)
  return variants
}

/**
 * Every path a cookie this page can see may have been set on: '/', each prefix of the current
 * path with and without its trailing slash (`/shop/cart` is reached from `/`, `/shop`, `/shop/`
 * and `/shop/cart`), and the declared path.
 */
export function pathVariants(pathname: string, declared?: string): string[] {
  const paths = ['/']
  for (let end = pathname.indexOf('/', 1); end > 0; end = pathname.indexOf('/', end + 1)) paths.push(pathname.slice(0, end), pathname.slice(0, end + 1))
  if (pathname != '/') paths.push(pathname)
  if (declared) paths.push(declared)
  return [...new Set(paths)]
}

/**
 * The attributes a deleting write needs besides its domain and path. The browser takes a write
 * to a `__Secure-` or `__Host-` name only with `Secure`, and a partitioned cookie (CHIPS) is
 * reached only by a write that is `Partitioned` too: in a secure context, each name is
 * expired once more that way. (Whether a cookie is `Secure` or not does not matter otherwise.)
 */
const deletionAttributes = () => (window.isSecureContext ? ['', '; secure', '; secure; partitioned'] : [''])

const currentCookieNames = () =>
  document.cookie.split(';').map((pair) => pair.split('=')[0].trim()).filter(Boolean)

/**
 * Deletes the declared cookies (and localStorage and sessionStorage keys of the same names) that
 * exist now. The browser does not say on which domain or path a cookie was
 * set, so each is expired on every combination a script could have used.
 * A name one of `kept` declares too is left: a service still allowed uses it, or Consentry does.
 */
export function deleteDeclaredCookies(declarations: CookieDeclaration[], kept: CookieDeclaration[] = []): string[] {
  const deleted: string[] = []
  const names = currentCookieNames()
  const stillUsed = kept.map((declaration) => cookieMatcher(declaration.name))
  const attributes = deletionAttributes()
  for (const declaration of declarations) {
    const declared = cookieMatcher(declaration.name)
    const matches = (name: string) => declared(name) && !stillUsed.some((used) => used(name))
    for (const name of names.filter(matches)) {
      for (const domain of domainVariants(location.hostname, declaration.domain)) {
        for (const path of pathVariants(location.pathname, declaration.path)) {
          for (const extra of attributes)
            document.cookie =
              `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=${path}` + (domain ? `; domain=${domain}` : '') + extra
        }
      }
      deleted.push(name)
    }
    removeStorageKeys(matches)
  }
  return deleted
}

/** Vendors keep state in storage too under the names they declare (Hotjar's `_hjRecordingLastActivity`, for one, in sessionStorage). */
function removeStorageKeys(matches: (key: string) => boolean): void {
  for (const name of ['localStorage', 'sessionStorage'] as const) {
    try {
      const storage = window[name]
      for (const key of Object.keys(storage)) if (matches(key)) storage.removeItem(key)
    } catch {
      // Storage can be disabled (reading it then throws); there is then nothing to remove.
    }
  }
}
