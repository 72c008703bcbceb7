import { isObject, type Report } from './config'
import { CONSENT_MODE_TYPES } from './integrations/consent-mode-options'
import type { ConsentModeType, ServiceConfig } from './types'

/**
 * The two lists a service gives the builds that act on services (autoBlock, Consent Mode):
 * its `hosts` and its Consent Mode types. Nothing else checks them (consentry.js reads
 * neither), so they are read here as they are, never trusted to be arrays of strings.
 */

type Valid = (item: unknown) => boolean

const isHost: Valid = (item) => typeof item == 'string'
const isType: Valid = (item) => CONSENT_MODE_TYPES.includes(item as ConsentModeType)
const LISTS: [field: 'hosts' | 'consentMode', valid: Valid][] = [
  ['hosts', isHost],
  ['consentMode', isType],
]

/**
 * A list as Consentry acts on it: a lone string is read as a one-item list, so that
 * `hosts: 'googletagmanager.com'` is still held back; items that are not `valid` are left out;
 * any other value is no list at all.
 */
function listOf(value: unknown, valid: Valid): string[] | undefined {
  return isList(value) ? (typeof value == 'string' ? [value] : value).filter(valid) as string[] : undefined
}

/** Whether a value is read as a list (of which items may still be left out). */
const isList = (value: unknown): value is string | unknown[] => typeof value == 'string' || Array.isArray(value)

/**
 * Whether a service declares Consent Mode types (typesOf is not undefined), without the list of
 * types: what the engine and the dialog ask, which need nothing else of this file.
 */
export const declaresTypes = (service: ServiceConfig): boolean => isList(service.consentMode)

/** The hosts autoBlock holds back for a service. */
export const hostsOf = (service: ServiceConfig): string[] => listOf(service.hosts, isHost) || []

/**
 * The Consent Mode types a service declares; undefined when it declares none, and then it is
 * no Consent Mode tag: its types follow the categories, and advanced mode does not load it early.
 */
export const typesOf = (service: ServiceConfig): ConsentModeType[] | undefined =>
  listOf(service.consentMode, isType) as ConsentModeType[] | undefined

/** Reports every `hosts` and `consentMode` in `config.services` that is not a list of the right items, at its place there. */
export function checkServiceLists(services: unknown, report: Report): void {
  if (!Array.isArray(services)) return
  services.forEach((service, index) => {
    if (isObject(service))
      for (const [field, valid] of LISTS) {
        const value: unknown = service[field]
        const path = `services[${index}].${field}`
        if (Array.isArray(value)) value.forEach((item, at) => valid(item) || report(`${path}[${at}]`, `service.${field}[]`, item))
        else if (value !== undefined) report(path, 'service.' + field, value)
      }
  })
}
