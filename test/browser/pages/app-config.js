// The config of the app pages (app-embed.html, app-embed-ssr.html): one social-media service.
window.consentryConfig = {
  siteName: 'App shop',
  ui: { theme: 'light' },
  categories: ['social'],
  services: [{ id: 'youtube', name: 'YouTube', category: 'social', hosts: ['youtube-nocookie.com'] }],
}
