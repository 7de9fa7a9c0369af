// Global data: every page of the folders below, read by offres off the main thread.
// Postings get a URL slug and their schema.org JSON-LD; other kinds are listed apart.
import { readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseFiles, toJsonLd } from 'offres'

const here = (path) => fileURLToPath(new URL(path, import.meta.url))
const folders = [here('../../pages'), here('../../../../../tests/fixtures/pages')]

export default async function () {
  const paths = folders.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => join(dir, f)),
  )
  const pages = await parseFiles(paths)
  const postings = []
  const others = []
  pages.forEach((page, i) => {
    const slug = basename(paths[i], '.md')
    if (page.kind !== 'posting') return others.push({ slug, page })
    const { output, diagnostics } = toJsonLd(page)
    postings.push({ slug, page, jsonld: output, missing: diagnostics.map((d) => d.message) })
  })
  // Open offers first, then the most recent.
  const rank = { open: 0, unknown: 1, closed: 2, filled: 2 }
  postings.sort(
    (a, b) =>
      rank[a.page.status] - rank[b.page.status] ||
      (b.page.date_posted ?? '').localeCompare(a.page.date_posted ?? '') ||
      a.slug.localeCompare(b.slug),
  )
  return { postings, others }
}
