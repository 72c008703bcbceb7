const BUILT_IN = ['en', 'nl']

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
  const supported = BUILT_IN.concat(Object.keys(translations)).map((tag) => tag.toLowerCase())
  const wanted = [configured, doc.documentElement.lang, ...(nav?.languages || [nav?.language])]
  for (const tag of wanted) {
    const match = tag && pickSupported(tag.toLowerCase(), supported)
    if (match) return match
  }
  return 'en'
}

function pickSupported(tag: string, supported: string[]): string | undefined {
  if (supported.includes(tag)) return tag
  const primary = tag.split('-')[0]
  return supported.find((candidate) => candidate === primary || candidate.split('-')[0] === primary)
}
