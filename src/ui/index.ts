/**
 * The script build's mount (consentry-ui.js, see script.ts): the dialog chunk
 * is consentry-dialog.<language>.js next to this file (the visitor's language,
 * else English), and its stylesheet consentry-dialog.css, fetched side by side;
 * so are the catalogue's words in that language when the config names services by id.
 */
import { builtInLanguage } from '../core/language'
import type { UIOptions } from '../core/types'
import type { ServiceWords } from '../services/parts'
import type { DialogChunk } from './dialog/index'
import { createMount } from './mount'
import { loadSibling, siblingUrl } from './sibling'
import { stylesheetLoaded } from './stylesheet-loaded'

declare global {
  interface Window {
    ConsentryDialog?: DialogChunk
    ConsentryServiceWords?: Record<string, ServiceWords>
  }
}

/** `ui.dialogStylesheet` when given; none when the site brings its own styles (`stylesheet: false`); else the sibling. */
const dialogStylesheet = (ui: UIOptions) =>
  ui.dialogStylesheet !== undefined ? ui.dialogStylesheet : ui.stylesheet !== false && siblingUrl('consentry-dialog.css')

/**
 * consentry-services.js, which the core fetches for a config that names services by id,
 * holds the catalogue's facts only: what the dialog shows of those services comes here
 * (the dialog chunk lays it over them). Should it fail to load, the browser reports it and
 * the choices still work, with the services shown by name only.
 */
const catalogueWords = (language: string) =>
  window.ConsentryServices && loadSibling(`consentry-services.${language}.js`, () => window.ConsentryServiceWords).catch(() => {})

export const mount = createMount(({ config, language, servicesReady }) =>
  Promise.all([
    loadSibling(`consentry-dialog.${builtInLanguage(language)}.js`, () => window.ConsentryDialog),
    stylesheetLoaded(dialogStylesheet(config.ui)),
    // Only once the catalogue's facts are in does it show whether this page has any.
    servicesReady().then(() => catalogueWords(builtInLanguage(language))),
  ]).then(([chunk]) => chunk),
)
