// A stand-in for Astro's view-transition router (<ClientRouter />), which is not usable
// outside an Astro build: on a link click it fetches the next page and makes this one like
// it the way Astro's default swap does (astro/src/transitions/swap-functions.ts):
// - <head>: an element the next page's head also has stays (a stylesheet link by its
//   href); every other one goes, and the next page's new ones are appended;
// - <body>: replaced by the next page's.
// Scripts parsed by DOMParser do not run when inserted, as Astro's already-run ones.
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
