// The service catalogue: one factory per service, each in its own module, so a
// bundle holds only the services a site imports. `catalogue` (all of them, by id)
// lives in ./registry and is deliberately not re-exported here.
export type { ServiceFactory } from './define'
export { resolveService } from './resolve'
export { googleAnalytics } from './google-analytics'
export { googleTagManager } from './google-tag-manager'
export { googleAds } from './google-ads'
export { hotjar } from './hotjar'
export { microsoftClarity } from './microsoft-clarity'
export { facebookPixel } from './facebook-pixel'
export { linkedinInsight } from './linkedin-insight'
export { tiktokPixel } from './tiktok-pixel'
export { youtube } from './youtube'
export { vimeo } from './vimeo'
export { googleMaps } from './google-maps'
export { cloudflare } from './cloudflare'
export { bootstrapCdn } from './bootstrap-cdn'
export { fontAwesomeCdn } from './font-awesome-cdn'
