import type { LocalizedText } from '../../core/types'
import type { Translator } from '../i18n/translate'

const base = (lang: string) => lang.split('-')[0]

/**
 * A text from the site's config (a purpose, a cookie's duration) in the visitor's language.
 * Where the site left that language out and another stands in (its English in a German
 * dialog, say), the text says which, so a screen reader reads it in that language's voice
 * (WCAG 3.1.2).
 */
export function SiteText({ tr, value }: { tr: Translator; value: LocalizedText | undefined }) {
  const words = tr.text(value)
  if (typeof value != 'object' || !words) return <>{words}</>
  const languages = Object.keys(value).filter((lang) => value[lang] == words)
  const standIn = languages.some((lang) => base(lang) == base(tr.lang)) ? undefined : languages[0]
  return standIn ? <span lang={standIn}>{words}</span> : <>{words}</>
}
