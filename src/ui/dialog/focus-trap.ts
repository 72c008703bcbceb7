// The dialog holds only links and buttons.
const FOCUSABLE = 'a[href],button:not(:disabled)'

/**
 * Keeps Tab and Shift+Tab inside a modal dialog (the page behind it is out of
 * reach while it is open). Call on every Tab keydown while `dialog` is open.
 */
export function trapTab(event: KeyboardEvent, dialog: HTMLElement): void {
  const items = dialog.querySelectorAll<HTMLElement>(FOCUSABLE)
  const first = items[0]
  const last = items[items.length - 1]
  const active = document.activeElement
  // Focus outside (lost to the page behind) wraps in too; so does Shift+Tab from the
  // dialog itself, which holds focus right after opening and has nothing before it.
  const outside = !dialog.contains(active)
  if (outside || (event.shiftKey ? active == first || active == dialog : active == last)) {
    event.preventDefault()
    ;(event.shiftKey ? last : first).focus()
  }
}
