import { sendConsentLog } from './consent-log'
import { deleteDeclaredCookies } from './cookies'
import { applyGpc } from './integrations/gpc'
import { signalVendors } from './integrations/vendor-signals'
import { unloadRefusedImages } from './unload-images'
import { logError, logWarning } from './log'
import { checkLooks } from './look-check'
import { checkNotice } from './notice-check'
import { checkSetUp } from './setup-check'
import { checkTagServices } from './tag-check'
import { allows, newConsentId } from './record'
import { newerRevisionStored, removeRecord, writeRecord } from './record-cookie'
import type { ConsentChoice, ConsentMethod, ConsentRecord, Decision, DecisionEngine, DecisionSource, ResolvedConfig, ServiceConfig, UIHost } from './types'

/**
 * Making a decision: what the visitor allowed becomes a record, stored as
 * proof, with the cookies of everything it refuses deleted. The core applies
 * and announces the result. Not needed on a page that only reads a stored
 * decision, so the script build ships it as consentry-engine.js.
 */
export const decisionEngine: DecisionEngine = {
  decide(host, method, choice, given) {
    const { config } = host
    check(host)
    const source = sourceOf(given)
    if (method == 'accept-all') return record(host, source, 'accept-all', applyGpc(config.categories, host.gpc ? config.gpcCategories : []))
    if (method == 'reject-all') return record(host, source, 'reject-all', [])
    const answers: Record<string, unknown> = (choice && choice.services) || {}
    if (!choice || !Array.isArray(choice.categories) || typeof answers != 'object') {
      logError('save() expects { categories: string[], services?: { [id]: boolean } }; nothing was changed.')
      return
    }
    const unknown = choice.categories.filter((id) => !config.categories.includes(id))
    if (unknown.length) logError(`save(): unknown categories ${unknown.join(', ')} were ignored; expected ${config.categories.join(', ')}.`)
    // Such an answer is left out (the service follows its category): say so, as a typo would otherwise pass unseen.
    const ids = config.services.map((service) => service.id)
    const ignored = Object.keys(answers).filter((id) => typeof answers[id] != 'boolean' || !ids.includes(id))
    if (ignored.length) logError(`save(): services ${ignored.join(', ')} were ignored; expected true or false for one of ${ids.join(', ')}.`)
    return record(host, source, 'custom', choice.categories, choice.services)
  },
  forget({ api, config, $consent }, elsewhere) {
    const forgotten = $consent.get()
    // What the core announces: the page's copy of it, frozen as every event hands it out.
    const consent = api.getConsent()
    if (!elsewhere) removeRecord(config.cookie)
    // Forgotten elsewhere: what is stored, if anything (a record under a newer revision), is not this
    // page's to delete. And a decision of this page's that never was stored holds here, as it did.
    else if (forgotten == unstored) return false
    signalVendors(config, null)
    unloadRefusedImages(config, null)
    deleteRefusedCookies(config, null)
    // All it allowed is taken back, as by a withdrawal: the tags that ran go with the page where the site wants that.
    if (config.reloadOnWithdrawal && forgotten && allowsAnything(forgotten)) location.reload()
    return { consent }
  },
  // Already stored, and logged, by the page that made it.
  adopt: (host, stored) => replace(host.config, host.$consent.get(), stored),
}

/**
 * What the console should tell the site owner of the page's set-up. Telling only: should it fail
 * (beside a consentry.js of another release, whose host lacks `tell`), the decision must still be
 * made, a withdrawal above all; the error is thrown apart from it, so the console still shows it.
 */
function check(host: UIHost): void {
  try {
    checkLooks(host)
    checkNotice(host)
    checkTagServices(host)
    checkSetUp(host)
  } catch (error) {
    setTimeout(() => {
      throw error
    })
  }
}

/** Where the decision was made, for the consent log: as given, or `api` (said, for a string that is no short name). */
function sourceOf(given: unknown): DecisionSource {
  // Anything but a string names none: the event that `onClick={acceptAll}` hands it, say.
  if (typeof given != 'string') return 'api'
  if (/^[\w-]{1,32}$/.test(given)) return given
  logError(`a decision's source is a name of letters, digits, _ and - (at most 32), not ${JSON.stringify(given)}: logged as "api".`)
  return 'api'
}

/** This page's latest decision when the browser did not keep it (see record): it holds for this page only. */
let unstored: ConsentRecord | undefined

function record(host: UIHost, source: DecisionSource, method: ConsentMethod, allowedCategories: string[], serviceChoices: ConsentChoice['services'] = {}): Decision {
  const { config } = host
  const previous = host.$consent.get()
  const chosen = (category: string) => category === 'necessary' || allowedCategories.includes(category)
  const services: Record<string, boolean> = {}
  for (const service of config.services) {
    // Only a yes or a no is an answer: anything else (a 1, or `constructor` read off the prototype)
    // would make the record one that no page can read back, and the choice would be lost.
    const own = (serviceChoices || {})[service.id]
    services[service.id] = typeof own == 'boolean' ? own : chosen(service.category)
  }
  // An entry left out for a mistake was never shown to the visitor: refused, so its tags stay blocked
  // (a typo must never make a tag run), until the visitor allows it once the entry is fixed.
  for (const id of config.droppedServices) services[id] ??= false
  // A category is allowed only as a whole: a service allowed on its own allows no more than itself.
  const categories: Record<string, boolean> = {}
  for (const id of config.categories) categories[id] = chosen(id)

  const now = new Date().toISOString()
  const consent: ConsentRecord = {
    schema: 1,
    id: previous?.id ?? newConsentId(),
    createdAt: previous?.createdAt ?? now,
    updatedAt: after(previous, now),
    revision: config.revision,
    categories,
    services,
    method,
    // As long as a record may say (record.ts), else no page could read it back: one past that
    // (a config's odd tag) would be lost at once, and the page forget its own decision.
    language: host.language.slice(0, 35),
  }
  if (host.gpc) consent.gpc = true
  const decision = replace(config, previous, consent)
  if (decision.withdrawn) consent.method = 'withdrawal'

  // A page whose config is out of date, or missing (revision 0), must not put its question's
  // answer in the place of one given under the site's newer config: it holds for this page only.
  const newer = newerRevisionStored(config.cookie, config.revision)
  unstored = newer === undefined && writeRecord(consent, config.cookie, host.tell) ? undefined : consent
  if (newer !== undefined) host.tell([['', 'cookie.newerRevision', [config.revision, newer]]], [], logWarning)
  if (config.consentLog) sendConsentLog(config.consentLog.url, consent, !unstored, source)
  return decision
}

/**
 * The time of a decision: now, unless the record it replaces is dated later (the core reads a
 * record up to a day ahead, for a clock that was fast). A decision made after reading a record is
 * newer than it, and must read so to every page that sees both: else a copy of the old one left on
 * another path would count as the newer decision and come back, here at once, over a withdrawal.
 */
function after(previous: ConsentRecord | null, now: string): string {
  const before = previous ? Date.parse(previous.updatedAt) : 0
  return before >= Date.parse(now) ? new Date(before + 1).toISOString() : now
}

/**
 * What it means for this page that `consent` takes the place of `previous`: what changed,
 * and whether anything allowed was taken back. Tags already running hear it where they can,
 * and the cookies of whatever `consent` refuses are deleted, whether or not `previous` allowed it.
 */
function replace(config: ResolvedConfig, previous: ConsentRecord | null, consent: ConsentRecord): Decision {
  const withdrawn = previous ? config.services.filter((service) => allowed(previous, service) && !allowed(consent, service)) : []
  const withdrawnCategories = previous ? Object.keys(consent.categories).filter((id) => previous.categories[id] === true && !consent.categories[id]) : []
  signalVendors(config, consent)
  unloadRefusedImages(config, consent)
  deleteRefusedCookies(config, consent)
  return {
    consent,
    withdrawn: withdrawn.length + withdrawnCategories.length > 0,
    changedCategories: changed(previous?.categories, consent.categories),
    changedServices: changed(previous?.services, consent.services),
  }
}

/** Whether a record allows anything beyond the necessary: a category, or a service on its own. */
const allowsAnything = ({ categories, services }: ConsentRecord) =>
  [categories, services].some((choices) => Object.keys(choices).some((id) => id != 'necessary' && choices[id]))

// Services still allowed keep their cookies, even where their category as a whole was taken back.
const allowed = (record: ConsentRecord, { id, category }: ServiceConfig) => allows(record, category, id)

/**
 * Deletes the declared cookies (and storage keys) of every service `consent` does not allow;
 * with no decision (`null`, after reset()), of every service but the necessary ones. Every one,
 * not just those taken back since the last valid record: after an expiry, a new revision or a
 * reset there is no such record, yet the cookies an earlier Accept all let in are still there.
 */
function deleteRefusedCookies(config: ResolvedConfig, consent: ConsentRecord | null): void {
  const isAllowed = ({ id, category }: ServiceConfig) => allows(consent, category, id)
  const cookiesOf = (services: ServiceConfig[]) => services.flatMap((service) => service.cookies || [])
  // Two services may declare one cookie (a site's own config can): one still allowed keeps it.
  // So does Consentry its own, which a broad pattern (`*`, `c*`) matches: a page adopting a
  // decision made elsewhere would otherwise delete the record without writing it again.
  const kept = [...cookiesOf(config.services.filter(isAllowed)), { name: config.cookie.name }]
  deleteDeclaredCookies(cookiesOf(config.services.filter((service) => !isAllowed(service))), kept)
}

/** Ids whose permission differs from before (all of them on a first decision). */
const changed = (before: Record<string, boolean> | undefined, after: Record<string, boolean>) =>
  Object.keys(after).filter((id) => !before || (before[id] === true) !== after[id])
