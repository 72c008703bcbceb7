import { logWarning } from './log'
import type { UIHost } from './types'

let checked = false

/**
 * The banner says who processes data and why; the privacy policy says the rest, and a visitor
 * should be able to read it before choosing (GDPR Art. 13). Without `privacyPolicyUrl` the
 * banner and the preferences link to none. Like the look options (look-check.ts), this is told
 * the first time a visitor decides on a page, as a warning: the core keeps its bytes for what
 * guards tags, and a missing link lets nothing through.
 */
export function checkNotice({ config, tell }: Pick<UIHost, 'config' | 'tell'>): void {
  if (checked || config.privacyPolicyUrl) return
  checked = true
  tell([['', 'privacyPolicy.missing', undefined]], [], logWarning)
}
