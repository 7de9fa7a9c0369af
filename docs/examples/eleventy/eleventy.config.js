// A jobs site from Markdown pages: offres reads the pages (src/_data/offres.js), Eleventy
// renders an index and one page per posting, with schema.org JobPosting JSON-LD.
export default function (eleventyConfig) {
  // JSON inside <script>: escape "<" so a page's text can never close the element.
  eleventyConfig.addFilter('jsonld', (value) => JSON.stringify(value, null, 2).replaceAll('<', '\\u003c'))
  eleventyConfig.addFilter('contract', (posting) =>
    (posting.contracts ?? []).map((c) => CONTRACTS[c.kind] ?? c.kind).join(' ou ') || '—',
  )
  eleventyConfig.addFilter('remote', (posting) => {
    const r = posting.remote
    if (!r) return '—'
    if (!r.allowed) return 'non'
    if (r.full_remote) return 'complet'
    return r.max_days_per_week ? `${r.max_days_per_week} j/sem.` : 'possible'
  })
  eleventyConfig.addFilter('statusLabel', (status) => STATUSES[status] ?? status)
  return { dir: { input: 'src', output: '_site' } }
}

const CONTRACTS = {
  cdd: 'CDD',
  cdi: 'CDI',
  civil_servant: 'Fonctionnaire',
  freelance: 'Freelance',
  internship: 'Stage',
  apprenticeship: 'Alternance',
  volunteer: 'Service civique',
}

const STATUSES = { open: 'Ouverte', closed: 'Clôturée', filled: 'Pourvue', unknown: 'Non précisé' }
