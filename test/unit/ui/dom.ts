/** Small DOM helpers for the UI tests. */

export const $ = <T extends Element = HTMLElement>(selector: string) => document.querySelector<T>(selector)
export const $$ = <T extends Element = HTMLElement>(selector: string) => [...document.querySelectorAll<T>(selector)]

/** The button whose text (or aria-label) is `name`. */
export function button(name: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>('button').find(
    (b) => b.textContent!.trim() == name || b.getAttribute('aria-label') == name,
  )
  if (!found) throw new Error(`no button "${name}" in ${document.body.innerHTML}`)
  return found
}

/** The switch named by the heading with text `name`. */
export function switchFor(name: string): HTMLButtonElement {
  const heading = $$('h3,h4').find((h) => h.textContent == name)
  if (!heading) throw new Error(`no heading "${name}"`)
  return $<HTMLButtonElement>(`[role=switch][aria-labelledby="${heading.id}"]`)!
}

export const isOn = (element: Element) => element.getAttribute('aria-checked') == 'true'

/** Presses `key` on the focused element; true when the UI cancelled the browser's default. */
export function press(key: string, options: KeyboardEventInit = {}): boolean {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...options })
  ;(document.activeElement || document.body).dispatchEvent(event)
  return event.defaultPrevented
}

export function reset() {
  document.body.innerHTML = ''
  document.head.innerHTML = ''
  document.documentElement.lang = ''
}
