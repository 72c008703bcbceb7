// Stub of LinkedIn's insight.min.js: sets the first-party cookies the Insight Tag sets on the site's domain.
(function () {
  var attrs = '; path=/; samesite=lax; max-age='
  document.cookie = 'li_fat_id=stub-' + Math.floor(Math.random() * 1e9) + attrs + 60 * 60 * 24 * 30
  document.cookie = 'li_giant=stub-' + Math.floor(Math.random() * 1e9) + attrs + 60 * 60 * 24 * 7
  window.lintrk = window.lintrk || function () {}
  ;(window.__stubsRan = window.__stubsRan || []).push('linkedin-insight')
})()
