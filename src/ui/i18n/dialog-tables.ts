import { de } from './de'
import { en } from './en'
import { fr } from './fr'
import { nl } from './nl'
import type { Tables } from './translate'

/**
 * The dialog's built-in strings, every language (the unit tests read them all). Each
 * script-build dialog chunk (consentry-dialog.<language>.js) gets this module with
 * its own language only (rollup.config.mjs), and the ES module fetches one language
 * (dialog-strings.ts), so no visitor downloads another's words; nor does the UI
 * chunk's banner (banner-tables.ts).
 */
export const dialogTables: Tables = { de, en, fr, nl }
