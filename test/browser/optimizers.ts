/**
 * Stand-ins for the tools that rewrite a page's scripts on its way to the browser, each doing
 * what its documentation (and, for WP Rocket, its public source) says it does. They rewrite the
 * HTML as the server or CDN would, and bring the loader that each puts in the page.
 */

/**
 * Cloudflare Rocket Loader: every script of a JavaScript type (or none) that lacks
 * `data-cfasync="false"` gets the type `<hash>-<its type>`, which the browser does not run;
 * other types (`text/plain`, JSON) are left alone. Its loader, added at the end of the body,
 * runs them in document order once the page is parsed, as new elements (an external one
 * waited for), then fires DOMContentLoaded and load again for the code that waited for them.
 */
export const rocketLoader = {
  hash: '9c1d0e7a2b4f6a8c3e5d7b1a',
  rewrite(html: string): string {
    const prefix = rocketLoader.hash + '-'
    return html
      .replace(/<script\b([^>]*)>/gi, (tag, attributes: string) => {
        if (/data-cfasync\s*=\s*["']?false/i.test(attributes)) return tag
        const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]
        if (type && !/^(text\/javascript|application\/javascript|module)$/i.test(type)) return tag
        const rest = attributes.replace(/\s*\btype\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i, '')
        return `<script type="${prefix}${type || 'text/javascript'}"${rest}>`
      })
      .replace('</body>', `<script src="/cdn-cgi/scripts/rocket-loader.min.js" data-cf-settings="${prefix}|49" defer></script></body>`)
  },
  loader: `(() => {
    const prefix = document.currentScript.getAttribute('data-cf-settings').split('|')[0]
    ;(async () => {
      for (const held of document.querySelectorAll('script[type^="' + prefix + '"]')) {
        const script = document.createElement('script')
        for (const { name, value } of held.attributes) if (name != 'type') script.setAttribute(name, value)
        const type = held.getAttribute('type').slice(prefix.length)
        if (type != 'text/javascript') script.type = type
        let loaded
        if (held.hasAttribute('src')) {
          script.async = false
          loaded = new Promise((resolve) => script.addEventListener('load', resolve) || script.addEventListener('error', resolve))
        } else script.text = held.text
        held.replaceWith(script)
        await loaded
      }
      document.dispatchEvent(new Event('DOMContentLoaded', { bubbles: true }))
      window.dispatchEvent(new Event('load'))
    })()
  })()`,
}

/**
 * WP Rocket's "Delay JavaScript execution" (inc/Engine/Optimization/DelayJS/HTML.php, 3.9 and
 * later): a script whose tag matches none of the exclusions (matched against the whole tag, its
 * code included) and has no type, or a quoted JavaScript type, becomes
 * `<script type="text/rocketlazyloadscript" data-rocket-type=… data-rocket-src=…>`. Its patterns
 * read only quoted values: an unquoted `type=text/plain` is not seen, stays behind the new type
 * (the browser keeps the first of two), and the script is delayed like any other. On the
 * visitor's first key, mouse move, touch or wheel, its loader turns each delayed script back
 * into a new one, in order, with every attribute but the type, `data-rocket-type` as its type
 * and `data-rocket-src` as its src; then fires its own rocket-DOMContentLoaded and rocket-load.
 */
export const wpRocketDelay = {
  rewrite(html: string, exclusions: string[] = []): string {
    // PHP's pattern, but for its optional groups: JavaScript will not let `(.*?)?` match nothing, and takes in the next script.
    const delayed = html.replace(/<\s*script(\s*[^>]*?)>(.*?)<\s*\/\s*script\s*>/gims, (whole, attributes: string, content: string) => {
      if (exclusions.some((pattern) => new RegExp(pattern, 'i').test(whole))) return whole
      if (!attributes.trim()) return `<script type="text/rocketlazyloadscript">${content}</script>`
      const quotedType = /type\s*=\s*(["'])(.*?)\1/i.exec(attributes)
      const javascript = ['text/javascript', 'module', 'application/javascript', 'application/ecmascript', 'text/ecmascript']
      if (quotedType && quotedType[2].trim() && !javascript.includes(quotedType[2].trim())) return whole
      const rest = attributes
        .replace(/type\s*=\s*(["'])(.*)\1/i, 'data-rocket-type=$1$2$1')
        .replace(/src\s*=\s*(["'])(.*)\1/i, 'data-rocket-src=$1$2$1')
      return `<script type="text/rocketlazyloadscript" ${rest.trim()}>${content}</script>`
    })
    // Its loader, inline at the top of <head>, is never delayed.
    return delayed.replace(/<head>/i, `<head><script>${wpRocketDelay.loader}</script>`)
  },
  loader: `(() => {
    const events = ['keydown', 'mousemove', 'touchmove', 'touchstart', 'touchend', 'wheel']
    const start = () => {
      events.forEach((event) => removeEventListener(event, start))
      document.readyState == 'loading' ? document.addEventListener('DOMContentLoaded', run) : run()
    }
    async function run() {
      for (const held of document.querySelectorAll('script[type$=rocketlazyloadscript]')) {
        const script = document.createElement('script')
        for (const { name, value } of held.attributes) {
          if (name == 'type') continue
          script.setAttribute(name == 'data-rocket-type' ? 'type' : name == 'data-rocket-src' ? 'src' : name, value)
        }
        let loaded
        if (script.hasAttribute('src')) loaded = new Promise((resolve) => script.addEventListener('load', resolve) || script.addEventListener('error', resolve))
        else script.text = held.text
        held.replaceWith(script)
        await loaded
      }
      document.dispatchEvent(new Event('rocket-DOMContentLoaded'))
      window.dispatchEvent(new Event('rocket-load'))
    }
    events.forEach((event) => addEventListener(event, start, { passive: true }))
  })()`,
}

/**
 * An HTML minifier's `removeAttributeQuotes` (html-minifier and its successors): quotes go
 * wherever the value needs none (`type=text/plain`); a URL with `=` or `&` keeps them.
 */
export const removeAttributeQuotes = (html: string): string => html.replace(/(\s[\w-]+)="([^\s"'`=<>&]+)"/g, '$1=$2')
