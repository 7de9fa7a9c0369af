'use strict'
// offres/eleventy: an Eleventy 3 plugin that reads job postings, team and organisation
// pages with offres and gives them to the site's templates.
//
//   eleventyConfig.addPlugin(offres, { pages: 'jobs/**/*.md' })
//
// adds the global data `offres` ({ postings, teams, organisations, unclassified, pages,
// calendars }),
// the shortcode `offresJsonLd` (a posting's schema.org JobPosting in a safe
// <script type="application/ld+json">, when it has what Google requires) and one iCalendar file per team or organisation
// with scheduled rituals, written by a virtual template. Every fact comes from the
// native core; this file only finds the files, orders the lists and writes HTML.

const { readdirSync } = require('node:fs')
const { join, relative, resolve, sep, basename, extname } = require('node:path')
const offres = require('./index.js')

const STATUS_RANK = { open: 0, unknown: 1, closed: 2, filled: 2 }

/**
 * The plugin. Options: `pages` (a glob or a list of globs, relative to the project
 * folder; required), `dataKey` (the global data name, default `offres`) and
 * `calendarUrl` (where a page's calendar is written, default `/calendriers/<slug>.ics`).
 */
function offresPlugin(eleventyConfig, options = {}) {
  const globs = [].concat(options.pages ?? [])
  if (globs.length === 0 || !globs.every((g) => typeof g === 'string')) {
    throw new TypeError("offres/eleventy: give the pages to read, e.g. { pages: 'jobs/**/*.md' }")
  }
  const dataKey = options.dataKey ?? 'offres'
  const calendarUrl = options.calendarUrl ?? ((item) => `/calendriers/${item.slug}.ics`)

  for (const glob of globs) {
    // The plugin reads these pages itself: Eleventy must not render them as templates.
    eleventyConfig.ignores.add(glob)
    eleventyConfig.addWatchTarget(glob)
  }

  // One read per build, shared by the global data and the calendar template.
  let loading
  eleventyConfig.on('eleventy.before', () => {
    loading = undefined
  })
  const load = () => {
    loading ??= loadPages(findPages(globs, process.cwd()), calendarUrl)
    return loading
  }
  eleventyConfig.addGlobalData(dataKey, load)

  eleventyConfig.addShortcode('offresJsonLd', jsonLdShortcode)

  eleventyConfig.addTemplate(`${dataKey}-calendars.11ty.js`, {
    data: {
      pagination: { data: `${dataKey}.calendars`, size: 1, alias: 'calendarPage' },
      permalink: (data) => data.calendarPage.calendar.url,
      layout: false,
      eleventyExcludeFromCollections: true,
    },
    render: (data) => data.calendarPage.calendar.ics,
  })
}

/** Read the pages and sort them for a site: postings open first, then by date. */
async function loadPages(paths, calendarUrl) {
  const docs = await offres.readDocumentFiles(paths)
  const slugs = new Map()
  const pages = docs.map((doc, i) => {
    const page = doc.toPage()
    const item = {
      slug: uniqueSlug(basename(paths[i], extname(paths[i])), slugs),
      path: relative(process.cwd(), paths[i]).split(sep).join('/'),
      kind: page.kind,
      page,
      sections: sectionsOf(doc),
    }
    if (page.kind === 'posting') {
      const { output, diagnostics } = offres.toJsonLd(page, { body: doc.body })
      item.jsonLd = output
      item.jsonLdMissing = diagnostics
    } else if ((page.rituals ?? []).some((r) => r.rrule)) {
      const { output, diagnostics } = offres.toIcs(page)
      item.calendar = { ics: output, diagnostics }
      item.calendar.url = calendarUrl(item)
    }
    return item
  })
  const postings = pages.filter((p) => p.kind === 'posting')
  postings.sort(
    (a, b) =>
      STATUS_RANK[a.page.status] - STATUS_RANK[b.page.status] ||
      (b.page.date_posted ?? '').localeCompare(a.page.date_posted ?? '') ||
      a.slug.localeCompare(b.slug),
  )
  return {
    postings,
    teams: pages.filter((p) => p.kind === 'team'),
    organisations: pages.filter((p) => p.kind === 'organisation'),
    // Pages with no evidence of a kind: listed so that a site can show or check them,
    // never passed off as one of the others.
    unclassified: pages.filter((p) => p.kind === 'unclassified'),
    calendars: pages.filter((p) => p.calendar),
    pages,
  }
}

function uniqueSlug(name, seen) {
  const base = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-|-$/g, '') || 'page'
  const n = (seen.get(base) ?? 0) + 1
  seen.set(base, n)
  return n === 1 ? base : `${base}-${n}`
}

/**
 * The body as the core reads it: the text before the first heading (title null), then
 * each section with its title, its depth among the sections (0 for the outermost) and
 * its own blocks as HTML (subsections are sections of their own).
 */
function sectionsOf(doc) {
  const sections = doc.sections
  const blocks = doc.blocks
  const own = new Map()
  for (const block of blocks) {
    if (block.kind === 'heading') continue
    const key = block.section ?? -1
    if (!own.has(key)) own.set(key, [])
    own.get(key).push(block)
  }
  const depth = (s) => (s.parent == null ? 0 : 1 + depth(sections[s.parent]))
  const out = sections.map((s, i) => ({
    title: s.title,
    level: s.level,
    depth: depth(s),
    lines: s.span,
    html: blocksHtml(own.get(i) ?? []),
  }))
  const intro = own.get(-1)
  if (intro) out.unshift({ title: null, level: 0, depth: 0, lines: null, html: blocksHtml(intro) })
  return out
}

/** Plain-text blocks as HTML: paragraphs, nested lists, code; every text escaped. */
function blocksHtml(blocks) {
  let html = ''
  const open = [] // the list tags open, innermost last
  const closeTo = (depth) => {
    while (open.length > depth) html += `</li></${open.pop()}>`
  }
  for (const block of blocks) {
    const text = escapeHtml(block.text).replaceAll('\n', '<br>')
    if (block.kind === 'list_item' && block.list_depth > 0) {
      closeTo(block.list_depth)
      if (open.length === block.list_depth) {
        html += '</li><li>'
      } else {
        while (open.length < block.list_depth) {
          const tag = block.ordered ? 'ol' : 'ul'
          open.push(tag)
          html += `<${tag}><li>`
        }
      }
      html += text
      continue
    }
    closeTo(0)
    if (block.kind === 'code') html += `<pre><code>${escapeHtml(block.text)}</code></pre>`
    else if (block.quoted) html += `<blockquote><p>${text}</p></blockquote>`
    else if (text) html += `<p>${text}</p>`
  }
  closeTo(0)
  return html
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * The `<script>` of a posting's JSON-LD (a plugin item, or a posting page as `parse`
 * gives it); nothing when the core says a property Google requires is missing, since
 * Google ignores such a JobPosting (the item's `jsonLdMissing` says what is missing).
 */
function jsonLdShortcode(item) {
  let output
  let diagnostics
  if (item?.jsonLd) [output, diagnostics] = [item.jsonLd, item.jsonLdMissing ?? []]
  else if (item?.kind === 'posting') ({ output, diagnostics } = offres.toJsonLd(item))
  else throw new TypeError('offresJsonLd: expected a posting from the offres data (or a posting page)')
  return diagnostics.some((d) => d.code === 'missing_for_export') ? '' : jsonLdScript(output)
}

/**
 * JSON-LD in a `<script>` element, safe whatever the page says: `<`, `>` and `&` are
 * escaped as JSON escapes, so neither `</script>` nor `<!--` can end or change the
 * element, and U+2028/U+2029 are escaped for parsers that read the JSON as JavaScript.
 */
function jsonLdScript(data) {
  const json = JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return `<script type="application/ld+json">${json}</script>`
}

/** The files matching the globs, sorted, each once. */
function findPages(globs, cwd) {
  const found = new Set()
  for (const glob of globs) {
    const { base, pattern } = splitGlob(glob)
    const root = resolve(cwd, base)
    for (const file of walk(root)) {
      const rel = relative(root, file).split(sep).join('/')
      if (pattern.test(rel)) found.add(file)
    }
  }
  return [...found].sort()
}

/** `jobs/**\/*.md` → the folder to walk (`jobs`) and a pattern for the paths below it. */
function splitGlob(glob) {
  const parts = glob.split('/')
  const magic = parts.findIndex((p) => /[*?[{]/.test(p))
  const base = magic === -1 ? parts.slice(0, -1) : parts.slice(0, magic)
  const rest = parts.slice(base.length).join('/')
  return { base: base.join('/') || '.', pattern: globRegExp(rest) }
}

function globRegExp(glob) {
  let re = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` is any number of folders, none included.
      re += glob[i + 2] === '/' ? '(?:.*/)?' : '.*'
      i += glob[i + 2] === '/' ? 2 : 1
    } else if (c === '*') re += '[^/]*'
    else if (c === '?') re += '[^/]'
    else if (c === '{') {
      const end = glob.indexOf('}', i)
      re += `(?:${glob.slice(i + 1, end).split(',').map(escapeRegExp).join('|')})`
      i = end
    } else if (c === '[') {
      const end = glob.indexOf(']', i)
      re += glob.slice(i, end + 1).replace('[!', '[^')
      i = end
    } else re += escapeRegExp(c)
  }
  return new RegExp(`^${re}$`)
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

function* walk(dir) {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return
  }
  for (const entry of entries) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* walk(path)
    else if (entry.isFile()) yield path
  }
}

module.exports = offresPlugin
module.exports.default = offresPlugin
module.exports.jsonLdScript = jsonLdScript
module.exports.jsonLdShortcode = jsonLdShortcode
module.exports.findPages = findPages
module.exports.loadPages = loadPages
