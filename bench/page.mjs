// The benchmark page: a small SaaS landing page, text-heavy like the sites Consentry is for.
// Each tool supplies what it adds to <head> and to the end of <body>; the rest is identical.

export const siteCss = `
*{box-sizing:border-box}body{margin:0;font:16px/1.6 system-ui,sans-serif;color:#1d2330;background:#fff}
header,section,footer{padding:2rem 1.25rem;max-width:60rem;margin:0 auto}
nav{display:flex;gap:1rem;align-items:center;justify-content:space-between}nav a{color:#1d2330;text-decoration:none}
.hero{background:#f3f6fb;text-align:center}.hero h1{font-size:2.1rem;line-height:1.2;margin:.5rem 0}
.cta{display:inline-block;margin-top:1rem;padding:.8rem 1.4rem;border-radius:.5rem;background:#2452d6;color:#fff;text-decoration:none}
.grid{display:grid;gap:1.25rem;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr))}
.card{padding:1.25rem;border:1px solid #dfe4ee;border-radius:.75rem}.price{font-size:1.8rem;font-weight:700}
blockquote{margin:0;padding:1rem 1.25rem;border-left:4px solid #2452d6;background:#f7f9fc}
footer{font-size:.9rem;color:#4a5263;border-top:1px solid #dfe4ee}footer a{color:inherit}`

const features = [
  ['Invoices in a minute', 'Pick a customer, add lines, send. VAT, numbering and payment terms are filled in for you, and every invoice carries a payment link.'],
  ['Quotes that become invoices', 'Send a quote, let your customer accept it online, and turn it into an invoice with one click when the work is done.'],
  ['Reminders that go out on time', 'Friendly first reminder, firmer second one: you choose the schedule, Factuurtje sends them and stops as soon as the money is in.'],
  ['Bank feed and matching', 'Connect your business account and incoming payments are matched to open invoices automatically, even partial ones.'],
  ['VAT return ready', 'Every quarter the figures for your VAT return are waiting, with the invoices and receipts that back them up.'],
  ['Your accountant on board', 'Invite your accountant for free. They see the same books you do, and you stop emailing spreadsheets back and forth.'],
]
const plans = [
  ['Start', '€9', 'Up to 10 invoices a month, quotes, reminders and the VAT overview.'],
  ['Plus', '€19', 'Unlimited invoices, bank feed, recurring invoices and your own logo and colours.'],
  ['Team', '€39', 'Everything in Plus for up to five users, with roles, approvals and an accountant login.'],
]
const faq = [
  ['Can I import my customers?', 'Yes: upload a spreadsheet, or move over from most invoicing tools with our importer.'],
  ['Where is my data stored?', 'In data centres in the Netherlands and Germany, encrypted at rest and in transit.'],
  ['Can I cancel any time?', 'Yes, monthly plans stop at the end of the month and you can export everything first.'],
]

export function landingPage({ title, head = '', bodyEnd = '', preferencesLink }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/site.css">
${head}
</head>
<body>
<header><nav><strong>Factuurtje</strong><span><a href="#features">Features</a> · <a href="#pricing">Pricing</a></span></nav></header>
<section class="hero">
<h1>Invoicing for freelancers and small businesses</h1>
<p>Send professional invoices, get paid faster and have your VAT return ready every quarter. Made in Utrecht, used by 12,000 entrepreneurs.</p>
<a class="cta" href="#pricing">Try it free for 30 days</a>
</section>
<section id="features"><h2>Everything you need, nothing you don't</h2><div class="grid">
${features.map(([h, p]) => `<div class="card"><h3>${h}</h3><p>${p}</p></div>`).join('\n')}
</div></section>
<section><blockquote><p>"I used to spend Sunday evenings on invoices. Now it takes ten minutes on Friday afternoon, and my customers pay within a week."</p><p>— Sanne de Vries, interior designer</p></blockquote></section>
<section id="pricing"><h2>Simple pricing</h2><div class="grid">
${plans.map(([n, price, p]) => `<div class="card"><h3>${n}</h3><p class="price">${price}<small>/month</small></p><p>${p}</p><a class="cta" href="#">Choose ${n}</a></div>`).join('\n')}
</div></section>
<section><h2>Questions</h2>
${faq.map(([q, a]) => `<h3>${q}</h3><p>${a}</p>`).join('\n')}
</section>
<footer><p>Factuurtje B.V. · Oudegracht 1, Utrecht · KvK 12345678</p>
<p><a href="/privacy.html">Privacy statement</a> · ${preferencesLink}</p></footer>
${bodyEnd}
</body>
</html>`
}
