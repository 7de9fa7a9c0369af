// The built HTML (run `npm run build` first), without a browser: one listing entry per
// posting page, one calendar per team with scheduled rituals, JSON-LD where it belongs,
// and a configuration that leaves everything to the offres plugin.
// test/browser.test.js renders the same site in headless Chromium.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const site = fileURLToPath(new URL('../_site/', import.meta.url))
const index = readFileSync(join(site, 'index.html'), 'utf8')
const rows = [...index.matchAll(/<tr class="offer offer-(\w+)" data-status="\w+">\s*<td><a href="\/offres\/([^/]+)\/">/g)].map(
  ([, status, slug]) => ({ status, slug }),
)
const pageSlugs = readdirSync(join(site, 'offres')).sort()
const jsonLd = (slug) => {
  const html = readFileSync(join(site, 'offres', slug, 'index.html'), 'utf8')
  const script = html.match(/<script type="application\/ld\+json">([^]*?)<\/script>/)
  return script && JSON.parse(script[1])
}

test('the configuration only adds the offres plugin', () => {
  const config = readFileSync(fileURLToPath(new URL('../eleventy.config.js', import.meta.url)), 'utf8')
  assert.match(config, /addPlugin\(offres,/)
  assert.doesNotMatch(config, /add(Filter|Shortcode|GlobalData|Collection|Template)\b/)
})

test('the index lists one entry per posting page, and nothing else', () => {
  assert.ok(pageSlugs.length >= 4)
  assert.deepEqual(rows.map((r) => r.slug).sort(), pageSlugs)
})

test('the index shows organisation, contract, telework and place', () => {
  const row = index.match(/<tr class="offer offer-open"[^]*?signalement\/">[^]*?<\/tr>/)[0]
  assert.match(row, /Signalement Voirie/)
  assert.match(row, /<td>CDI<\/td>/)
  assert.match(row, /<td>2 j\/sem\.<\/td>/)
  assert.match(row, /<td>Lyon<\/td>/)
})

test('one calendar per team page with scheduled rituals, linked from the index', () => {
  const links = [...index.matchAll(/<a class="calendar" href="(\/calendriers\/[^"]+\.ics)"/g)].map((m) => m[1])
  const files = readdirSync(join(site, 'calendriers')).map((f) => `/calendriers/${f}`)
  assert.ok(links.length >= 1)
  assert.deepEqual(links.sort(), files.sort())
  for (const file of files) {
    const ics = readFileSync(join(site, file), 'utf8')
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/)
    assert.ok((ics.match(/BEGIN:VEVENT/g) ?? []).length >= 1, file)
  }
})

test('posting pages carry JSON-LD from the whole page, or say why not', () => {
  const ld = jsonLd('2025-10-cheffe-de-projet-transport')
  assert.equal(ld['@type'], 'JobPosting')
  assert.equal(ld.jobLocation.address.addressLocality, 'Bordeaux')
  assert.equal(ld.datePosted, '2025-10-02')
  // The description is the body, sections included, not only the excerpt.
  assert.match(ld.description, /<h2>/)
  for (const slug of pageSlugs) {
    const html = readFileSync(join(site, 'offres', slug, 'index.html'), 'utf8')
    assert.ok(Boolean(jsonLd(slug)) !== html.includes('class="jsonld-missing"'), slug)
  }
})
