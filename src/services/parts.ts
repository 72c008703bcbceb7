/**
 * The script build ships the catalogue in two parts, split at build time, so
 * that a page pays only for the part it uses:
 * - facts (consentry-services.js): what the core needs on every page of a site
 *   that names services by id, to check the config, gate tags, speak Consent
 *   Mode, hold back hosts and delete cookies on withdrawal;
 * - words (consentry-services.<language>.js): what only the preferences, the
 *   cookie declaration and the embed placeholders show, in one language.
 * `withWords` puts them back together: facts plus words is the entry the
 * catalogue factory gives, in that language.
 */
import type { CookieDeclaration, LocalizedText, ServiceConfig } from '../core/types'

const SERVICE_WORDS = ['provider', 'purpose', 'privacyPolicyUrl'] as const
const COOKIE_WORDS = ['duration', 'purpose'] as const

type CookieWords = Partial<Record<(typeof COOKIE_WORDS)[number], string>>

export type ServiceFacts = Omit<ServiceConfig, (typeof SERVICE_WORDS)[number] | 'cookies'> & {
  cookies?: Omit<CookieDeclaration, (typeof COOKIE_WORDS)[number]>[]
}

export type ServiceWords = Partial<Record<(typeof SERVICE_WORDS)[number], string>> & {
  /** By cookie name. */
  cookies?: Record<string, CookieWords>
}

/** The entry without its words. */
export function factsOf(entry: ServiceConfig): ServiceFacts {
  const facts = without(entry, SERVICE_WORDS)
  if (entry.cookies) facts.cookies = entry.cookies.map((cookie) => without(cookie, COOKIE_WORDS))
  return facts as ServiceFacts
}

/** The entry's words in one language (English where it has none in that language). */
export function wordsOf(entry: ServiceConfig, language: string): ServiceWords {
  const words: ServiceWords = pick(entry, SERVICE_WORDS, language)
  for (const cookie of entry.cookies || []) {
    const cookieWords = pick(cookie, COOKIE_WORDS, language)
    if (Object.keys(cookieWords).length) (words.cookies ||= {})[String(cookie.name)] = cookieWords
  }
  return words
}

/**
 * A resolved service with the catalogue's words filled in. What the config set
 * itself wins, as it does over the catalogue entry: words only fill fields the
 * service lacks, and a cookie gets the words of the catalogued cookie of its name.
 * `language`, that of the words: their texts say it (`{ en: '…' }`), so that where
 * they stand in for the visitor's (English in an Arabic dialog) the dialog marks them.
 */
export function withWords(service: ServiceConfig, words: ServiceWords | undefined, language?: string): ServiceConfig {
  if (!words) return service
  const { cookies, ...fields } = words
  const merged: ServiceConfig = { ...inLanguageOf(fields, language), ...service }
  if (service.cookies && cookies)
    merged.cookies = service.cookies.map((cookie) => ({ ...inLanguageOf(cookies[String(cookie.name)], language), ...cookie }))
  return merged
}

const TEXTS = ['duration', 'purpose']

/** The words, their texts (durations and purposes; not the provider, a name, or a URL) as `{ [language]: text }`. */
function inLanguageOf<T extends object>(words: T | undefined, language: string | undefined): T | undefined {
  if (!words || !language) return words
  const tagged: Record<string, unknown> = { ...(words as Record<string, unknown>) }
  for (const field of TEXTS) if (typeof tagged[field] == 'string') tagged[field] = { [language]: tagged[field] }
  return tagged as T
}

function without(value: object, fields: readonly string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...value }
  for (const field of fields) delete copy[field]
  return copy
}

function pick(value: object, fields: readonly string[], language: string): Record<string, string> {
  const picked: Record<string, string> = {}
  for (const field of fields) {
    const text = inLanguage((value as Record<string, LocalizedText | undefined>)[field], language)
    if (text !== undefined) picked[field] = text
  }
  return picked
}

const inLanguage = (text: LocalizedText | undefined, language: string): string | undefined =>
  typeof text === 'object' ? (text[language] ?? text.en) : text
