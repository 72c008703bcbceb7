import type { Report } from '../config'
import type { ConsentryConfig } from '../types'

/** The categories that sell or share data across sites, refused under GPC unless config names others. */
export const DEFAULT_GPC_CATEGORIES = ['advertising', 'tracking']

/** True when the browser sends Global Privacy Control. False without a navigator (SSR, Node). */
export function gpcSignal(): boolean {
  return typeof navigator !== 'undefined' && (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true
}

/**
 * The configured categories GPC refuses, in config order. `false` turns GPC
 * handling off; `true` or nothing means the defaults. Never `necessary`.
 * Unusable input keeps the defaults (stricter, not laxer) and is reported in `errors`.
 */
export function resolveGpcCategories(input: ConsentryConfig['gpc'], categories: string[], report: Report = () => {}): string[] {
  if (input === false) return []
  let wanted = DEFAULT_GPC_CATEGORIES
  if (input !== undefined && input !== true) {
    const list = input && typeof input === 'object' ? input.categories : undefined
    if (Array.isArray(list)) {
      wanted = list
      list.forEach((id, i) => {
        if (!categories.includes(id)) report(`gpc.categories[${i}]`, 'category.known', id)
      })
    } else report('gpc', 'gpc', input)
  }
  return categories.filter((id) => id != 'necessary' && wanted.includes(id))
}

/**
 * What "Accept all" grants under GPC: everything but the refused categories.
 * The visitor can still switch those on explicitly through `save`.
 */
export function applyGpc(allowedCategories: string[], gpcCategories: string[]): string[] {
  return allowedCategories.filter((id) => !gpcCategories.includes(id))
}
