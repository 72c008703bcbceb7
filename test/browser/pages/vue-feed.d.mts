import type { App } from 'vue'

/** The Vue app of vue-feed.mjs, to render on the server. */
export declare function createServerApp(): App
