// The Vue 3 app of module-app.html, written as the README advises: a component that shows the
// decision, which it reads once mounted and follows with onChange, and a feed of posts with a
// held-back video below them that the app shows or takes away, and a tracker it can add. The
// page calls init before mounting it. The test's Node side imports this module too, to render
// the app on the server (vue/server-renderer compiles the templates there).
import { createApp, createSSRApp, nextTick, onMounted, onUnmounted, reactive, shallowRef } from 'vue'
import { getConsent, onChange } from 'consentry'

const ConsentState = {
  setup() {
    // Not read while rendering: the server has no decision, and hydration must match what it sent.
    const consent = shallowRef(null)
    let stop
    onMounted(() => {
      consent.value = getConsent()
      stop = onChange((change) => (consent.value = change.consent))
    })
    onUnmounted(() => stop())
    return { consent }
  },
  template: `<p id="consent-state">{{ consent ? consent.method + ', social ' + consent.categories.social : 'no decision yet' }}</p>`,
}

const state = reactive({ posts: ['First post'], video: true, tracker: false })

const App = {
  components: { ConsentState },
  setup: () => ({ state, tracker: '<script type="text/plain" data-category="social">trackerRuns++</script>' }),
  // The held-back script in an element of its own (see the README): Vue leaves a <script> out of
  // a template, so it comes in as the element's HTML.
  template: `
    <consent-state />
    <div id="feed">
      <div v-if="state.tracker" v-html="tracker"></div>
      <p v-for="text in state.posts" :key="text">{{ text }}</p>
      <iframe v-if="state.video" data-src="https://www.youtube-nocookie.com/embed/app" data-category="social"
        data-service="youtube" width="320" height="180" title="App video"></iframe>
      <p>End of feed</p>
    </div>`,
}

/** The app, to render on the server. */
export const createServerApp = () => createSSRApp(App)

/** Starts the app in #app; `hydrate`: take over the server's HTML of it rather than render it. */
export function startApp({ hydrate = false } = {}) {
  ;(hydrate ? createSSRApp : createApp)(App).mount('#app')
  // Renders the app again with `next`; resolves once it has.
  return { set: (next) => (Object.assign(state, next), nextTick()) }
}
