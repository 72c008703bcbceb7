import { parseMarkup } from '../markup'
import { Isolated } from './isolate'

/** A config or translation text with its `[label](url)` links (see ../markup.ts) and isolated names (see isolate.tsx). */
export const Markup = ({ text }: { text: string }) => (
  <>{parseMarkup(text).map((part) => (typeof part == 'string' ? <Isolated text={part} /> : <a href={part[1]}>{part[0]}</a>))}</>
)
