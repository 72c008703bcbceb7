import type { Page } from '@playwright/test'
import type { ConsentChange, ConsentChoice, ConsentRecord, ConsentryApi, ConsentryEventDetails } from '../../src/core/types'

/** Calls on `window.Consentry` from the test, typed after the public contract. */
type Global = Window & { Consentry: ConsentryApi; __consentryEvents?: RecordedEvent[] }

export interface RecordedEvent {
  type: keyof ConsentryEventDetails
  detail: unknown
}

export function getConsent(page: Page): Promise<ConsentRecord | null> {
  return page.evaluate(() => (window as unknown as Global).Consentry.getConsent())
}

export function isAllowed(page: Page, what: string): Promise<boolean> {
  return page.evaluate((w) => (window as unknown as Global).Consentry.isAllowed(w), what)
}

export function callApi(page: Page, method: 'acceptAll' | 'rejectAll' | 'showBanner' | 'showPreferences' | 'hide' | 'reset'): Promise<void> {
  return page.evaluate((m) => (window as unknown as Global).Consentry[m](), method)
}

export function saveChoice(page: Page, choice: ConsentChoice): Promise<void> {
  return page.evaluate((c) => (window as unknown as Global).Consentry.save(c), choice)
}

/** Records every `consentry:*` window event from the first script on; call before `goto`. */
export async function recordEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const events: RecordedEvent[] = ((window as unknown as Global).__consentryEvents = [])
    for (const type of ['consentry:ready', 'consentry:consent', 'consentry:change', 'consentry:forget'] as const) {
      addEventListener(type, (event) => events.push({ type, detail: JSON.parse(JSON.stringify((event as CustomEvent).detail ?? null)) }))
    }
  })
}

export function recordedEvents(page: Page): Promise<RecordedEvent[]> {
  return page.evaluate(() => (window as unknown as Global).__consentryEvents ?? [])
}

export function changeEvents(page: Page): Promise<ConsentChange[]> {
  return recordedEvents(page).then((events) => events.filter((e) => e.type === 'consentry:change').map((e) => e.detail as ConsentChange))
}
