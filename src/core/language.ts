/** The languages with strings of their own: one per dialog table in src/ui/i18n/ (a unit test checks). */
export const BUILT_IN_LANGUAGES = ['de', 'en', 'fr', 'nl']

/**
 * The built-in strings a visitor in `language` reads: their own (by base
 * language), else English, which also fills any key a site's own translation
 * leaves out. The script build names its per-language files by it.
 */
export function builtInLanguage(language: string): string {
  const base = language.split('-')[0]
  return BUILT_IN_LANGUAGES.includes(base) ? base : 'en'
}

/**
 * Picks the UI language: config, then `<html lang>`, then the browser's
 * preferences, then English. Only languages the UI can show are returned:
 * the built-in ones and any added through `translations`.
 */
export function resolveLanguage(
  configured: string | undefined,
  translations: Record<string, unknown>,
  doc: Document,
  nav: { languages?: readonly string[]; language?: string } | undefined,
): string {
  const supported = BUILT_IN_LANGUAGES.concat(Object.keys(translations)).map((tag) => tag.toLowerCase())
  const wanted = [configured, doc.documentElement.lang, ...(nav?.languages || [nav?.language])]
  for (const tag of wanted) {
    // A string: the script build also guesses from a config not yet checked (see prefetchBanner).
    const match = typeof tag == 'string' && pickSupported(tag.toLowerCase(), supported)
    if (match) return match
  }
  return 'en'
}

function pickSupported(tag: string, supported: string[]): string | undefined {
  if (supported.includes(tag)) return tag
  const primary = tag.split('-')[0]
  return supported.find((candidate) => candidate == primary || candidate.split('-')[0] == primary)
}
