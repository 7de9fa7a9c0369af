// The built site (run `npm run build` first) in headless Chromium, served on localhost:
// the listing puts open offers first and marks closed and filled ones, and every posting
// page's JSON-LD parses and carries what Google requires of a JobPosting. Uses Debian's
// Chromium (/usr/bin/chromium, or $CHROMIUM); never downloads a browser. Skips when no
// Chromium is installed, unless OFFRES_REQUIRE_BROWSER is set (CI sets it).
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { jsonLdScript } from 'offres/eleventy'

const site = fileURLToPath(new URL('../_site/', import.meta.url))
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium'
const present = existsSync(executablePath)
if (!present && process.env.OFFRES_REQUIRE_BROWSER) throw new Error(`no Chromium at ${executablePath}`)
const skip = !present && `no Chromium at ${executablePath}`

// Flags for a closed network: no background connections, no first-run work.
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

const TYPES = { '.html': 'text/html; charset=utf-8', '.ics': 'text/calendar; charset=utf-8', '.png': 'image/png' }
let server
let browser
let origin

before(async () => {
  if (skip) return
  server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
    let file = join(site, path)
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html')
    if (!file.startsWith(site) || !existsSync(file)) {
      res.writeHead(404).end('not found')
      return
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file))
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${server.address().port}`
  browser = await chromium.launch({ executablePath, args, headless: true })
})

after(async () => {
  await browser?.close()
  server?.close()
})

const RANK = { open: 0, unknown: 1, closed: 2, filled: 2 }

test('the listing puts open offers first and marks closed and filled ones', { skip }, async () => {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } })
  await page.goto(`${origin}/`)
  const rows = await page.$$eval('#offres tbody tr', (trs) =>
    trs.map((tr) => ({
      status: tr.dataset.status,
      href: tr.querySelector('a').getAttribute('href'),
      label: tr.querySelector('.status').textContent.trim(),
      struck: getComputedStyle(tr.querySelector('a')).textDecorationLine,
      color: getComputedStyle(tr).color,
    })),
  )
  assert.ok(rows.length >= 4)
  assert.equal(rows[0].status, 'open')
  const ranks = rows.map((r) => RANK[r.status])
  assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), 'open, then unknown, then closed and filled')
  const closed = rows.find((r) => r.href === '/offres/2023-05-designer-demarches/')
  const filled = rows.find((r) => r.href === '/offres/2024-02-stage-data-ecoles/')
  assert.deepEqual([closed.status, closed.label, closed.struck], ['closed', 'Clôturée', 'line-through'])
  assert.deepEqual([filled.status, filled.label, filled.struck], ['filled', 'Pourvue', 'line-through'])
  const open = rows.find((r) => r.href === '/offres/2025-09-developpeur-fullstack-signalement/')
  assert.deepEqual([open.status, open.label], ['open', 'Ouverte'])
  assert.notEqual(open.struck, 'line-through')
  assert.notEqual(closed.color, open.color, 'closed offers are greyed')
  await page.screenshot({ path: join(site, 'screenshot.png'), fullPage: true })
  await page.close()
})

test('every posting page carries JobPosting JSON-LD with what Google requires, or says what is missing', { skip }, async () => {
  const page = await browser.newPage()
  await page.goto(`${origin}/`)
  const hrefs = await page.$$eval('#offres tbody a', (as) => as.map((a) => a.getAttribute('href')))
  const withJsonLd = []
  for (const href of hrefs) {
    await page.goto(origin + href)
    const scripts = await page.$$eval('script[type="application/ld+json"]', (els) => els.map((e) => e.textContent))
    if (scripts.length === 0) {
      // Left out on purpose: the page says which required property is missing.
      const missing = await page.$$eval('.jsonld-missing li', (lis) => lis.map((li) => li.textContent))
      assert.ok(missing.length > 0, `${href}: neither JSON-LD nor the reason`)
      continue
    }
    assert.equal(scripts.length, 1, href)
    const ld = JSON.parse(scripts[0])
    assert.equal(ld['@context'], 'https://schema.org', href)
    assert.equal(ld['@type'], 'JobPosting', href)
    for (const key of ['title', 'description', 'datePosted']) assert.ok(typeof ld[key] === 'string' && ld[key].length > 0, `${href}: ${key}`)
    assert.match(ld.datePosted, /^\d{4}-\d{2}-\d{2}/, href)
    assert.ok(ld.hiringOrganization?.name, `${href}: hiringOrganization.name`)
    const remoteOnly = ld.jobLocationType === 'TELECOMMUTE' && ld.applicantLocationRequirements
    assert.ok(remoteOnly || ld.jobLocation?.address?.addressLocality || ld.jobLocation?.address?.streetAddress, `${href}: jobLocation`)
    // validThrough wherever the page shows a closing date.
    const closing = await page.$eval('[data-fact="closing"] time', (t) => t.getAttribute('datetime')).catch(() => null)
    if (closing) assert.ok(ld.validThrough?.startsWith(closing), `${href}: validThrough ${ld.validThrough} for ${closing}`)
    // The title on the page is the JSON-LD title.
    assert.equal(await page.$eval('h1', (h) => h.textContent.trim()), ld.title, href)
    withJsonLd.push(href)
  }
  // The example's own postings are complete.
  for (const slug of ['2025-09-developpeur-fullstack-signalement', '2025-10-cheffe-de-projet-transport', '2024-02-stage-data-ecoles', '2023-05-designer-demarches']) {
    assert.ok(withJsonLd.includes(`/offres/${slug}/`), slug)
  }
  await page.close()
})

test('a posting page shows its facts and its sections', { skip }, async () => {
  const page = await browser.newPage()
  await page.goto(`${origin}/offres/2025-10-cheffe-de-projet-transport/`)
  const facts = await page.$$eval('[data-fact]', (dds) => Object.fromEntries(dds.map((d) => [d.dataset.fact, d.textContent.trim()])))
  assert.equal(facts.place.includes('Bordeaux'), true, JSON.stringify(facts))
  assert.ok(facts.contract && facts.contract !== '—', JSON.stringify(facts))
  const headings = await page.$$eval('article.body h2, article.body h3', (hs) => hs.map((h) => h.textContent.trim()))
  assert.ok(headings.length >= 2, JSON.stringify(headings))
  await page.close()
})

test('a hostile title cannot break out of the JSON-LD script in a browser', { skip }, async () => {
  const posting = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Dev </script><script>window.pwned = 1</script><!-- <script> \u2028\u2029 --> </SCRIPT >',
  }
  const page = await browser.newPage()
  await page.setContent(`<!doctype html><html><head>${jsonLdScript(posting)}</head><body><p id="after">après</p></body></html>`)
  const scripts = await page.$$eval('script', (els) => els.map((e) => ({ type: e.type, text: e.textContent })))
  assert.equal(scripts.length, 1)
  assert.deepEqual(JSON.parse(scripts[0].text), posting)
  assert.equal(await page.evaluate(() => window.pwned), undefined)
  assert.equal(await page.$eval('#after', (p) => p.textContent), 'après')
  await page.close()
})

test('team calendars are served as iCalendar files', { skip }, async () => {
  const page = await browser.newPage()
  await page.goto(`${origin}/`)
  const links = await page.$$eval('#equipes a.calendar', (as) => as.map((a) => a.getAttribute('href')))
  assert.ok(links.length >= 1)
  for (const href of links) {
    const response = await page.request.get(origin + href)
    assert.equal(response.status(), 200)
    assert.match(response.headers()['content-type'], /^text\/calendar/)
    assert.match(await response.text(), /^BEGIN:VCALENDAR\r\n[^]*BEGIN:VEVENT/)
  }
  await page.close()
})
