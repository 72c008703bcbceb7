// Stub of Microsoft Clarity's tag, as it behaves for a visitor in the EEA since October 2025: without
// a consentv2 answer it sets no cookie; with analytics storage granted it sets _clck and _clsk, and
// sets _clsk again with each upload (every 100 ms here); denied, it sets none (the real one deletes its
// cookies and goes on recording without them, which a stub need not). Calls go to __clarityCalls.
(function () {
  var queued = (window.clarity && window.clarity.q) || []
  var granted = false
  var set = function (name, days) {
    document.cookie = name + '=stub.' + Date.now() + '; path=/; max-age=' + 60 * 60 * 24 * days + '; samesite=lax'
  }
  window.clarity = function (command, consent) {
    ;(window.__clarityCalls = window.__clarityCalls || []).push([].slice.call(arguments))
    if (command !== 'consentv2') return
    granted = consent.analytics_Storage === 'granted'
    if (granted) set('_clck', 365), set('_clsk', 1)
  }
  queued.forEach(function (args) { window.clarity.apply(null, args) })
  setInterval(function () { if (granted) set('_clsk', 1) }, 100)
  ;(window.__stubsRan = window.__stubsRan || []).push('clarity')
})()
