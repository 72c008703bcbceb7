import { activate, activated, claimsOf, HELD_BACK, type Permission } from './gating'
import { hostMatcher, sharedHosts } from './hosts'
import { tellWarning } from './log'
import { $config } from './state'
import type { ResolvedConfig, ServiceConfig } from './types'

// Consentry's own files (UI chunk, catalogue) sit next to its script, wherever that is hosted.
const own = typeof document == 'object' && (document.currentScript as HTMLScriptElement | null)?.src.replace(/[^/]*$/, '')

/** What parsed HTML can load from; scripts are added where they would run. Templates are looked into. */
const LOADS = 'template,iframe[src],img[src],link[href]'

/**
 * `autoBlock: true`. Holds back the scripts, iframes, images and `<link>`s (stylesheets,
 * preloads) that code adds later, when their URL belongs to a service that is not
 * allowed, by giving them the held-back form gating activates on consent
 * (`<script type="text/plain" data-category data-service>`, `<iframe|img data-src …>`,
 * `<link data-href …>`).
 *
 * It acts where an element gets its URL, not where it is inserted: the `src` and
 * `href` setters, `setAttribute`, `setAttributeNode`, `Attr.value`, and HTML strings
 * (innerHTML and outerHTML, also of shadow roots, insertAdjacentHTML, setHTMLUnsafe,
 * Range.createContextualFragment). So every way of inserting it (appendChild,
 * insertBefore, append, replaceWith, Tag Manager's createElement + insertBefore, …)
 * is covered, and so are `new Image().src` pixels, which load without being
 * inserted. A held script's `type`, set or taken away (removeAttribute(NS),
 * toggleAttribute, removeAttributeNode, attributes.removeNamedItem(NS)), goes to
 * data-type, so no change of type wakes it up. Nothing is patched unless autoBlock is on.
 *
 * What it cannot hold back: whatever runs or loads before Consentry's own tag
 * (Consentry must be the first script in <head>); tags written in the page's
 * HTML (give those `type="text/plain"` as usual); document.write, DOMParser,
 * setAttributeNS, srcset, srcdoc, and elements gating cannot activate (object,
 * embed, video, SVG image); requests code makes itself (fetch, XMLHttpRequest,
 * sendBeacon, CSS url()). Sites using Trusted Types pass TrustedHTML through unchecked.
 */
export function autoBlock(services: ServiceConfig[], permitted: Permission, onEmbed: () => void): void {
  const guarded = services.filter((service) => service.category != 'necessary')
  const match = hostMatcher(guarded)
  for (const shared of sharedHosts(guarded)) tellWarning('autoBlock.sharedHost', shared)
  const element = Element.prototype
  const { setAttribute, setAttributeNode, removeAttributeNode } = element
  const held = new WeakSet<Element>()
  const parser = document.createElement('template')
  let parsing = false

  /** Returns true when it kept the value from the element (an image, iframe or link held back). */
  function hold(el: Element, name: string, value: unknown): boolean {
    const set = (name: string, value: unknown) => setAttribute.call(el, name, value as string)
    const tag = el.localName
    const url = '' + value
    name = ('' + name).toLowerCase()
    // A script type set after its src must not wake it up: gating restores it on consent.
    if (name == 'type' && tag == 'script' && held.has(el)) return set('data-type', value), true
    // A script the site marked, of a type that would run it all the same (WP Rocket's loader gives an unquoted
    // `type=text/plain` tag back without it; code may take the mark for enough): held as marked, for gating.
    // One the decision allows (and `necessary`, which needs none: permitted says so) passes as it did.
    if (name == 'src' && tag == 'script' && !held.has(el) && !activated.has(el) && el.hasAttribute('data-category') && !/^text\/plain$/i.test(el.getAttribute('type') || '')) {
      if (permitted(el.getAttribute('data-category') as string, el.getAttribute('data-service') || undefined)) return false
      const type = el.getAttribute('type')
      if (type) set('data-type', type)
      return set('type', 'text/plain'), false
    }
    const service =
      name == (tag == 'link' ? 'href' : 'src') &&
      /^(script|iframe|img|link)$/.test(tag) &&
      !activated.has(el) &&
      // Setting the held URL is how Consentry releases it (gating, "Load this once").
      !(held.has(el) && url == el.getAttribute('data-' + name)) &&
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
    set('data-' + name, value)
    el.removeAttribute(name)
    if (tag == 'iframe') onEmbed()
    // An image loads without being inserted (`new Image().src`): park it in <head>, which
    // is never rendered, so gating finds it on consent. Inserting it elsewhere moves it.
    else if (tag == 'img' && !el.parentNode) document.head.append(el)
    return true
  }

  /** Holds back what parsed HTML would load; says whether it held anything. */
  function holdIn(root: ParentNode, scripts?: boolean): boolean {
    let changed = false
    for (const el of root.querySelectorAll(scripts ? LOADS + ',script[src]' : LOADS)) {
      const name = el.localName == 'link' ? 'href' : 'src'
      // What a template holds loads once code clones it into the page (scripts parsed from HTML never run).
      if (el instanceof HTMLTemplateElement) changed = holdIn(el.content) || changed
      else hold(el, name, el.getAttribute(name)), (changed ||= held.has(el))
    }
    return changed
  }

  /**
   * The same HTML with what it would load held back, parsed inert in a <template>.
   * Scripts only run from HTML a fragment is made of (`scripts`), so elsewhere they are left as they are.
   */
  function rewrite(html: unknown, scripts?: boolean): unknown {
    if (parsing || typeof html != 'string' || !/<(iframe|img|link|script|template)/i.test(html) || !match.named(html)) return html
    parsing = true
    parser.innerHTML = html
    parsing = false
    return holdIn(parser.content, scripts) ? parser.innerHTML : html
  }

  for (const [type, name] of [
    [HTMLScriptElement, 'src'],
    [HTMLScriptElement, 'type'],
    [HTMLIFrameElement, 'src'],
    [HTMLImageElement, 'src'],
    [HTMLLinkElement, 'href'],
    [Attr, 'value'],
    [Element, 'innerHTML'],
    [Element, 'outerHTML'],
    [ShadowRoot, 'innerHTML'],
  ] as const) {
    const native = Object.getOwnPropertyDescriptor(type.prototype, name)!
    Object.defineProperty(type.prototype, name, {
      ...native,
      set(this: Element & Attr, value: unknown) {
        if (name.endsWith('HTML')) value = rewrite(value)
        // An attribute node already on an element: `el.getAttributeNode('src').value = url`.
        else if (this instanceof Attr ? this.ownerElement && hold(this.ownerElement, this.name, value) : hold(this, name, value)) return
        native.set!.call(this, value)
      },
    })
  }
  element.setAttribute = function (name, value) {
    hold(this, name, value) || setAttribute.call(this, name, value)
  }
  element.setAttributeNode = element.setAttributeNodeNS = function (attr) {
    return hold(this, attr.name, attr.value) ? null : setAttributeNode.call(this, attr)
  }

  // Taking a held script's type away must not wake it up either: what goes is the type the code
  // asked for, kept in data-type, which gating restores on consent. The script stays text/plain.
  /** The attribute that stands for `name` on `el`: data-type for a held script's type. */
  const attributeFor = (el: Element | null | undefined, name: unknown) =>
    el && el.localName == 'script' && held.has(el) && ('' + name).toLowerCase() == 'type' ? 'data-type' : name
  // Each with the place of the name among its arguments; after a namespace, the name is never the type's.
  for (const [type, name, at] of [
    [Element, 'removeAttribute', 0],
    [Element, 'removeAttributeNS', 1],
    [Element, 'toggleAttribute', 0],
    [NamedNodeMap, 'removeNamedItem', 0],
    [NamedNodeMap, 'removeNamedItemNS', 1],
  ] as const) {
    const proto = type.prototype as unknown as Record<string, (...args: unknown[]) => unknown>
    const native = proto[name]
    proto[name] = function (this: Element | NamedNodeMap, ...args) {
      // An attribute list's element is the one that has the attribute.
      const el = this instanceof Element ? this : this.getNamedItem(args[at] as string)?.ownerElement
      if (!(at && args[0])) args[at] = attributeFor(el, args[at])
      return native.apply(this, args)
    }
  }
  element.removeAttributeNode = function (attr) {
    // The type attribute node itself stays: its value is what keeps the script inert.
    return attr.ownerElement == this && attributeFor(this, attr.name) != attr.name ? (this.removeAttribute('type'), attr) : removeAttributeNode.call(this, attr)
  }
  // HTML given to a method; setHTMLUnsafe is not in every browser yet.
  for (const [type, name, scripts] of [
    [Element, 'insertAdjacentHTML'],
    [Element, 'setHTMLUnsafe'],
    [ShadowRoot, 'setHTMLUnsafe'],
    [Range, 'createContextualFragment', true],
  ] as const) {
    const proto = type.prototype as unknown as Record<string, (...args: unknown[]) => unknown>
    const native = proto[name]
    const at = +(name == 'insertAdjacentHTML')
    if (native)
      proto[name] = function (...args) {
        args[at] = rewrite(args[at], scripts)
        return native.apply(this, args)
      }
  }

  // Gating looks for held-back tags in the document, not in shadow roots (web components):
  // those in open ones are let through here, on each decision.
  const release = (root: ParentNode) => {
    for (const host of root.querySelectorAll('*')) {
      const shadow = host.shadowRoot
      if (!shadow) continue
      for (const tag of shadow.querySelectorAll(HELD_BACK)) {
        const claims = !activated.has(tag) && claimsOf(tag, ($config.get() as ResolvedConfig).categories)
        if (!claims || !permitted(...claims)) continue
        activated.add(tag)
        void activate(tag)
      }
      release(shadow)
    }
  }
  addEventListener('consentry:consent', () => release(document))
}
