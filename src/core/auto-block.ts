import { activated, type Permission } from './gating'
import { hostMatcher } from './hosts'
import type { ServiceConfig } from './types'

// Consentry's own files (UI chunk, catalogue) sit next to its script, wherever that is hosted.
const own = typeof document == 'object' && (document.currentScript as HTMLScriptElement | null)?.src.replace(/[^/]*$/, '')

/**
 * `autoBlock: true`. Holds back the scripts, iframes and images that code adds
 * later, when their URL belongs to a service that is not allowed, by giving them
 * the held-back form gating activates on consent (`<script type="text/plain"
 * data-category data-service>`, `<iframe|img data-src …>`).
 *
 * It acts where an element gets its URL, not where it is inserted: the `src`
 * setters, `setAttribute`, and HTML strings (innerHTML, outerHTML,
 * insertAdjacentHTML). So every way of inserting it (appendChild, insertBefore,
 * append, replaceWith, Tag Manager's createElement + insertBefore, …) is covered
 * with eight patches, and so are `new Image().src` pixels, which load without
 * being inserted. Nothing is patched unless autoBlock is on.
 *
 * What it cannot hold back: whatever runs or loads before Consentry's own tag
 * (Consentry must be the first script in <head>); tags written in the page's
 * HTML (give those `type="text/plain"` as usual); document.write, DOMParser,
 * setAttributeNS and srcset; requests code makes itself (fetch, XMLHttpRequest,
 * sendBeacon, CSS url()). Sites using Trusted Types pass TrustedHTML through
 * unchecked.
 */
export function autoBlock(services: ServiceConfig[], permitted: Permission, onEmbed: () => void): void {
  const match = hostMatcher(services.filter((service) => service.category != 'necessary'))
  const element = Element.prototype
  const { setAttribute, insertAdjacentHTML } = element
  const held = new WeakSet<Element>()
  const parser = document.createElement('template')
  let parsing = false

  /** Returns true when it kept the value from the element (an image or iframe held back). */
  function hold(el: Element, name: string, value: unknown): boolean {
    const set = (name: string, value: unknown) => setAttribute.call(el, name, value as string)
    const tag = el.localName
    const url = '' + value
    name = ('' + name).toLowerCase()
    // A script type set after its src must not wake it up: gating restores it on consent.
    if (name == 'type' && tag == 'script' && held.has(el)) return set('data-type', value), true
    const service =
      name == 'src' &&
      /^(script|iframe|img)$/.test(tag) &&
      !activated.has(el) &&
      // Setting src to the held URL is how Consentry releases it (gating, "Load this once").
      url != el.getAttribute('data-src') &&
      // Marked by the site itself: gating's business.
      (held.has(el) || !el.hasAttribute('data-category')) &&
      !(own && url.startsWith(own)) &&
      match(url)
    if (!service || permitted(service.category, service.id)) return false
    const again = held.has(el)
    held.add(el)
    set('data-category', service.category)
    set('data-service', service.id)
    if (tag == 'script') {
      const type = el.getAttribute('type')
      if (type && !again) set('data-type', type)
      set('type', 'text/plain')
      return false
    }
    set('data-src', value)
    el.removeAttribute('src')
    if (tag == 'iframe') onEmbed()
    // An image loads without being inserted (`new Image().src`): park it in <head>, which
    // is never rendered, so gating finds it on consent. Inserting it elsewhere moves it.
    else if (!el.parentNode) document.head.append(el)
    return true
  }

  /**
   * The same HTML with its iframes and images held back, parsed inert in a <template>.
   * Scripts in HTML strings never run, so they are left as they are.
   */
  function rewrite(html: unknown): unknown {
    if (parsing || typeof html != 'string' || !/<(iframe|img)/i.test(html) || !match.named(html)) return html
    parsing = true
    parser.innerHTML = html
    parsing = false
    let changed = false
    for (const el of parser.content.querySelectorAll('iframe[src],img[src]')) changed = hold(el, 'src', el.getAttribute('src')) || changed
    return changed ? parser.innerHTML : html
  }

  for (const [type, name] of [
    [HTMLScriptElement, 'src'],
    [HTMLScriptElement, 'type'],
    [HTMLIFrameElement, 'src'],
    [HTMLImageElement, 'src'],
    [Element, 'innerHTML'],
    [Element, 'outerHTML'],
  ] as const) {
    const native = Object.getOwnPropertyDescriptor(type.prototype, name)!
    Object.defineProperty(type.prototype, name, {
      ...native,
      set(this: Element, value: unknown) {
        if (name.length > 4) value = rewrite(value)
        else if (hold(this, name, value)) return
        native.set!.call(this, value)
      },
    })
  }
  element.setAttribute = function (name, value) {
    hold(this, name, value) || setAttribute.call(this, name, value)
  }
  element.insertAdjacentHTML = function (position, html) {
    insertAdjacentHTML.call(this, position, rewrite(html) as string)
  }
}
