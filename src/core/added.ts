/**
 * Calls `react` whenever the page gains an element that matches `selector` or holds
 * one, as a single-page app adds them, or an element comes to match by gaining
 * `data-src` (autoBlock holds back an iframe already in the page that way). The
 * page's other changes (text, its own elements) cost no look at the whole page: on a
 * large page that look takes milliseconds.
 */
export function onAdded(selector: string, react: () => void): void {
  const holds = (node: Node) => node instanceof Element && (node.matches(selector) || !!node.querySelector(selector))
  new MutationObserver(
    (changes) =>
      changes.some((change) => (change.attributeName ? (change.target as Element).matches(selector) : [...change.addedNodes].some(holds))) &&
      react(),
  ).observe(document.documentElement, { childList: true, subtree: true, attributeFilter: ['data-src'] })
}
