import type { LocalizedText, UIHost } from '../../core/types'

/** Built-in strings by language: the banner's few (first visit) or all of them (dialog chunk). */
export type Tables = Record<string, Record<string, string>>

export interface Translator {
  /** The language the visitor will actually read (English when nothing exists for theirs). */
  lang: string
  rtl: boolean
  /** The string for `key` with `{site}` and the given `{vars}` filled in; '' when unknown. */
  t(key: string, vars?: Record<string, string>): string
  /** Picks the visitor's language out of a config text (service purpose, cookie duration). */
  text(value: LocalizedText | undefined): string
  /** Label or description of a category: `config.categoryText`, then translations. */
  category(id: string, field: 'label' | 'description'): string
  /** The categories' labels as they read mid-sentence: `analytics, tracking and advertising`. */
  categories(ids: string[]): string
}

/**
 * "Social media" reads as "social media" mid-sentence; acronyms ("CDN") stay as they are,
 * and so does every label in German and Luxembourgish, whose nouns keep their capital.
 * A capital is a first letter that lower case changes, followed by one that upper case
 * changes: for a label what `/^\p{Lu}\p{Ll}/u` says, bar phonetic letters, letterlike symbols
 * (ℂ), Roman numerals, circled letters and titlecase forms (ǅ, ᾈ). That regex's first use
 * builds its Unicode sets: about 1.5 ms of every first visit at 4x CPU slowdown. A label is never
 * empty (a category without one reads as its id).
 */
const inSentence = (label: string, lang: string, lower = label[0].toLowerCase() + label.slice(1)) =>
  /^(de|lb)\b/.test(lang) || lower == label || label[1] == label[1]?.toUpperCase() ? label : lower

export function createTranslator({ language, config }: Pick<UIHost, 'language' | 'config'>, builtIn: Tables): Translator {
  // Language tags are case-insensitive, and `language` comes lower-cased (see resolveLanguage):
  // a site's `es-MX` or `ES` is looked up by that form.
  const own: Tables = {}
  for (const tag in config.translations) own[tag.toLowerCase()] = config.translations[tag]
  const base = language.split('-')[0]
  // Per key: the site's strings, then built-in, for the exact language, its base, then English.
  const chain = [language, base, 'en']
  const pick = (get: (lang: string) => string | undefined): string => {
    for (const lang of chain) {
      const found = get(lang)
      // A number (or any non-string) a site's translations slip in would otherwise break the banner.
      if (found) return '' + found
    }
    return ''
  }
  // An empty string counts as missing, like an absent key.
  const t = (key: string, vars: Record<string, string> = {}) =>
    pick((lang) => (own[lang] || {})[key] || (builtIn[lang] || {})[key]).replace(
      /\{(\w+)\}/g,
      (match, name: string) => (name == 'site' ? config.siteName : vars[name] || match),
    )
  // `null` is an object too, and would throw: it reads as no text. A number reads as its digits.
  const text = (value: LocalizedText | undefined) =>
    value && typeof value == 'object' ? pick((lang) => value[lang]) : value ? '' + value : ''
  const lang = chain.find((l) => own[l] || builtIn[l]) || 'en'
  const category = (id: string, field: 'label' | 'description') =>
    text((config.categoryText[id] || {})[field]) || t(id + '.' + field) || (field == 'label' ? id : '')

  return {
    lang,
    // Right to left: a language known to be, or the page's own language on a page that says it is
    // (Pashto, Sorani, Yiddish, Dhivehi, Uyghur, Sindhi…: a full list would cost every first visit).
    rtl: /^(ar|he|fa|ur)\b/.test(lang) || (document.dir == 'rtl' && document.documentElement.lang.split('-')[0] == base),
    t,
    text,
    category,
    categories: (ids) => {
      const items = ids.map((id) => inSentence(category(id, 'label'), lang))
      const last = items.pop()
      return items.length ? items.join(', ') + ' ' + t('and') + ' ' + last : last || ''
    },
  }
}
