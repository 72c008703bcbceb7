import { trapTab } from './focus-trap'

/** Keys that scroll what has focus (Space too, as Page Down). */
const SCROLL_KEYS = /^(Arrow(Up|Down)|Page(Up|Down)|Home|End| )$/

/**
 * Makes the open preferences as modal as `aria-modal` says: the rest of the page is
 * inert (no focus, clicks or find-in-page reach it), and the dialog's keys work wherever
 * focus is, even on `<body>`: Escape closes (`close`), Tab stays inside. Returns what undoes
 * it, making live again only what it made inert: an element the site made inert stays so.
 */
export function makeModal(root: HTMLElement, close: () => void): () => void {
  const madeInert: HTMLElement[] = []
  for (let element = root; element.parentElement && element != document.body; element = element.parentElement)
    for (const sibling of element.parentElement.children as HTMLCollectionOf<HTMLElement>)
      if (sibling != element && !sibling.inert) madeInert.push(Object.assign(sibling, { inert: true }))

  function onKeyDown(event: KeyboardEvent) {
    const dialog = root.querySelector<HTMLElement>('[role=dialog]')
    // One taken out of the page (not by closing) claims no keys.
    if (!dialog?.isConnected) return
    if (event.key == 'Escape') {
      // Handled here: the banner that closing may bring back listens for Escape on the window.
      event.stopPropagation()
      close()
    } else if (event.key == 'Tab') trapTab(event, dialog)
    // The dialog is focused on opening (so that screen readers announce it), yet what scrolls
    // is its body: a scrolling key pressed there, or on <body>, moves focus to the body first,
    // so the key scrolls it.
    else if (SCROLL_KEYS.test(event.key) && (event.target == dialog || event.target == document.body))
      dialog.querySelector<HTMLElement>('.cy-body')?.focus({ preventScroll: true })
  }
  document.addEventListener('keydown', onKeyDown)

  return () => {
    document.removeEventListener('keydown', onKeyDown)
    for (const element of madeInert) element.inert = false
  }
}
