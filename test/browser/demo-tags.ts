/**
 * What the demo site guards, in document order: the third-party request each
 * service makes when allowed, and the cookies its stub sets (see ./stubs).
 */
export interface GuardedService {
  id: string
  category: string
  request: RegExp
  cookies: string[]
}

export const DEMO_SERVICES: GuardedService[] = [
  { id: 'bootstrap-cdn', category: 'functional', request: /^https:\/\/cdn\.jsdelivr\.net\/npm\/bootstrap@/, cookies: [] },
  { id: 'font-awesome', category: 'functional', request: /^https:\/\/cdnjs\.cloudflare\.com\/ajax\/libs\/font-awesome\//, cookies: [] },
  { id: 'google-analytics', category: 'analytics', request: /^https:\/\/www\.googletagmanager\.com\/gtag\/js\?id=G-DEMO123$/, cookies: ['_ga', '_ga_DEMO123'] },
  { id: 'hotjar', category: 'analytics', request: /^https:\/\/static\.hotjar\.com\/c\/hotjar-123\.js/, cookies: ['_hjSessionUser_123', '_hjSession_123'] },
  { id: 'linkedin-insight', category: 'tracking', request: /^https:\/\/snap\.licdn\.com\//, cookies: ['li_fat_id', 'li_giant'] },
  { id: 'facebook-pixel', category: 'advertising', request: /^https:\/\/connect\.facebook\.net\//, cookies: ['_fbp'] },
  // In <body>, on the home pages only.
  { id: 'youtube', category: 'social', request: /^https:\/\/www\.youtube-nocookie\.com\/embed\//, cookies: [] },
]

/** Ids of the services in `ids`, or of all, in document order; `home: false` leaves out the home-only video. */
export function demoServices({ home = true, only }: { home?: boolean; only?: (s: GuardedService) => boolean } = {}): string[] {
  return DEMO_SERVICES.filter((s) => (home || s.id !== 'youtube') && (!only || only(s))).map((s) => s.id)
}

/** The requests mapped to service ids, in order; a URL no service claims stays as it is. */
export function requestedServices(requests: string[]): string[] {
  return requests.map((url) => DEMO_SERVICES.find((s) => s.request.test(url))?.id ?? url)
}

/** The same, sorted: for "each exactly once" whatever order the browser fetched them in. */
export const sortedServices = (requests: string[]): string[] => requestedServices(requests).sort()

/** Services that load a script: the browser fetches these in the order they were inserted. */
const SCRIPT_SERVICES = ['google-analytics', 'hotjar', 'linkedin-insight', 'facebook-pixel']
export const scriptServices = (ids: string[]): string[] => ids.filter((id) => SCRIPT_SERVICES.includes(id))

export function vendorCookies(serviceIds: string[]): string[] {
  return DEMO_SERVICES.filter((s) => serviceIds.includes(s.id)).flatMap((s) => s.cookies)
}
