/**
 * The classic build's catalogue, `consentry-services.js`: fetched by
 * consentry.js only when a config names services by id, so other sites never
 * download it. It holds the facts of each entry only; the words the
 * preferences show come with them, in the visitor's language
 * (consentry-services.<language>.js, words-script.ts).
 */
import { facts } from 'consentry:catalogue-parts'
import type { ServiceConfig } from '../core/types'
import { withOverrides, type ServiceFactory } from './define'
import { resolveService } from './resolve'

// A fresh copy per call, as the catalogue factories give: nothing the page changes reaches the next lookup.
const registry: Record<string, ServiceFactory> = {}
for (const id of Object.keys(facts)) registry[id] = (overrides) => withOverrides(JSON.parse(JSON.stringify(facts[id])), overrides)

const lookupService = (entry: ServiceConfig | string): ServiceConfig | undefined => resolveService(entry, registry)

;(window as { ConsentryServices?: { lookupService: typeof lookupService } }).ConsentryServices = { lookupService }
