// The config of the app pages (app-embed.html, app-embed-ssr.html, app-consent-state.html, react-module-state.html): one social-media service.
// app-config.json is the same, for app-consent-state.html served with data-config (app-state.spec.ts).
window.consentryConfig = {
  siteName: 'App shop',
  ui: { theme: 'light' },
  categories: ['social'],
  services: [{ id: 'youtube', name: 'YouTube', category: 'social', hosts: ['youtube-nocookie.com'] }],
}
