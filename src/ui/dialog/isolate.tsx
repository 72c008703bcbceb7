const FSI = '\u2068'
const PDI = '\u2069'

/**
 * A name (the site's, a service's, a provider's) as a sentence fills it in, marked as a bidi
 * isolate (U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE): it takes the direction
 * of its own first letter, and neither moves nor is moved by the words around it. Unisolated,
 * "Google Ireland Ltd." in an Arabic sentence shows as ".Google Ireland Ltd". Numbers and
 * category labels need none: digits keep their order, and labels are in the UI's language.
 */
export const isolate = (name: string) => FSI + name + PDI

/**
 * A translated sentence, each isolated name in it a <bdi> (which isolates as those characters
 * do): the page's text and the controls' names stay free of invisible characters, which a
 * search, a copy or a test of the site's would trip over.
 */
export const Isolated = ({ text }: { text: string }) => (
  <>{text.split(/[\u2068\u2069]/).map((part, i) => (i % 2 ? <bdi>{part}</bdi> : part))}</>
)
