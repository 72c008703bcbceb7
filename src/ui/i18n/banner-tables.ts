import { deBanner } from './de-banner'
import { enBanner } from './en-banner'
import { frBanner } from './fr-banner'
import { nlBanner } from './nl-banner'
import type { Tables } from './translate'

/**
 * The banner's built-in strings, every language (the unit tests read them all). Each
 * script-build UI chunk (consentry-ui.<language>.js) gets this module with its own
 * language only (rollup.config.mjs), as each dialog chunk gets its table; the ES module
 * fetches one language instead (banner-strings.ts). A first visit downloads no other
 * language's words.
 */
export const bannerTables: Tables = { de: deBanner, en: enBanner, fr: frBanner, nl: nlBanner }
