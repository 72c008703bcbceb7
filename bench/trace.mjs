// Reads Chromium traces (browser.startTracing/stopTracing) for what page-side APIs cannot
// see: every main-thread task with its exact length (longtask entries only report > 50 ms),
// and when each vendor request was sent.
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
