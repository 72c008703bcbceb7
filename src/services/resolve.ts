import type { ServiceConfig } from '../core/types'
import type { ServiceFactory } from './define'

/**
 * Turns one `services` entry of a config into a ServiceConfig.
 * - A catalogue id (`'hotjar'`) becomes that catalogue entry.
 * - An object whose id is in the registry is laid over that entry field by
 *   field: the script-tag way to override (`{ id: 'hotjar', category: 'functional' }`).
 * - Any other object is returned as it is (the engine validates it).
 * Returns undefined for an id the registry lacks, or for something that is not a service.
 *
 * The registry is a parameter, never imported here, so ES-module users who pass
 * none do not bundle the whole catalogue.
 */
export function resolveService(
  entry: ServiceConfig | string,
  registry?: Record<string, ServiceFactory>,
): ServiceConfig | undefined {
  // Own properties only: 'constructor' or 'toString' must not resolve to Object's methods.
  const factory = (id: unknown) =>
    registry && typeof id === 'string' && Object.prototype.hasOwnProperty.call(registry, id) ? registry[id] : undefined
  if (typeof entry === 'string') return factory(entry)?.()
  if (!entry || typeof entry !== 'object') return undefined
  const base = factory(entry.id)
  return base ? base(entry) : entry
}
