/** The page's elements that Consentry fills in or holds back, named once for the core and the UI chunks, and what their attributes may ask. */

/** Where a site wants the cookie declaration: `<div data-consentry="declaration">`. */
export const DECLARATION = '[data-consentry="declaration"]'

/** A held-back embed: `<iframe data-src data-category>`, which gets a placeholder until allowed. */
export const HELD_EMBED = 'iframe[data-src][data-category]'

/** Page elements only the dialog chunk can fill: cookie declarations and held-back embeds. */
export const NEEDS_DIALOG = DECLARATION + ',' + HELD_EMBED

/** A held-back image: `<img data-src data-category>`, a tracking pixel most often. */
export const HELD_IMAGE = 'img[data-src][data-category]'

/**
 * Whether a tag of this category and service can ever run: not when its category is not the
 * config's, nor when it asks to run on refusal (`!`, vanilla-cookieconsent's clean-up code, which
 * would otherwise run with its category, on consent). Gating, the embed placeholders and the
 * engine's tag check all go by it.
 */
export const canRun = (category: string, service: string | null | undefined, categories: string[]): boolean =>
  categories.includes(category) && service?.[0] != '!'
