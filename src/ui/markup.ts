/**
 * Config and translation texts are rendered as text, never as HTML. The one
 * markup understood is `[label](url)`, and it becomes a link only when the URL
 * is http(s) or mailto: `javascript:` and friends stay plain text. Parsed here
 * once for both renderers: the banner's plain DOM and the dialog's Preact.
 */
const LINKS = /\[([^\]]+)\]\(([^)\s]+)\)/g

const refused = new Set<string>()

/**
 * The absolute http(s)/mailto URL, or null (said once per URL). Relative URLs resolve as the page's
 * own links do: against its `<base href>`, where it has one (a site in a subfolder).
 */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null
  let parsed: URL | undefined
  try {
    parsed = new URL(url, document.baseURI)
  } catch {
    // Not a URL at all: refused below like any other scheme.
  }
  if (parsed && /^(https?|mailto):$/.test(parsed.protocol)) return parsed.href
  if (!refused.has(url)) console.error(`[consentry] refused the link "${url}": only http(s) and mailto links are shown; it stays plain text.`)
  refused.add(url)
  return null
}

/** A link to render: its label and its (safe) address. */
export type Link = [label: string, href: string]

/** The text as plain strings and links, in order; a refused link is left as its label. */
export function parseMarkup(text: string): (string | Link)[] {
  // split() with two capture groups yields [text, label, url, text, label, url, …, text]
  const parts = text.split(LINKS)
  const out: (string | Link)[] = []
  for (let i = 0; i < parts.length; i += 3) {
    if (parts[i]) out.push(parts[i])
    if (i + 1 < parts.length) {
      const href = safeHref(parts[i + 2])
      out.push(href ? [parts[i + 1], href] : parts[i + 1])
    }
  }
  return out
}
