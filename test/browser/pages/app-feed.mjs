// The app of app-embed.html and app-embed-ssr.html, in React or Preact: a feed of posts with a
// video below them that it shows or takes away, and a tracker it can add. `window.app.set({ … })` renders it again, at
// once. A framework that loses track of its nodes throws, or takes the app down.
import * as preact from '/test-vendor/preact/preact.mjs'

/** Starts the app in #app; `hydrate`: take over the server's HTML of it rather than render it. */
export function startApp(framework, { hydrate = false } = {}) {
  const react = framework == 'react'
  const h = react ? React.createElement : preact.h
  const container = document.getElementById('app')
  let root
  const render = (tree) => (react ? ReactDOM.flushSync(() => (root ||= ReactDOM.createRoot(container)).render(tree)) : preact.render(tree, container))

  let state = { posts: ['First post'], video: true, tracker: false }
  window.trackerRuns = 0
  const App = ({ posts, video, tracker }) =>
    h('div', { id: 'feed' },
      // A held-back inline script, in an element of its own (see the README).
      tracker && h('div', { key: 'tracker' }, h('script', { type: 'text/plain', 'data-category': 'social', dangerouslySetInnerHTML: { __html: 'trackerRuns++' } })),
      posts.map((text) => h('p', { key: text }, text)),
      video && h('iframe', {
        key: 'video', 'data-src': 'https://www.youtube-nocookie.com/embed/app', 'data-category': 'social',
        'data-service': 'youtube', width: 320, height: 180, title: 'App video',
        // As the README advises: Consentry has drawn a placeholder in it (`srcdoc`), or loaded it (`src`),
        // before hydration, and React's development build would warn of an attribute the server did not send.
        suppressHydrationWarning: true,
      }),
      h('p', { key: 'end' }, 'End of feed'),
    )
  window.app = {
    set(next) {
      state = { ...state, ...next }
      render(h(App, state))
    },
  }
  if (!hydrate) return app.set({})
  if (react) root = ReactDOM.hydrateRoot(container, h(App, state))
  else preact.hydrate(h(App, state), container)
}
