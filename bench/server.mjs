// A tiny static server for the benchmark: fixed routes, everything gzipped (level 9,
// compressed once at start) as a well-configured host would send it.
import { createServer } from 'node:http'
import { gzipSync } from 'node:zlib'

const TYPES = { html: 'text/html', js: 'text/javascript', css: 'text/css' }

/** `routes` maps a URL path to its body (string or Buffer). Resolves to { origin, close }. */
export function serve(routes) {
  const files = new Map(
    Object.entries(routes).map(([path, body]) => [
      path,
      { type: `${TYPES[path.split('.').pop()] || 'text/html'}; charset=utf-8`, gzip: gzipSync(body, { level: 9 }) },
    ]),
  )
  const server = createServer((req, res) => {
    const file = files.get(new URL(req.url, 'http://x').pathname)
    if (!file) return res.writeHead(404).end()
    // No caching: every run must pay for its bytes, like a first visit.
    res.writeHead(200, { 'content-type': file.type, 'content-encoding': 'gzip', 'cache-control': 'no-store' })
    res.end(file.gzip)
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() }),
    ),
  )
}
