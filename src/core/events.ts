/** Window events the page can listen to; the names are part of the public interface. */
export type ConsentryEvent = 'consentry:ready' | 'consentry:consent' | 'consentry:change'

export function emit(name: ConsentryEvent, detail: unknown): void {
  window.dispatchEvent(new CustomEvent(name, { detail }))
}
