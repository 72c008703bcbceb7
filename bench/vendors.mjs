// The four held-back tags of the benchmark page, as the vendors publish their snippets,
// and the stub scripts the vendor hosts answer with (there is no network here).

/** Vendor host → the service id both tools use in data-service, and its category. */
export const VENDORS = {
  'www.googletagmanager.com': { service: 'google-analytics', category: 'analytics' },
  'static.hotjar.com': { service: 'hotjar', category: 'analytics' },
  'snap.licdn.com': { service: 'linkedin-insight', category: 'tracking' },
  'connect.facebook.net': { service: 'facebook-pixel', category: 'advertising' },
}

// Each snippet is { service, code | src }: inline loaders inject the vendor script themselves.
const SNIPPETS = [
  { service: 'google-analytics', src: 'https://www.googletagmanager.com/gtag/js?id=G-BENCH00001', async: true },
  {
    service: 'google-analytics',
    code: `window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());gtag('config','G-BENCH00001');`,
  },
  {
    service: 'hotjar',
    code: `(function(h,o,t,j,a,r){h.hj=h.hj||function(){(h.hj.q=h.hj.q||[]).push(arguments)};h._hjSettings={hjid:1234567,hjsv:6};a=o.getElementsByTagName('head')[0];r=o.createElement('script');r.async=1;r.src=t+h._hjSettings.hjid+j+h._hjSettings.hjsv;a.appendChild(r)})(window,document,'https://static.hotjar.com/c/hotjar-','.js?sv=');`,
  },
  {
    service: 'linkedin-insight',
    code: `_linkedin_partner_id="1234567";window._linkedin_data_partner_ids=window._linkedin_data_partner_ids||[];window._linkedin_data_partner_ids.push(_linkedin_partner_id);(function(l){if(!l){window.lintrk=function(a,b){window.lintrk.q.push([a,b])};window.lintrk.q=[]}var s=document.getElementsByTagName("script")[0];var b=document.createElement("script");b.type="text/javascript";b.async=true;b.src="https://snap.licdn.com/li.lms-analytics/insight.min.js";s.parentNode.insertBefore(b,s)})(window.lintrk);`,
  },
  {
    service: 'facebook-pixel',
    code: `!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');fbq('init','123456789012345');fbq('track','PageView');`,
  },
]

const categoryOf = (service) => Object.values(VENDORS).find((v) => v.service === service).category

/** The tags as HTML; `blocked` writes them the way both tools hold tags back. */
export function vendorTags(blocked) {
  return SNIPPETS.map(({ service, src, async, code }) => {
    const hold = blocked ? ` type="text/plain" data-category="${categoryOf(service)}" data-service="${service}"` : ''
    return src
      ? `<script${hold}${async ? ' async' : ''} src="${src}"></script>`
      : `<script${hold}>${code}</script>`
  }).join('\n')
}

/** A few hundred bytes of vendor-like code, so a tag costs something to run. */
export const stubScript = (host) =>
  `(function(){var q=[];for(var i=0;i<200;i++)q.push({i:i,k:'${host}'+i});window.__vendors=(window.__vendors||[]).concat('${host}');document.cookie='_stub_${host.split('.')[1]}=1;path=/';})();`
