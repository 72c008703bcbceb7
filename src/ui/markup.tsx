/**
 * Config and translation texts are rendered as text, never as HTML. The one
 * markup understood is `[label](url)`, and it becomes a link only when the URL
 * is http(s) or mailto: `javascript:` and friends stay plain text.
 */
const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/

const refused = new Set<string>()

/** The absolute http(s)/mailto URL, or null (said once per URL). Relative URLs resolve against the page. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null
  let parsed: URL | undefined
  try {
    parsed = new URL(url, location.href)
  } catch {
    // Not a URL at all: refused below like any other scheme.
  }
  if (parsed && /^(https?|mailto):$/.test(parsed.protocol)) return parsed.href
  if (!refused.has(url)) console.error(`[consentry] refused the link "${url}": only http(s) and mailto links are shown; it stays plain text.`)
  refused.add(url)
  return null
}

export function Markup({ text }: { text: string }) {
  // split() with two capture groups yields [text, label, url, text, label, url, …, text]
  const parts = text.split(new RegExp(LINK, 'g'))
  return (
    <>
      {parts.map((part, i) => {
        if (i % 3 == 0) return part
        if (i % 3 == 2) return null
        const href = safeHref(parts[i + 1])
        return href ? <a href={href}>{part}</a> : part
      })}
    </>
  )
}
