// The router this small site runs on, to move between its pages without a page load:
// `?site=turbo|htmx|astro` on the first page, kept for the rest of the visit.
// - turbo: Turbo 8 (Hotwire). A link fetches the next page and swaps <body> for its own;
//   Back shows the page from Turbo's cache.
// - htmx: htmx 2 with hx-boost. The next page's body content goes into this body; Back puts
//   back the copy htmx saved of the body as the visitor left it.
// - astro: a stand-in for Astro's view-transition router (<ClientRouter />, which needs an
//   Astro build), with the head and body steps of its default swap
//   (astro/src/transitions/swap-functions.ts): an element the next page's head also has
//   stays (a stylesheet link by its href), every other one goes and the next page's new ones
//   are appended; the body is replaced. Scripts parsed by DOMParser do not run when inserted,
//   as Astro's already-run ones. It does not handle Back.
const site = new URLSearchParams(location.search).get('site') || sessionStorage.getItem('swap-site')
sessionStorage.setItem('swap-site', site)

if (site == 'turbo') document.write('<script src="/test-vendor/turbo/turbo.es2017-umd.js"></scr' + 'ipt>')
if (site == 'htmx') {
  document.documentElement.setAttribute('hx-boost', 'true')
  document.write('<script src="/test-vendor/htmx/htmx.min.js"></scr' + 'ipt>')
}
if (site == 'astro') {
  document.addEventListener('click', async (event) => {
    const link = event.target.closest('a[href]')
    if (!link || link.origin != location.origin || link.hasAttribute('data-consentry')) return
    event.preventDefault()
    const next = new DOMParser().parseFromString(await (await fetch(link.href)).text(), 'text/html')
    history.pushState({}, '', link.href)
    for (const element of [...document.head.children]) {
      const same = element.matches('link[rel=stylesheet]')
        ? next.head.querySelector(`link[rel=stylesheet][href="${element.getAttribute('href')}"]`)
        : [...next.head.children].find((candidate) => candidate.isEqualNode(element))
      if (same) same.remove()
      else element.remove()
    }
    document.head.append(...next.head.children)
    document.body.replaceWith(next.body)
  })
}
