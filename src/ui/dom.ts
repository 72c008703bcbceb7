import { parseMarkup } from './markup'

type Child = Node | string | null | false | undefined

/**
 * The banner's stand-in for JSX: an element with its attributes, handlers and
 * children. A key the element has as a property (`type`, `href`, `onclick`) is
 * set as one; the rest (`class`, `role`, `aria-*`) become attributes.
 */
export function h(tag: string, props: Record<string, unknown>, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag)
  for (const key in props) {
    if (key in element) (element as any)[key] = props[key]
    else element.setAttribute(key, props[key] as string)
  }
  for (const child of children) if (child) element.append(child)
  return element
}

/** A config or translation text with its `[label](url)` links, as DOM nodes. */
export const markup = (text: string): (Node | string)[] =>
  parseMarkup(text).map((part) => (typeof part == 'string' ? part : h('a', { href: part[1] }, part[0])))
