import { de } from './de'
import { en } from './en'
import { fr } from './fr'
import { nl } from './nl'
import type { Tables } from './translate'

/**
 * The dialog's built-in strings. The ES module carries every language; each
 * script-build dialog chunk (consentry-dialog.<language>.js) gets this module
 * with its own language only (rollup.config.mjs), so no visitor downloads
 * another's words; nor does the UI chunk's banner (banner-tables.ts).
 */
export const dialogTables: Tables = { de, en, fr, nl }
