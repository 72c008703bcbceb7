import { isObject } from './config'
import type { ConfigProblem, ResolvedConfig, UIHost } from './types'

const LAYOUTS = ['box', 'bar', 'center']
const THEMES = ['light', 'dark', 'auto']
// The position goes by the layout: the box takes the corners, the bar top or bottom, and a centered
// banner none (the UI ignores one). A corner given to the bar is no mere odd look: its `top`
// stretches the bar over the whole page.
const POSITIONS: Record<string, string[]> = { box: ['bottom-right', 'bottom-left', 'top-right', 'top-left'], bar: ['bottom', 'top'] }
const BUTTON_POSITIONS = ['bottom-left', 'bottom-right']

// What Consentry reads of a service (types.ts, ServiceConfig); messages.ts takes it for its "did you mean".
export const SERVICE_KEYS = 'id name category provider purpose cookies privacyPolicyUrl hosts consentMode'.split(' ')

let checked = false

/** Tells the site owner of wrong look options, and of service keys Consentry does not read, once a page: see below. */
export function checkLooks({ config, tell }: Pick<UIHost, 'config' | 'tell'>): void {
  if (checked) return
  checked = true
  const problems = [...lookProblems(config), ...serviceKeyProblems(config)]
  if (problems.length) tell(problems)
}

/**
 * Keys of a service Consentry does not read: a typo (`cookie` for `cookies`, whose cookies a
 * withdrawal would then not delete) or vanilla-cookieconsent's `onAccept`/`onReject`, which would
 * otherwise be ignored unseen. Left to the engine, as the look options are: the core keeps its
 * bytes for what every page runs, and an unknown key lets nothing through.
 */
export function serviceKeyProblems({ services }: ResolvedConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = []
  for (const service of services)
    for (const key of Object.keys(service)) if (!SERVICE_KEYS.includes(key)) problems.push(['', 'service.key', [service.id, key, service.category]])
  return problems
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
  const wrong = (path: string, got: unknown) => problems.push([path, path, got])
  const layout = ui.layout || 'box'
  const known = LAYOUTS.includes(layout)
  if (!known) wrong('ui.layout', layout)
  // Under a layout Consentry does not have (said above), any position of the others.
  const positions = known ? POSITIONS[layout] : [...POSITIONS.box, ...POSITIONS.bar]
  if (ui.position && layout != 'center' && !positions.includes(ui.position)) wrong('ui.position', ui.position)
  if (ui.theme && !THEMES.includes(ui.theme)) wrong('ui.theme', ui.theme)
  const button = ui.reopenButton
  if (isObject(button)) {
    if (button.position && !BUTTON_POSITIONS.includes(button.position)) wrong('ui.reopenButton.position', button.position)
  } else if (button !== undefined && typeof button != 'boolean') wrong('ui.reopenButton', button)
  return problems
}
