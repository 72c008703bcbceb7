// A dependency-free static server: demo/ at `/`, dist/ at `/dist/`, and any
// extra folders the caller mounts (the browser tests mount their fixture pages,
// the benchmark its own). Gzips text when the browser accepts it, so sizes and
// timings resemble a real host. It also takes the demo's proofs of consent
// (`consentLog` in demo-config.js) at POST /consent-log.
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { dirname, extname, join, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
}
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/

/**
 * Starts the server; `port: 0` picks a free port. `mounts` maps URL prefixes
 * (`'/test-pages/'`) to folders relative to `root` (the repository).
 * `onConsentLog` gets each proof of consent the demo sends (a site would store it).
 * Resolves to `{ url, close }`, `url` ending in `/`.
 */
export function startServer({ port = 0, root = repoRoot, host = '127.0.0.1', mounts = {}, onConsentLog = () => {} } = {}) {
  const table = Object.entries({ '/': 'demo', '/dist/': 'dist', ...mounts })
    .map(([prefix, dir]) => [prefix, resolve(root, dir)])
    .sort((a, b) => b[0].length - a[0].length)
  const gzipCache = new Map()

  const server = createServer(async (req, res) => {
    try {
      if (req.method === 'POST' && req.url === '/consent-log') return await takeConsentLog(req, res, onConsentLog)
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed')
      const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname)
      const file = await locate(table, pathname)
      if (file === 'redirect') return res.writeHead(301, { Location: pathname + '/' }).end()
      if (!file) return send(res, 404, 'Not found')
      await serveFile(req, res, file, gzipCache)
    } catch (error) {
      send(res, 500, String(error))
    }
  })

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const { port: actual } = server.address()
      resolvePromise({
        url: `http://${host}:${actual}/`,
        close: () => new Promise((done) => server.close(() => done())),
      })
    })
  })
}

/** Maps a URL path to a file inside one mount; never outside it. */
async function locate(table, pathname) {
  const mount = table.find(([prefix]) => pathname.startsWith(prefix))
  if (!mount) return null
  const [prefix, dir] = mount
  const file = resolve(dir, '.' + sep + pathname.slice(prefix.length))
  if (file !== dir && !file.startsWith(dir + sep)) return null
  const info = await stat(file).catch(() => null)
  if (!info) return null
  if (info.isDirectory()) {
    if (!pathname.endsWith('/')) return 'redirect'
    const index = join(file, 'index.html')
    return (await stat(index).catch(() => null)) ? index : null
  }
  return file
}

async function serveFile(req, res, file, gzipCache) {
  const type = TYPES[extname(file)] || 'application/octet-stream'
  const info = await stat(file)
  let body = await readFile(file)
  const headers = { 'Content-Type': type, 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' }
  if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
    const key = `${file}:${info.mtimeMs}`
    if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(body, { level: 9 }))
    body = gzipCache.get(key)
    headers['Content-Encoding'] = 'gzip'
  }
  headers['Content-Length'] = body.length
  res.writeHead(200, headers)
  res.end(req.method === 'HEAD' ? undefined : body)
}

/** One proof of consent: `{ consent, page }` as JSON, at most 16 KB. */
async function takeConsentLog(req, res, onConsentLog) {
  let body = ''
  for await (const chunk of req) {
    body += chunk
    if (body.length > 16384) return send(res, 413, 'Too large')
  }
  let proof
  try {
    proof = JSON.parse(body)
  } catch {
    return send(res, 400, 'Not JSON')
  }
  onConsentLog(proof)
  res.writeHead(204).end()
}

function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(text)
}

// `node demo/serve.mjs`: PORT or 8080, or any free port when that one is taken.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const wanted = Number(process.env.PORT) || 8080
  // A real site stores these (with the time it received them) for as long as its privacy statement says.
  const onConsentLog = ({ consent }) => console.log(`proof of consent: ${consent?.id} ${consent?.method} at ${consent?.updatedAt}`, JSON.stringify(consent?.categories))
  const server = await startServer({ port: wanted, onConsentLog }).catch((error) => {
    if (error.code !== 'EADDRINUSE') throw error
    console.log(`Port ${wanted} is taken; using a free one.`)
    return startServer({ port: 0, onConsentLog })
  })
  console.log(`Consentry demo: ${server.url}  (English: ${server.url}en/, API page: ${server.url}api.html)`)
}
