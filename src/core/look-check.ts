import { isObject } from './config'
import type { ConfigProblem, ResolvedConfig, UIHost } from './types'

// What each look option may be. A position is not matched to its layout (the bar takes top and
// bottom, the box the corners): that would cost the engine more bytes than the typos it would catch.
const CHOICES: Record<string, unknown[]> = {
  layout: ['box', 'bar', 'center'],
  position: ['bottom-right', 'bottom-left', 'top-right', 'top-left', 'bottom', 'top'],
  theme: ['light', 'dark', 'auto'],
}

let checked = false

/** Tells the site owner of wrong look options, once a page: see lookProblems. */
export function checkLooks({ config, tell }: Pick<UIHost, 'config' | 'tell'>): void {
  if (checked) return
  checked = true
  const problems = lookProblems(config)
  if (problems.length) tell(problems)
}

/**
 * The options that only change how the banner and the floating button look: layout, position,
 * theme, reopenButton. The core leaves them unchecked, to keep its bytes for what every page
 * runs: a wrong one gives an odd look, never a hidden banner or a tag let through. The engine
 * checks them the first time a visitor decides on a page (a site owner trying their banner does
 * so at once), and the console says what is wrong in messages.ts's words. Values are read as
 * the UI reads them: an empty one stands for the default.
 */
export function lookProblems({ ui }: ResolvedConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = []
  const options = ui as Record<string, unknown>
  for (const key of Object.keys(CHOICES)) if (options[key] && !CHOICES[key].includes(options[key])) problems.push(['ui.' + key, 'ui.' + key, options[key]])
  const button = ui.reopenButton
  if (isObject(button)) {
    if (![undefined, 'bottom-left', 'bottom-right'].includes(button.position)) problems.push(['ui.reopenButton.position', 'ui.reopenButton.position', button.position])
  } else if (button !== undefined && typeof button != 'boolean') problems.push(['ui.reopenButton', 'ui.reopenButton', button])
  return problems
}
