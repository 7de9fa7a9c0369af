// The built site (run `npm run build` first): one listing entry per posting page, closed
// and filled offers marked, JSON-LD on every posting page; and, where a Chromium is
// installed, the index renders in a headless browser (screenshot kept in _site/).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const site = fileURLToPath(new URL('../_site/', import.meta.url))
const index = readFileSync(join(site, 'index.html'), 'utf8')
const rows = [...index.matchAll(/<tr class="offer offer-(\w+)" data-status="\w+">\s*<td><a href="\/offres\/([^/]+)\/">/g)].map(
  ([, status, slug]) => ({ status, slug }),
)
const pageSlugs = readdirSync(join(site, 'offres')).sort()

test('the index lists one entry per posting page, and nothing else', () => {
  assert.ok(pageSlugs.length >= 4)
  assert.deepEqual(rows.map((r) => r.slug).sort(), pageSlugs)
})

test('closed and filled offers are marked as such', () => {
  const status = Object.fromEntries(rows.map((r) => [r.slug, r.status]))
  assert.equal(status['2025-09-developpeur-fullstack-signalement'], 'open')
  assert.equal(status['2023-05-designer-demarches'], 'closed')
  assert.equal(status['2024-02-stage-data-ecoles'], 'filled')
  assert.match(index, /offer-closed[^]*?Clôturée/)
  assert.match(index, /offer-filled[^]*?Pourvue/)
  // Open offers come first.
  assert.equal(rows[0].status, 'open')
})

test('the index shows organisation, contract and telework', () => {
  const row = index.match(/<tr class="offer offer-open"[^]*?signalement\/">[^]*?<\/tr>/)[0]
  assert.match(row, /Signalement Voirie/)
  assert.match(row, /<td>CDI<\/td>/)
  assert.match(row, /<td>2 j\/sem\.<\/td>/)
})

test('every posting page carries schema.org JobPosting JSON-LD', () => {
  for (const slug of pageSlugs) {
    const html = readFileSync(join(site, 'offres', slug, 'index.html'), 'utf8')
    const script = html.match(/<script type="application\/ld\+json">([^]*?)<\/script>/)
    assert.ok(script, `${slug}: no JSON-LD`)
    const ld = JSON.parse(script[1])
    assert.equal(ld['@context'], 'https://schema.org')
    assert.equal(ld['@type'], 'JobPosting')
  }
  const ld = JSON.parse(
    readFileSync(join(site, 'offres/2025-10-cheffe-de-projet-transport/index.html'), 'utf8').match(
      /<script type="application\/ld\+json">([^]*?)<\/script>/,
    )[1],
  )
  assert.equal(ld.jobLocation.address.addressLocality, 'Bordeaux')
  assert.equal(ld.datePosted, '2025-10-02')
})

const chromium = ['chromium', 'chromium-browser', 'google-chrome'].find((bin) => {
  try {
    execFileSync('which', [bin], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})

test('the index renders in headless Chromium', { skip: !chromium && 'no Chromium installed' }, () => {
  const shot = join(site, 'screenshot.png')
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--window-size=1100,800']
  execFileSync(chromium, [...flags, `--screenshot=${shot}`, `file://${join(site, 'index.html')}`], { stdio: 'ignore', timeout: 60000 })
  assert.ok(existsSync(shot) && statSync(shot).size > 10000, 'screenshot written')
  // The DOM after rendering still has every row: the page is valid enough for a browser.
  const dom = execFileSync(chromium, [...flags, '--dump-dom', `file://${join(site, 'index.html')}`], { encoding: 'utf8', timeout: 60000, stdio: ['ignore', 'pipe', 'ignore'] })
  assert.equal((dom.match(/<tr class="offer /g) ?? []).length, rows.length)
  console.log(`# screenshot: ${shot}`)
})
