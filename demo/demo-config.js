// Factuurtje's Consentry configuration: copy it, then change the names, ids and texts.
// It must run before consentry.js, which reads window.consentryConfig.
window.consentryConfig = {
  siteName: 'Factuurtje',
  privacyPolicyUrl: document.documentElement.lang === 'en' ? '/en/privacy.html' : '/privacy.html',
  // Bump this when you add a service or a purpose: every visitor is asked again.
  revision: 1,
  // Besides `necessary` (always on), in the order the privacy statement lists them.
  categories: ['functional', 'analytics', 'tracking', 'social', 'advertising'],
  cookie: { expiresDays: 365 },
  // Each decision is sent here as proof of consent (demo/serve.mjs prints it; a site stores it).
  consentLog: { url: '/consent-log' },
  consentMode: true,
  ui: { layout: 'box', theme: 'auto' },
  services: [
    {
      id: 'bootstrap-cdn',
      name: 'Bootstrap (jsDelivr CDN)',
      category: 'functional',
      provider: 'jsDelivr / Prospect One',
      purpose: {
        en: 'Delivers the layout stylesheet quickly; the CDN sees your IP address.',
        nl: 'Levert de opmaak snel; het CDN ziet je IP-adres.',
      },
      cookies: [],
      privacyPolicyUrl: 'https://www.jsdelivr.com/terms/privacy-policy-jsdelivr-net',
      hosts: ['cdn.jsdelivr.net'],
    },
    {
      id: 'font-awesome',
      name: 'Font Awesome (cdnjs)',
      category: 'functional',
      provider: 'Cloudflare, Inc.',
      purpose: {
        en: 'Delivers the icons; the CDN sees your IP address.',
        nl: 'Levert de pictogrammen; het CDN ziet je IP-adres.',
      },
      cookies: [],
      privacyPolicyUrl: 'https://www.cloudflare.com/privacypolicy/',
      hosts: ['cdnjs.cloudflare.com'],
    },
    {
      id: 'google-analytics',
      name: 'Google Analytics 4',
      category: 'analytics',
      provider: 'Google Ireland Ltd.',
      purpose: {
        en: 'Counts visits and pages viewed. Google receives your IP address, uses it for an approximate location and does not store it.',
        nl: 'Telt bezoeken en bekeken pagina’s. Google ontvangt je IP-adres, gebruikt het voor een globale locatie en slaat het niet op.',
      },
      cookies: [
        { name: '_ga', duration: { en: '24 months', nl: '24 maanden' } },
        { name: '_ga_*', duration: { en: '24 months', nl: '24 maanden' } },
      ],
      privacyPolicyUrl: 'https://policies.google.com/privacy',
      hosts: ['googletagmanager.com', 'google-analytics.com'],
      consentMode: ['analytics_storage'],
    },
    {
      id: 'hotjar',
      name: 'Hotjar',
      category: 'analytics',
      provider: 'Hotjar Ltd.',
      purpose: {
        en: 'Records how visitors click, scroll and move on our pages (heatmaps and session recordings), with a pseudonymous visitor ID, so we can improve pages.',
        nl: 'Legt vast hoe bezoekers op onze pagina’s klikken, scrollen en bewegen (heatmaps en sessie-opnames), met een pseudonieme bezoekers-ID, zodat we pagina’s kunnen verbeteren.',
      },
      cookies: [
        { name: '_hjSessionUser_*', duration: { en: '12 months', nl: '12 maanden' } },
        { name: '_hjSession_*', duration: { en: '30 minutes', nl: '30 minuten' } },
        // Kept in sessionStorage, not a cookie: withdrawal clears declared names there too.
        { name: '_hjRecording*', duration: { en: 'session', nl: 'sessie' } },
      ],
      privacyPolicyUrl: 'https://www.hotjar.com/legal/policies/privacy/',
      hosts: ['hotjar.com', 'hotjar.io'],
    },
    {
      id: 'linkedin-insight',
      name: 'LinkedIn Insight Tag',
      category: 'tracking',
      provider: 'LinkedIn Ireland Unlimited Company',
      purpose: {
        en: 'Measures which LinkedIn campaigns bring visitors, across websites.',
        nl: 'Meet welke LinkedIn-campagnes bezoekers opleveren, over websites heen.',
      },
      cookies: [
        { name: 'li_fat_id', duration: { en: '30 days', nl: '30 dagen' } },
        { name: 'li_giant', duration: { en: '7 days', nl: '7 dagen' } },
      ],
      privacyPolicyUrl: 'https://www.linkedin.com/legal/privacy-policy',
      hosts: ['snap.licdn.com', 'px.ads.linkedin.com'],
    },
    {
      id: 'youtube',
      name: 'YouTube',
      category: 'social',
      provider: 'Google Ireland Ltd.',
      purpose: {
        en: 'Plays our product video inside the page.',
        nl: 'Speelt onze productvideo af in de pagina.',
      },
      cookies: [],
      privacyPolicyUrl: 'https://policies.google.com/privacy',
      hosts: ['youtube-nocookie.com', 'youtube.com', 'ytimg.com'],
    },
    {
      id: 'facebook-pixel',
      name: 'Facebook Pixel',
      category: 'advertising',
      provider: 'Meta Platforms Ireland Ltd.',
      purpose: {
        en: 'Shows our ads on Facebook and Instagram to people who visited this site (Custom Audiences).',
        nl: 'Toont onze advertenties op Facebook en Instagram aan mensen die deze site bezochten (Custom Audiences).',
      },
      cookies: [
        { name: '_fbp', duration: { en: '3 months', nl: '3 maanden' } },
        // Set when a visitor arrives from a Facebook ad (its fbclid).
        { name: '_fbc', duration: { en: '3 months', nl: '3 maanden' } },
      ],
      privacyPolicyUrl: 'https://www.facebook.com/privacy/policy/',
      hosts: ['connect.facebook.net', 'facebook.com'],
    },
  ],
}
