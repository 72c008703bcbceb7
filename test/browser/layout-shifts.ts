import type { Page } from '@playwright/test'

/** One layout shift as the page saw it: its score and what moved, from where to where. */
export interface LayoutShift {
  value: number
  moved: string[]
}

/**
 * Records every layout shift of the page from its first frame; call before `goto`.
 * The returned read waits two frames and takes what the observer has not yet
 * delivered: a shift in the frame that just painted is reported late, and a
 * test that reads at once can miss it (as a CI run once did).
 */
export async function recordLayoutShifts(page: Page): Promise<() => Promise<LayoutShift[]>> {
  await page.addInitScript(() => {
    type Source = { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }
    type Entry = PerformanceEntry & { value: number; sources: Source[] }
    const shifts: { value: number; moved: string[] }[] = []
    const describe = ({ node, previousRect: a, currentRect: b }: Source) =>
      `${node instanceof Element ? node.tagName.toLowerCase() + (node.className ? '.' + String(node.className).trim().replace(/\s+/g, '.') : '') : node?.nodeName}` +
      ` (${a.x},${a.y}) → (${b.x},${b.y})`
    const keep = (entries: PerformanceEntryList) => {
      for (const entry of entries as Entry[]) shifts.push({ value: entry.value, moved: entry.sources.map(describe) })
    }
    const observer = new PerformanceObserver((list) => keep(list.getEntries()))
    observer.observe({ type: 'layout-shift', buffered: true })
    Object.assign(window, { __layoutShifts: () => (keep(observer.takeRecords()), shifts) })
  })
  return () =>
    page.evaluate(
      () =>
        new Promise<LayoutShift[]>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => resolve((window as unknown as { __layoutShifts: () => LayoutShift[] }).__layoutShifts())),
          ),
        ),
    )
}
