import { listedServiceIds, resolveConfig } from '../config'
import { tellWarning } from '../log'
import { readRecord } from '../storage'
import type { ConsentRecord, ResolvedConfig } from '../types'
import { gpcSignal } from './gpc'

/**
 * A returning visitor's `update`, before the script build waits for the catalogue (services named
 * by id): Tag Manager's snippet runs right after Consentry's script, and what its container fires
 * on `gtm.js` (GA4's page view) would otherwise go out with the defaults, every type denied.
 *
 * Without the catalogue no one knows which Consent Mode types the services named by id declare,
 * nor their categories. So the update is told early only from a decision that allows every
 * service the config names: then every service that declares a type is allowed, and the complete
 * update (init's, once the catalogue is in) grants every declared type, and the types no service
 * declares by the mapping, as the early one does. The early one, read off the mapping alone,
 * grants no more. Any other decision waits for the catalogue, and in advanced mode the console says
 * what that costs.
 */
export function earlyDecision(given: Record<string, any>, advanced?: boolean): { config: ResolvedConfig; record: ConsentRecord } | undefined {
  const services: unknown[] = Array.isArray(given.services) ? given.services : []
  // Without an id to look up, init starts at once and tells the update itself.
  if (!services.some((entry) => typeof entry == 'string')) return
  // Problems are reported by init, which reads the same config.
  const { config } = resolveConfig(given, undefined, true)
  const options = given.consentMode
  const gpc = config.gpcCategories.length > 0 && gpcSignal()
  // Read as init will read it: a listed service the record does not name is refused, which the check below finds.
  const record = readRecord(config.cookie, { revision: config.revision, expiresDays: config.cookie.expiresDays, now: Date.now(), gpc, services: listedServiceIds(services) })
  // No decision: the defaults stand. A site that set waitForUpdate has Google wait for the complete update.
  if (!record || (options && options.waitForUpdate !== undefined)) return
  const ids = services.map((entry) => (typeof entry == 'string' ? entry : entry && (entry as { id?: unknown }).id))
  if (ids.every((id) => typeof id == 'string' && record.services[id] === true)) return { config, record }
  // Only in advanced mode can a Google tag fire before then (in basic mode Consentry lets them run,
  // after init); said on every such page, as it costs this page view: it loads the console's words.
  if (advanced) tellWarning('consentMode.updateAfterCatalogue')
  return undefined
}
