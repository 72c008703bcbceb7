// The init script every run installs before any page script runs. It records, in the page's
// own clock (ms since navigation start), when the banner enters the DOM, the first frame in which
// it is fully visible and the page's largest contentful paint, and sums layout shifts. Its watch
// for the banner (a MutationObserver over the whole document, called on every insertion while
// the page is parsed: about 10 ms at 4x) runs on the page without a tool too, for a selector that
// matches nothing there, so that the "added vs no tool" rows count the tool and not the probe. It polls nothing until the banner exists.
function probe(selector) {
  const bench = (window.__bench = { inDom: null, visible: null, cls: 0, shifted: [], lcp: null, lcpIsBanner: false })
  // What moved, so a shift can be traced to its cause: tag.class and the rectangles.
  const describe = ({ node, previousRect: a, currentRect: b }) =>
    `${node ? `${node.nodeName.toLowerCase()}${node.className ? '.' + String(node.className).trim().replace(/\s+/g, '.') : ''}` : '?'} ` +
    `(${a.x},${a.y} ${a.width}x${a.height} → ${b.x},${b.y} ${b.width}x${b.height})`
  new PerformanceObserver((list) => {
    for (const shift of list.getEntries()) {
      if (shift.hadRecentInput) continue
      bench.cls += shift.value
      bench.shifted.push(...shift.sources.map(describe))
    }
  }).observe({ type: 'layout-shift', buffered: true })
  // The page's largest contentful paint as Core Web Vitals count it, and whether it is the banner's
  // (on a phone a banner's text can outsize the page's own headline, and its paint then is the LCP).
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.lcp = entry.startTime
      bench.lcpIsBanner = !!entry.element?.closest(selector)
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true })
  bench.shown = new Promise((resolve) => (bench.resolveShown = resolve))

  // Fully visible: a box inside the viewport, not hidden, every ancestor at full opacity
  // (a fade-in counts until it ends: the visitor cannot read a half-transparent banner).
  const visible = (el) => {
    const r = el.getBoundingClientRect()
    if (!r.width || !r.height || r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) return false
    if (!el.checkVisibility({ visibilityProperty: true })) return false
    for (let node = el; node; node = node.parentElement) if (parseFloat(getComputedStyle(node).opacity) < 0.99) return false
    return true
  }
  // The first frame in which what `target` selects is fully visible, looked for in each frame for the page's first 15 s.
  const visibleAt = (target) =>
    new Promise((resolve) => {
      const check = () => {
        const el = document.querySelector(target)
        if (el && visible(el)) resolve(performance.now())
        else if (performance.now() < 15000) requestAnimationFrame(check)
      }
      check()
    })
  // Also for a run that times another element after an input (the preferences after a tap).
  bench.visibleAt = visibleAt
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return
    observer.disconnect()
    bench.inDom = performance.now()
    requestAnimationFrame(() =>
      visibleAt(selector).then((at) => {
        bench.visible = at
        bench.resolveShown()
      }),
    )
  })
  observer.observe(document, { childList: true, subtree: true })
}

// No element of the benchmark page has this tag: the page without a tool runs the same watch, which never fires.
const NO_BANNER = 'bench-no-banner'
export const probeScript = (selector) => `(${probe})(${JSON.stringify(selector || NO_BANNER)})`
