/**
 * The script build's mount (consentry-ui.<language>.js, see script.ts): the dialog chunk
 * is consentry-dialog.<language>.js beside consentry.js (the visitor's language,
 * else English), and its stylesheet consentry-dialog.css, fetched side by side;
 * so are the catalogue's words in that language when the config names services by id.
 * The core lends this chunk its loader, stylesheet linker, page watch and the selector it watches
 * for, so it carries no copy.
 */
import type { onAdded } from '../core/added'
import type { UIHost, UIOptions } from '../core/types'
import type { ServiceWords } from '../services/parts'
import type { DialogChunk } from './dialog/index'
import { bannerTables } from './i18n/banner-tables'
import { createMount } from './mount'
import type { ensureStylesheet } from './page'
import { stylesheetLoaded } from './stylesheet-loaded'

declare global {
  interface Window {
    ConsentryDialog?: DialogChunk
    ConsentryServiceWords?: Record<string, ServiceWords>
  }
}

/** What consentry.js lends this chunk. */
export interface CoreFiles {
  /** Loads a file beside consentry.js once (with its nonce) and reads what it registered. */
  load: <T>(file: string, registered: () => T | undefined) => Promise<T>
  /** The URL of a file beside consentry.js. */
  url: (file: string) => string
  /** Links a stylesheet once (see ensureStylesheet). */
  linkStylesheet: typeof ensureStylesheet
  /** The core's watch for elements the page gains. */
  onAdded: typeof onAdded
  /** The core's copy of the selector for what only the dialog chunk can fill. */
  needsDialog: string
}

/** `ui.dialogStylesheet` when given; none when the site brings its own styles (`stylesheet: false`); else the sibling. */
const dialogStylesheet = (ui: UIOptions, files: CoreFiles) =>
  ui.dialogStylesheet !== undefined ? ui.dialogStylesheet : ui.stylesheet !== false && files.url('consentry-dialog.css')

/**
 * consentry-services.js, which the core fetches for a config that names services by id,
 * holds the catalogue's facts only: what the dialog shows of those services comes here
 * (the dialog chunk lays it over them). Should it fail to load, the browser reports it and
 * the choices still work, with the services shown by name only.
 */
const catalogueWords = (language: string, files: CoreFiles) =>
  window.ConsentryServices && files.load(`consentry-services.${language}.js`, () => window.ConsentryServiceWords).catch(() => {})

/**
 * The mount of the chunk for `builtIn`, a built-in language: the core fetches that chunk
 * for visitors whose language has it as its built-in one (see builtInLanguage), so its
 * dialog and words are in that language too.
 */
export const mountIn = (builtIn: string) => (host: UIHost, files: CoreFiles): void =>
  createMount({
    loadDialog: ({ config, servicesReady }) =>
      Promise.all([
        files.load(`consentry-dialog.${builtIn}.js`, () => window.ConsentryDialog),
        stylesheetLoaded(files.linkStylesheet(dialogStylesheet(config.ui, files))),
        // Only once the catalogue's facts are in does it show whether this page has any.
        servicesReady().then(() => catalogueWords(builtIn, files)),
      ]).then(([chunk]) => chunk),
    linkStylesheet: files.linkStylesheet,
    onAdded: files.onAdded,
    needsDialog: files.needsDialog,
    strings: bannerTables,
  })(host)
