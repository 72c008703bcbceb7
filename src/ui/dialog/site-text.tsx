import type { LocalizedText } from '../../core/types'
import type { Translator } from '../i18n/translate'
import { Said, textStandIn } from './translator'

/**
 * A text from the site's config or the catalogue (a purpose, a cookie's duration) in the visitor's
 * language. Where that language is left out and another stands in (its English in a German
 * dialog, say), the text says which, so a screen reader reads it in that language's voice
 * (WCAG 3.1.2), and keeps its own direction (see Said).
 */
export const SiteText = ({ tr, value }: { tr: Translator; value: LocalizedText | undefined }) => (
  <Said lang={textStandIn(tr, value)}>{tr.text(value)}</Said>
)
