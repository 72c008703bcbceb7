// Reads V8 CPU profiles (CDP Profiler) for the one question traces answer badly: how much
// main-thread time a tool's own code costs. Trace events name a script only where it is
// entered from the page (its evaluation, a timer, a listener); work that runs later in a
// promise continuation or an onload handler carries no URL there. A profile's samples
// carry the whole JavaScript stack, so each can be given to whoever's code is running.

export const SAMPLING_INTERVAL_US = 100

/**
 * Milliseconds of samples whose nearest JavaScript frame comes from a file under `ownPath`.
 * Built-ins and DOM calls (no script of their own) count for the code that called them;
 * another script's code, such as a tag the tool activated, counts for that script.
 */
export function ownScriptTime(profile, ownPath) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const parents = new Map()
  for (const node of profile.nodes) for (const child of node.children || []) parents.set(child, node.id)
  const owned = new Map()
  const isOwn = (id) => {
    if (!owned.has(id)) {
      const { callFrame } = nodes.get(id)
      // scriptId '0': a native frame, which also covers (program), (idle) and (garbage collector) at the root.
      const own = callFrame.scriptId !== '0' ? callFrame.url.includes(ownPath) : parents.has(id) && isOwn(parents.get(id))
      owned.set(id, own)
    }
    return owned.get(id)
  }
  // timeDeltas[i] is the time since the sample before; sample i lasts until sample i + 1.
  let us = 0
  profile.samples.forEach((id, i) => {
    if (i + 1 < profile.samples.length && isOwn(id)) us += profile.timeDeltas[i + 1]
  })
  return us / 1000
}
