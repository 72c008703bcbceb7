import { isObject } from './config'
import type { ConfigProblem, ResolvedConfig, UIHost } from './types'

// What each look option may be. The position goes by the layout: the box takes the corners, the
// bar top and bottom, `center` none (the UI ignores one). A corner given to the bar is no mere odd
// look: its `top` stretches the bar over the whole page. Under an unknown layout, any of them.
const CORNERS = ['bottom-right', 'bottom-left', 'top-right', 'top-left']
const ENDS = ['bottom', 'top']
function choices(key: string, layout: unknown): unknown[] | undefined {
  if (key == 'layout') return ['box', 'bar', 'center']
  if (key == 'theme') return ['light', 'dark', 'auto']
  if (layout == 'center') return
  return !layout || layout == 'box' ? CORNERS : layout == 'bar' ? ENDS : [...CORNERS, ...ENDS]
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
  for (const key of ['layout', 'position', 'theme']) {
    const allowed = choices(key, options.layout)
    if (options[key] && allowed && !allowed.includes(options[key])) problems.push(['ui.' + key, 'ui.' + key, options[key]])
  }
  const button = ui.reopenButton
  if (isObject(button)) {
    if (![undefined, 'bottom-left', 'bottom-right'].includes(button.position)) problems.push(['ui.reopenButton.position', 'ui.reopenButton.position', button.position])
  } else if (button !== undefined && typeof button != 'boolean') problems.push(['ui.reopenButton', 'ui.reopenButton', button])
  return problems
}
