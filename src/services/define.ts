import type { ServiceConfig } from '../core/types'

/** What every catalogue module exports: call it, optionally with fields to replace. */
export type ServiceFactory = (overrides?: Partial<ServiceConfig>) => ServiceConfig

/**
 * Replaces an entry's fields one by one (whole fields: `cookies` or `purpose`
 * given here replace the entry's). Undefined values are skipped, so an
 * override built with spreads cannot erase a field by accident.
 */
export function withOverrides(entry: ServiceConfig, overrides?: Partial<ServiceConfig>): ServiceConfig {
  if (overrides) {
    for (const key of Object.keys(overrides) as (keyof ServiceConfig)[]) {
      const value = overrides[key]
      if (value !== undefined) (entry as unknown as Record<string, unknown>)[key] = value
    }
  }
  return entry
}
