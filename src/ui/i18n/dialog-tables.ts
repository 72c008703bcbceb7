import { en } from './en'
import { nl } from './nl'
import type { Tables } from './translate'

/**
 * The dialog's built-in strings: every language in the ES module, one in each
 * script-build dialog chunk (consentry-dialog.<language>.js), as bannerTables.
 */
export const dialogTables: Tables = { en, nl }
