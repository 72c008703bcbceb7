/**
 * The script build's mount (consentry-ui.js, see script.ts): the dialog chunk
 * is consentry-dialog.<language>.js next to this file (the visitor's language,
 * else English), and its stylesheet consentry-dialog.css, fetched side by side.
 */
import { builtInLanguage } from '../core/language'
import type { UIOptions } from '../core/types'
import type { DialogChunk } from './dialog/index'
import { createMount } from './mount'
import { loadSibling, siblingUrl } from './sibling'
import { stylesheetLoaded } from './stylesheet-loaded'

declare global {
  interface Window {
    ConsentryDialog?: DialogChunk
  }
}

/** `ui.dialogStylesheet` when given; none when the site brings its own styles (`stylesheet: false`); else the sibling. */
const dialogStylesheet = (ui: UIOptions) =>
  ui.dialogStylesheet !== undefined ? ui.dialogStylesheet : ui.stylesheet !== false && siblingUrl('consentry-dialog.css')

export const mount = createMount(({ config, language }) =>
  Promise.all([
    loadSibling(`consentry-dialog.${builtInLanguage(language)}.js`, () => window.ConsentryDialog),
    stylesheetLoaded(dialogStylesheet(config.ui)),
  ]).then(([chunk]) => chunk),
)
