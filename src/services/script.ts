/**
 * The classic build's catalogue, `consentry-services.js`: fetched by
 * consentry.js only when a config names services by id, so other sites never
 * download it.
 */
import { lookupService } from './registry'

;(window as { ConsentryServices?: { lookupService: typeof lookupService } }).ConsentryServices = { lookupService }
