// Stub of Google's gtag.js (GA4): sets the first-party cookies GA4 sets.
(function () {
  var src = document.currentScript && document.currentScript.src
  var id = ((src && new URL(src).searchParams.get('id')) || 'G-STUB').replace(/^G-/, '')
  var now = Math.floor(Date.now() / 1000)
  var attrs = '; path=/; max-age=' + 60 * 60 * 24 * 730 + '; samesite=lax'
  document.cookie = '_ga=GA1.1.' + Math.floor(Math.random() * 1e9) + '.' + now + attrs
  document.cookie = '_ga_' + id + '=GS1.1.' + now + '.1.0.' + now + '.0.0.0' + attrs
  ;(window.__stubsRan = window.__stubsRan || []).push('gtag')
})()
