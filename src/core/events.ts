import type { ConsentryEventDetails } from './types'

/** Window events the page can listen to; the names are part of the public interface. */
export type ConsentryEvent = keyof ConsentryEventDetails

export function emit<E extends ConsentryEvent>(name: E, detail: ConsentryEventDetails[E]): void {
  window.dispatchEvent(new CustomEvent(name, { detail }))
}
