import type { BrowserContext, Page } from '@playwright/test'
import type { ConsentRecord } from '../../src/core/types'

/** Names of all cookies the browser holds for the test, sorted. */
export async function cookieNames(context: BrowserContext): Promise<string[]> {
  return (await context.cookies()).map((cookie) => cookie.name).sort()
}

/** Keys in localStorage and sessionStorage of the page's origin. */
export async function storageKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)])
}

/** The consent cookie as the site's server would read it (js-cookie URI-encodes the JSON). */
export async function consentCookie(context: BrowserContext, name = 'consentry'): Promise<ConsentRecord | null> {
  const cookie = (await context.cookies()).find((c) => c.name === name)
  return cookie ? JSON.parse(decodeURIComponent(cookie.value)) : null
}

/** Rewrites the consent cookie, e.g. to age a record; keeps its other attributes. */
export async function writeConsentCookie(context: BrowserContext, record: ConsentRecord, name = 'consentry'): Promise<void> {
  const cookie = (await context.cookies()).find((c) => c.name === name)
  if (!cookie) throw new Error(`no ${name} cookie to rewrite`)
  await context.addCookies([{ ...cookie, value: encodeURIComponent(JSON.stringify(record)) }])
}

/** Which vendor stubs ran in the page, in order (each stub pushes its name). */
export async function stubsRan(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __stubsRan?: string[] }).__stubsRan ?? [])
}

/** Every console message of this type the page logs from now on, in order; call before `goto`. */
function consoleMessages(page: Page, type: 'error' | 'warning'): string[] {
  const messages: string[] = []
  page.on('console', (message) => message.type() === type && messages.push(message.text()))
  return messages
}

export const consoleErrors = (page: Page): string[] => consoleMessages(page, 'error')
export const consoleWarnings = (page: Page): string[] => consoleMessages(page, 'warning')
