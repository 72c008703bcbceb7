// Stub of Meta's fbevents.js (Facebook Pixel): sets the _fbp browser id and takes over the fbq queue.
(function () {
  document.cookie = '_fbp=fb.1.' + Date.now() + '.' + Math.floor(Math.random() * 1e10) + '; path=/; max-age=' + 60 * 60 * 24 * 90 + '; samesite=lax'
  var fbq = window.fbq
  if (fbq) {
    fbq.callMethod = function () { (window.__fbqCalls = window.__fbqCalls || []).push([].slice.call(arguments)) }
    ;(fbq.queue || []).forEach(function (args) { fbq.callMethod.apply(null, args) })
    fbq.queue = []
  }
  ;(window.__stubsRan = window.__stubsRan || []).push('fbevents')
})()
