import { parseMarkup } from '../markup'

/** A config or translation text with its `[label](url)` links (see ../markup.ts). */
export const Markup = ({ text }: { text: string }) => (
  <>{parseMarkup(text).map((part) => (typeof part == 'string' ? part : <a href={part[1]}>{part[0]}</a>))}</>
)
