/**
 * Config and translation texts are rendered as text, never as HTML. The one
 * markup understood is `[label](url)`, and it becomes a link only when the URL
 * is http(s) or mailto: `javascript:` and friends stay plain text.
 */
const LINK = /\[([^\]]+)\]\(([^)\s]+)\)/

/** The absolute http(s)/mailto URL, or null. Relative URLs resolve against the page. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url, location.href)
    return /^(https?|mailto):$/.test(parsed.protocol) ? parsed.href : null
  } catch {
    return null
  }
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
