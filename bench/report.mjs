// Turns the runs into the results table: medians per tool, Consentry/vanilla ratios and the
// targets from the design notes. "Added" figures are medians of the per-round differences
// to the page without a tool (runs are interleaved, so each round shares the machine's mood).

const quantile = (sorted, q) => {
  const at = (sorted.length - 1) * q
  return sorted[Math.floor(at)] + (sorted[Math.ceil(at)] - sorted[Math.floor(at)]) * (at - Math.floor(at))
}
// Half the interquartile range next to a time: when it is as large as a difference, the difference is noise.
const spread = (sorted) => (sorted.length >= 4 ? ` ±${((quantile(sorted, 0.75) - quantile(sorted, 0.25)) / 2).toFixed(0)}` : '')
const HALF_OF_VANILLA = ['≤ ×0.5', (c, v) => v > 0 && c / v <= 0.5]

// pick(run, noneRunOfTheSameRound); target: [text, met(consentry, vanilla)]; missing: cell text
// when a tool has no figure; worst: show the worst run, where one bad run is a failure.
const ROWS = [
  { label: 'JS + CSS (+ config file) of the tool, transferred (gzip)', unit: 'B', pick: (r) => r.first.tool },
  { label: 'whole page, transferred (gzip)', unit: 'B', pick: (r) => r.first.page },
  // The floor for "banner visible" on this page: a banner painted with or after the page's content cannot come sooner.
  { label: 'first contentful paint of the page', unit: 'ms', pick: (r) => r.first.firstPaint },
  { label: 'largest contentful paint of the page', unit: 'ms', pick: (r) => r.first.lcp },
  { label: 'banner in DOM (from navigation start)', unit: 'ms', pick: (r) => r.first.inDom, missing: 'banner never appeared' },
  { label: 'banner fully visible', unit: 'ms', pick: (r) => r.first.visible, target: HALF_OF_VANILLA, missing: 'banner never visible' },
  { label: 'main-thread script time, load', unit: 'ms', pick: (r) => r.first.script },
  { label: 'main-thread task time, load', unit: 'ms', pick: (r) => r.first.task },
  { label: 'added main-thread task time vs no tool', unit: 'ms', pick: (r, n) => r.first.task - n.first.task, target: HALF_OF_VANILLA },
  { label: 'cumulative layout shift (worst run)', unit: '', pick: (r) => r.first.cls, target: ['0', (c) => c === 0], worst: true },
  { label: 'Accept all → all 4 tags requested', unit: 'ms', pick: (r) => r.first.clickToTags, missing: 'no click / tags missing' },
  { label: 'longest task handling the click', unit: 'ms', pick: (r) => r.first.longestTask, target: ['≤ 50 ms', (c) => c <= 50], missing: 'no click' },
  { label: 'total blocking time after the click', unit: 'ms', pick: (r) => r.first.blockingTime, missing: 'no click' },
  { label: 'touch screen, 150 ms round trip: banner in DOM', unit: 'ms', pick: (r) => r.touch.inDom, missing: 'banner never appeared' },
  { label: 'touch screen, 150 ms round trip: banner fully visible', unit: 'ms', pick: (r) => r.touch.visible, missing: 'banner never visible' },
  { label: 'touch screen, 150 ms round trip: largest contentful paint', unit: 'ms', pick: (r) => r.touch.lcp },
  { label: 'touch screen, 150 ms round trip: tap on Accept all → all 4 tags requested', unit: 'ms', pick: (r) => r.touch.tapToTags, missing: 'no tap / tags missing' },
  { label: 'touch screen, 150 ms round trip: tap on Preferences → preferences fully visible', unit: 'ms', pick: (r) => r.preferences.tapToPreferences, missing: 'no tap / never visible' },
  { label: 'touch screen, 150 ms round trip, returning visit: tap on "Cookie settings" → preferences fully visible', unit: 'ms', pick: (r) => r.settings.tapToPreferences, missing: 'no tap / never visible' },
  { label: 'returning visit: transferred (gzip)', unit: 'B', pick: (r) => r.returning.tool },
  { label: 'returning visit: main-thread task time', unit: 'ms', pick: (r) => r.returning.task },
  { label: 'returning visit: added task time vs no tool', unit: 'ms', pick: (r, n) => r.returning.task - n.returning.task },
  { label: "returning visit: tool's own script time (profile)", unit: 'ms', pick: (r) => r.returning.own, target: ['≤ 2 ms', (c) => c <= 2] },
]
const ABOUT_A_TOOL = /added|tool/ // rows that mean nothing for the page without one

const fmt = (value, unit) => (unit === 'B' ? `${Math.round(value)} B` : unit === 'ms' ? `${value.toFixed(1)} ms` : value.toFixed(3))
const safe = (fn) => { try { return fn() } catch { return null } }

/** `rounds[i]` = { consentry, 'consentry-async', vanilla, none }, each { first, returning, touch, preferences, settings }. */
export function resultsTable(rounds) {
  const lines = [
    '| metric (median ±IQR/2) | no tool | vanilla-cookieconsent | Consentry | Consentry / vanilla | target | Consentry, async | async / vanilla |',
    '|---|---|---|---|---|---|---|---|',
  ]
  for (const { label, unit, pick, target, missing = '—', worst } of ROWS) {
    const cell = (tool) => {
      const values = rounds.map((round) => safe(() => pick(round[tool], round.none))).filter(Number.isFinite).sort((a, b) => a - b)
      const value = values.length ? quantile(values, worst ? 1 : 0.5) : null
      const text = value === null ? missing
        : fmt(value, unit) + (unit === 'ms' ? spread(values) : '') + (values.length < rounds.length ? ` (${values.length}/${rounds.length} runs)` : '')
      return { value, text: tool === 'none' && (value === null || ABOUT_A_TOOL.test(label)) ? '-' : text }
    }
    const [none, vanilla, consentry, async] = ['none', 'vanilla', 'consentry', 'consentry-async'].map(cell)
    const v = vanilla.value
    const ratio = (c) => (c !== null && c >= 0 && v > 0 ? `×${(c / v).toFixed(2)}` : '—') // a ratio of negatives means nothing
    // The targets are for the documented set-up; the async column shows what the option changes.
    const c = consentry.value
    const goal = target ? `${target[0]} ${c === null ? '?' : target[1](c, v) ? '✓' : '✗'}` : ''
    lines.push(`| ${label} | ${none.text} | ${vanilla.text} | ${consentry.text} | ${ratio(c)} | ${goal} | ${async.text} | ${ratio(async.value)} |`)
  }
  return lines.join('\n')
}

const count = (rounds, tool, run) => `${rounds.filter((round) => round[tool][run].lcpIsBanner).length}/${rounds.length}`

/** Things that make a run's figures suspect, or worth knowing, listed under the table. */
export function warnings(rounds) {
  const notes = new Set()
  for (const round of rounds) {
    for (const tool of ['consentry', 'consentry-async', 'vanilla', 'none']) {
      const { first, returning } = round[tool]
      if (first.error) notes.add(`${tool}: a first-visit run failed: ${first.error}`)
      if (returning.error) notes.add(`${tool}: a returning-visit run failed: ${returning.error}`)
      if (round[tool].touch.error) notes.add(`${tool}: a touch run failed: ${round[tool].touch.error}`)
      if (tool === 'none') continue
      if (first.lcpIsBanner || round[tool].touch.lcpIsBanner) notes.add(`${tool}: its banner was the page's largest contentful paint in ${count(rounds, tool, 'first')} of the first visits and ${count(rounds, tool, 'touch')} of the touch runs`)
      if (first.cls > 0) notes.add(`${tool}: layout shift of ${first.cls.toFixed(4)} in a first visit; moved: ${first.shifted.join(', ')}`)
      if (first.leaked) notes.add(`${tool}: a vendor host was requested before consent`)
      if (first.inDom === null) notes.add(`${tool}: the banner never appeared in some runs`)
      if (first.clicked === false) notes.add(`${tool}: the Accept all button could not be clicked in some runs`)
      if (first.clicked && !first.tagsRequested) notes.add(`${tool}: not all four tags were requested after Accept all in some runs`)
      if (round[tool].touch.tapped === false) notes.add(`${tool}: the Accept all button could not be tapped in some runs`)
      for (const run of ['preferences', 'settings']) {
        const { error, tapped, tapToPreferences } = round[tool][run]
        if (error) notes.add(`${tool}: a ${run} run failed: ${error}`)
        if (tapped === false) notes.add(`${tool}: the ${run} run's button or link could not be tapped in some runs`)
        if (tapped && tapToPreferences === null) notes.add(`${tool}: the preferences never became fully visible after the ${run} run's tap in some runs`)
      }
      if (returning.bannerShown) notes.add(`${tool}: the banner showed on a returning visit (consent cookie not accepted)`)
      if (returning.tagsRequested === false) notes.add(`${tool}: not all four tags ran on a returning visit`)
    }
  }
  return [...notes]
}
