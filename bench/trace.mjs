// Reads Chromium traces (browser.startTracing/stopTracing) for what page-side APIs cannot
// see: every main-thread task with its exact length (longtask entries only report > 50 ms),
// when each vendor request was sent, and which script a piece of work belongs to.
import { VENDORS } from './vendors.mjs'

// Just what is read below (tasks, events, requests, script evaluation): more categories cost overhead.
export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline']

const ms = (us) => us / 1000
const host = (url) => { try { return new URL(url).hostname } catch { return '' } }

/** The page's main thread: the renderer main thread that touched the most http(s) URLs. */
function mainThread(events) {
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`))
  const web = new Map()
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`
    if (mains.has(key) && /^https?:/.test(e.args?.data?.url || '')) web.set(key, (web.get(key) || 0) + 1)
  }
  const [best] = [...web].sort((a, b) => b[1] - a[1])[0] || []
  return events.filter((e) => `${e.pid}:${e.tid}` === best)
}

const tasksOf = (thread) => thread.filter((e) => e.name === 'RunTask' && e.dur)

/** Click → all four vendor tags requested, and the main-thread tasks in between. */
export function clickPhase(buffer) {
  const thread = mainThread(JSON.parse(buffer).traceEvents)
  const click = thread.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click')
  if (!click) return null
  const sent = new Map()
  for (const e of thread) {
    const h = host(e.args?.data?.url)
    if (e.name === 'ResourceSendRequest' && VENDORS[h] && e.ts >= click.ts && !sent.has(h)) sent.set(h, e.ts)
  }
  const allSent = sent.size === Object.keys(VENDORS).length ? Math.max(...sent.values()) : null
  const start = tasksOf(thread).find((t) => t.ts <= click.ts && t.ts + t.dur >= click.ts)?.ts ?? click.ts
  const end = allSent ?? start + 5e6
  const tasks = tasksOf(thread).filter((t) => t.ts + t.dur > start && t.ts < end)
  return {
    clickToTags: allSent === null ? null : ms(allSent - click.ts),
    longestTask: ms(Math.max(0, ...tasks.map((t) => t.dur))),
    blockingTime: ms(tasks.reduce((sum, t) => sum + Math.max(0, t.dur - 50000), 0)),
  }
}

/** Sorted, merged [from, to] spans of the events that pass `test`. */
function spans(thread, test) {
  const merged = []
  for (const [from, to] of thread.filter((e) => e.dur && test(e)).map((e) => [e.ts, e.ts + e.dur]).sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1]
    if (last && from <= last[1]) last[1] = Math.max(last[1], to)
    else merged.push([from, to])
  }
  return merged
}
const length = (list) => list.reduce((n, [from, to]) => n + to - from, 0)
const overlap = (a, b) => a.reduce((n, [f1, t1]) => n + b.reduce((m, [f2, t2]) => m + Math.max(0, Math.min(t1, t2) - Math.max(f1, f2)), 0), 0)

const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile'])
const scriptUrl = (e) => (SCRIPT_EVENTS.has(e.name) && e.args?.data?.url) || ''

/**
 * Main-thread time spent in a tool's own scripts (compile, evaluate, and the callbacks it
 * defined), as the union of trace events naming its URLs, so nested events count once, minus
 * other scripts running inside them.
 * Microtasks carry no URL and style/layout is not attributed; the total task time shows those.
 */
export function scriptTime(buffer, ownPath) {
  const thread = mainThread(JSON.parse(buffer).traceEvents)
  const own = spans(thread, (e) => scriptUrl(e).includes(ownPath))
  // Any other script: tags it activates are evaluated (often without a URL) inside its calls.
  const foreign = spans(thread, (e) => SCRIPT_EVENTS.has(e.name) && !scriptUrl(e).includes(ownPath) && (e.name === 'EvaluateScript' || scriptUrl(e)))
  return ms(length(own) - overlap(own, foreign))
}
