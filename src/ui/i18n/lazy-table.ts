import { builtInLanguage } from '../../core/language'
import type { Tables } from './translate'

/** Per built-in language, a dynamic import of its strings: a chunk of its own to the bundler. */
export type TableLoaders = Record<string, () => Promise<Record<string, string>>>

/**
 * The ES module's built-in strings come one language per chunk, so that an app's visitors
 * download their own language only, as the script build's do: the table a visitor in
 * `language` reads (English for a language without strings of its own, see builtInLanguage).
 */
export function loadTable(loaders: TableLoaders, language: string): Promise<Tables> {
  const builtIn = builtInLanguage(language)
  return loaders[builtIn]().then((strings) => ({ [builtIn]: strings }))
}
