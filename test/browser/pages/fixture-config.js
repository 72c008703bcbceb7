// Config for the fixture pages, set from the URL: ?revision=2&expiresDays=30&lang=en&theme=dark
var params = new URLSearchParams(location.search)
window.consentryConfig = {
  siteName: 'Fixture shop',
  // What a withdrawal does on the page itself, as for a site that keeps it: the default reload is withdrawal.spec.ts's.
  reloadOnWithdrawal: false,
  revision: Number(params.get('revision') || 1),
  cookie: { expiresDays: Number(params.get('expiresDays') || 182) },
  ui: { theme: params.get('theme') || 'auto' },
  categories: ['functional', 'analytics', 'tracking', 'social', 'advertising'],
  services: [
    { id: 'bootstrap-cdn', name: 'Bootstrap CDN', category: 'functional', hosts: ['cdn.jsdelivr.net'] },
    { id: 'google-analytics', name: 'Google Analytics', category: 'analytics', cookies: [{ name: '_ga' }, { name: '_ga_*' }] },
    { id: 'hotjar', name: 'Hotjar', category: 'analytics', cookies: [{ name: '_hjSessionUser_*' }, { name: '_hjSession_*' }] },
    { id: 'linkedin-insight', name: 'LinkedIn Insight', category: 'tracking', cookies: [{ name: 'li_fat_id' }, { name: 'li_giant' }] },
    { id: 'youtube', name: 'YouTube', category: 'social' },
    { id: 'facebook-pixel', name: 'Facebook Pixel', category: 'advertising', cookies: [{ name: '_fbp' }] },
  ],
}
if (params.get('lang')) window.consentryConfig.language = params.get('lang')
