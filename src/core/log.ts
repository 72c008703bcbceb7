import type { ConfigProblem, ExplainProblems } from './types'

/** Every console message starts with `[consentry] ` so site owners can find ours among theirs. */
const PREFIX = '[consentry] '

export const logError = (message: string): void => console.error(PREFIX + message)

export const logWarning = (message: string): void => console.warn(PREFIX + message)

/**
 * The words for what the core tells a site owner (messages.ts). The script build fetches them
 * (consentry-messages.js) only when there is something to tell, so a sound site never loads
 * them; configure() installs them. When they cannot be had either (a failing network takes the
 * file that did not load and this one alike), `tell` still names each problem's kind and what it was given.
 */
export const words: { explain?: ExplainProblems } = {}

/**
 * Tells the site owner of `problems` through `log`: at once when the words are at hand,
 * else once they have arrived. When they cannot be had, each problem's config path or kind.
 */
export function tell(problems: ConfigProblem[], categories: string[] = [], log = logError): void {
  const bare = () => problems.map(([path, kind, got]) => `${path ? 'config.' + path : kind}${got ? ': ' + String(got) : ''} (consentry-messages.js did not load to say more)`)
  const messages = words.explain ? words.explain(problems, categories) : bare()
  // At once when the words are at hand (bundled in), so they come before anything they explain.
  if (Array.isArray(messages)) messages.forEach(log)
  else messages.catch(bare).then((fetched) => fetched.forEach(log))
}

/** Tells of one thing that is not a config value (a kind of messages.ts's SAID), with what to word it from. */
export const tellError = (kind: string, got?: unknown): void => tell([['', kind, got]])

export const tellWarning = (kind: string, got?: unknown): void => tell([['', kind, got]], [], logWarning)
