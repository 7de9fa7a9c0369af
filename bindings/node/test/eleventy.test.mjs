// offres/eleventy, without Eleventy: what the plugin registers on the configuration, the
// data it gives templates, and JSON-LD that no page text can break out of. The example
// site (docs/examples/eleventy) runs it in a real Eleventy build and a real browser.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import offresPlugin, { findPages, jsonLdScript } from 'offres/eleventy'
import { parseFile, readDocumentFile, toJsonLd } from 'offres'
import { fixtures, root } from './helpers.mjs'

/** Just enough of Eleventy's configuration API to record what a plugin adds. */
function fakeConfig() {
  const added = { ignores: new Set(), watch: [], data: {}, shortcodes: {}, templates: {}, listeners: {} }
  return {
    added,
    ignores: added.ignores,
    addWatchTarget: (glob) => added.watch.push(glob),
    addGlobalData: (name, value) => (added.data[name] = value),
    addShortcode: (name, fn) => (added.shortcodes[name] = fn),
    addTemplate: (path, content, data) => (added.templates[path] = { content, data }),
    on: (event, fn) => (added.listeners[event] = fn),
  }
}

const glob = `${relative(process.cwd(), fixtures).split('\\').join('/')}/*.md`

test('the plugin wants to know which pages to read', () => {
  assert.throws(() => offresPlugin(fakeConfig(), {}), TypeError)
  assert.throws(() => offresPlugin(fakeConfig()), TypeError)
})

test('the plugin registers data, a shortcode and a calendar template, and ignores the pages', async () => {
  const config = fakeConfig()
  offresPlugin(config, { pages: glob })
  const { added } = config
  assert.deepEqual([...added.ignores], [glob])
  assert.deepEqual(added.watch, [glob])
  assert.equal(typeof added.shortcodes.offresJsonLd, 'function')
  const template = added.templates['offres-calendars.11ty.js']
  assert.equal(template.content.data.pagination.data, 'offres.calendars')

  const data = await added.data.offres()
  const paths = findPages([glob], process.cwd())
  assert.equal(data.pages.length, paths.length)
  assert.equal(
    data.postings.length + data.teams.length + data.organisations.length + data.unclassified.length,
    paths.length,
  )
  assert.ok(data.unclassified.every((item) => item.kind === 'unclassified'))
  // The kinds are the core's.
  data.pages.forEach((item, i) => assert.deepEqual(item.page, parseFile(paths[i])))

  // Open first, then unknown, then closed and filled.
  const ranks = data.postings.map((p) => ({ open: 0, unknown: 1, closed: 2, filled: 2 })[p.page.status])
  assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b))
  assert.ok(ranks.includes(0) && ranks.includes(2))

  // One calendar per page with a scheduled ritual, written where the template says.
  const scheduled = data.pages.filter((p) => (p.page.rituals ?? []).some((r) => r.rrule))
  assert.deepEqual(data.calendars, scheduled)
  assert.ok(data.calendars.length >= 1)
  for (const item of data.calendars) {
    const page = { calendarPage: item }
    assert.equal(template.content.data.permalink(page), `/calendriers/${item.slug}.ics`)
    assert.match(template.content.render(page), /^BEGIN:VCALENDAR\r\n[^]*BEGIN:VEVENT[^]*END:VCALENDAR\r\n$/)
  }
  // The same data for the shortcode's page and the calendar's, read once per build.
  assert.equal(await added.data.offres(), data)
  added.listeners['eleventy.before']()
  assert.notEqual(await added.data.offres(), data)
})

test('sections carry the body the core reads, as escaped HTML', async () => {
  const config = fakeConfig()
  offresPlugin(config, { pages: glob })
  const data = await config.added.data.offres()
  const item = data.pages.find((p) => p.path.endsWith('setext-and-bold.md'))
  const doc = readDocumentFile(join(fixtures, 'setext-and-bold.md'))
  assert.deepEqual(
    item.sections.filter((s) => s.title).map((s) => s.title),
    doc.sections.map((s) => s.title),
  )
  for (const section of data.pages.flatMap((p) => p.sections)) {
    assert.ok(!/<(?!\/?(p|ul|ol|li|br|pre|code|blockquote)>)/.test(section.html), section.html)
  }
  // A posting's JSON-LD description is rendered from the whole body, not the excerpt.
  const posting = data.postings.find((p) => p.path.endsWith('posting-yaml.md'))
  assert.ok(posting.jsonLd.description.length > posting.page.excerpt.length * 2)
})

test('JSON-LD in a script element survives a hostile posting', () => {
  const title = 'Dev </script><script>alert(1)</script> <!-- <script> --> \u2028\u2029 & </SCRIPT >'
  const posting = { '@context': 'https://schema.org', '@type': 'JobPosting', title, description: '<p>x</p>' }
  const html = jsonLdScript(posting)
  const inner = html.slice('<script type="application/ld+json">'.length, -'</script>'.length)
  assert.equal(html.match(/<\/script/gi).length, 1, 'only the closing tag closes the element')
  assert.ok(!/<!--|<script|[\u2028\u2029<>]/i.test(inner), inner)
  assert.deepEqual(JSON.parse(inner), posting)
  // Through the shortcode, from a plugin item or a posting page.
  const config = fakeConfig()
  offresPlugin(config, { pages: glob })
  const shortcode = config.added.shortcodes.offresJsonLd
  assert.equal(shortcode({ jsonLd: posting, jsonLdMissing: [] }), html)
  const page = parseFile(join(fixtures, 'posting-yaml.md'))
  assert.match(shortcode(page), /^<script type="application\/ld\+json">\{"@context"/)
  assert.throws(() => shortcode({ kind: 'team' }), TypeError)
})

test('no JSON-LD for a posting that lacks what Google requires', () => {
  const config = fakeConfig()
  offresPlugin(config, { pages: glob })
  const shortcode = config.added.shortcodes.offresJsonLd
  // No date, no place, no hiring organisation: the core says so, the shortcode writes nothing.
  const page = parseFile(join(fixtures, 'yaml-comments.md'))
  const { diagnostics } = toJsonLd(page)
  assert.ok(diagnostics.some((d) => d.code === 'missing_for_export'))
  assert.equal(shortcode(page), '')
  assert.equal(shortcode({ jsonLd: toJsonLd(page).output, jsonLdMissing: diagnostics }), '')
})

test('globs: ** spans folders, braces and classes, paths relative to the project', () => {
  const cwd = root
  const md = findPages(['tests/fixtures/**/*.md'], cwd)
  assert.ok(md.some((p) => p.includes('/pages/')) && md.some((p) => p.includes('/broken/')))
  assert.deepEqual(findPages(['tests/fixtures/pages/*.md'], cwd), md.filter((p) => /\/pages\/[^/]+$/.test(p)))
  assert.deepEqual(
    findPages(['tests/fixtures/pages/{latin1,team-toml}.md'], cwd).map((p) => p.split('/').pop()),
    ['latin1.md', 'team-toml.md'],
  )
  assert.deepEqual(
    findPages(['tests/fixtures/pages/posting-[bc]*.md'], cwd).map((p) => p.split('/').pop()),
    ['posting-bom.md', 'posting-crlf.md'],
  )
  assert.deepEqual(findPages(['tests/fixtures/pages/team-toml.md'], cwd), [join(fixtures, 'team-toml.md')])
  assert.deepEqual(findPages(['no/such/folder/*.md'], cwd), [])
  // A file listed by two globs is read once.
  assert.equal(findPages(['tests/fixtures/pages/*.md', 'tests/fixtures/pages/latin1.md'], cwd).length, findPages(['tests/fixtures/pages/*.md'], cwd).length)
  assert.ok(readFileSync(md[0]).length > 0)
})
