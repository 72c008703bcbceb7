/** The page's elements that Consentry fills in or holds back, named once for the core and the UI chunks. */

/** Where a site wants the cookie declaration: `<div data-consentry="declaration">`. */
export const DECLARATION = '[data-consentry="declaration"]'

/** A held-back embed: `<iframe data-src data-category>`, which gets a placeholder until allowed. */
export const HELD_EMBED = 'iframe[data-src][data-category]'

/** A held-back image: `<img data-src data-category>`, a tracking pixel most often. */
export const HELD_IMAGE = 'img[data-src][data-category]'
