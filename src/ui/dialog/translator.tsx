import type { ComponentChildren } from 'preact'
import type { LocalizedText, UIHost } from '../../core/types'
import { createTranslator, type Tables, type Translator } from '../i18n/translate'
import { isolate, Isolated } from './isolate'
import { Markup } from './markup'

/** The dialog chunk's texts: the translator's, and which of them stand in from another language. */
export interface DialogTranslator extends Translator {
  /**
   * The language `key`'s words are in where it is not the UI's: `en` where English fills a key
   * the site's translation leaves out. Else undefined.
   */
  standIn(key: string): string | undefined
  /** A category's label, or its description with its links, marked as `say` marks (the site's own text first, see `category`). */
  sayCategory(id: string, field: 'label' | 'description'): ComponentChildren
  /** The words of `key` with its names isolated, marked as `standIn` says (see Said). */
  say(key: string, vars?: Record<string, string>): ComponentChildren
}

const base = (lang: string) => lang.split('-')[0]

/**
 * Of a site's text in several languages (a purpose, a duration), the one shown where it is not
 * the UI's: its English in a German dialog, say. A plain string names no language: none.
 */
export function textStandIn(tr: Translator, value: LocalizedText | undefined): string | undefined {
  const words = tr.text(value)
  if (typeof value != 'object' || !value || !words) return
  const languages = Object.keys(value).filter((lang) => value[lang] == words)
  return languages.some((lang) => base(lang) == base(tr.lang)) ? undefined : languages[0]
}

/**
 * Words in another language than the UI's, marked with it (a screen reader then reads them in
 * that language's voice, WCAG 3.1.2) and isolated, so that they keep their own direction: English
 * in an Arabic dialog reads "365 days", not "days 365". Marked per string, not per element: a
 * site's partial translation leaves any key out, and a paragraph or a row holds several (the
 * dialog's sentence beside the banner's privacy link, say).
 */
export const Said = ({ lang, children }: { lang: string | undefined; children: ComponentChildren }) =>
  lang ? <bdi lang={lang}>{children}</bdi> : <>{children}</>

/**
 * The dialog chunk's translator, whose `{site}` comes isolated (see isolate.tsx; the banner's does
 * without, which would cost every first visit bytes), and which knows what stands in.
 */
export function createDialogTranslator({ language, config }: Pick<UIHost, 'language' | 'config'>, strings: Tables): DialogTranslator {
  const tr = createTranslator({ language, config: { ...config, siteName: isolate(config.siteName) } }, strings)
  const own: Tables = {}
  for (const tag in config.translations) own[tag.toLowerCase()] = config.translations[tag]
  // The UI's own language, and its base (a site's `es` fills what its `es-mx` leaves out).
  const native = [tr.lang, base(tr.lang)]
  const has = (lang: string, key: string) => !!((own[lang] || {})[key] || (strings[lang] || {})[key])
  const standIn = (key: string) => (native.some((lang) => has(lang, key)) || !has('en', key) ? undefined : 'en')
  return {
    ...tr,
    standIn,
    sayCategory: (id, field, given = (config.categoryText[id] || {})[field], text = tr.category(id, field)) => (
      <Said lang={tr.text(given) ? textStandIn(tr, given) : standIn(id + '.' + field)}>
        {field == 'label' ? text : <Markup text={text} />}
      </Said>
    ),
    say: (key, vars) => (
      <Said lang={standIn(key)}>
        <Isolated text={tr.t(key, vars)} />
      </Said>
    ),
  }
}
