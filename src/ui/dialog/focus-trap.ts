// The dialog holds only links and buttons.
const FOCUSABLE = 'a[href],button:not(:disabled)'

/**
 * Keeps Tab and Shift+Tab inside a modal dialog (the page behind it is out of
 * reach while it is open). Attach to the dialog's keydown.
 */
export function trapTab(event: KeyboardEvent): void {
  const dialog = event.currentTarget as HTMLElement
  const items = dialog.querySelectorAll<HTMLElement>(FOCUSABLE)
  const first = items[0]
  const last = items[items.length - 1]
  const active = document.activeElement
  // The dialog itself holds focus right after opening; Shift+Tab from there wraps too.
  if (event.shiftKey ? active == first || active == dialog : active == last) {
    event.preventDefault()
    ;(event.shiftKey ? last : first).focus()
  }
}
