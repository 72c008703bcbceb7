// Stub of Hotjar's hotjar-<id>.js: sets Hotjar's first-party cookies for the site id, and the
// recording flag it keeps in sessionStorage.
(function () {
  var id = (window._hjSettings && window._hjSettings.hjid) || 0
  var now = Date.now()
  document.cookie = '_hjSessionUser_' + id + '=' + encodeURIComponent(JSON.stringify({ id: 'stub', created: now, existing: false })) + '; path=/; max-age=' + 60 * 60 * 24 * 365 + '; samesite=lax'
  document.cookie = '_hjSession_' + id + '=' + encodeURIComponent(JSON.stringify({ id: 'stub', c: now, s: 0, r: 0 })) + '; path=/; max-age=1800; samesite=lax'
  sessionStorage.setItem('_hjRecordingLastActivity', String(now))
  ;(window.__stubsRan = window.__stubsRan || []).push('hotjar')
})()
