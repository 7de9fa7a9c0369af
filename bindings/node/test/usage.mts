// Type-checked (tsc --noEmit --strict), not run: the typings must let a site narrow a
// page by `kind`, see enums as string literals, and catch misuse at compile time.
import { parse, parseFile, parseFiles, parseOffers, readDocument, readDocumentFile, readDocumentFiles, toIcs, toJsonLd } from 'offres'
import type { Document, DocumentData, Field, FrontMatterValue, Section } from 'offres'
import type { Contract, Export, JobPosting, OffresSyntaxError, Page, Posting, Team } from 'offres'

function describe(page: Page): string {
  switch (page.kind) {
    case 'posting': {
      const contract: Contract['kind'] | undefined = page.contracts?.[0]?.kind
      const status: 'open' | 'closed' | 'filled' | 'unknown' = page.status
      return `${page.role ?? page.title ?? '?'} (${contract ?? 'contrat ?'}, ${status})`
    }
    case 'organisation':
      return page.title ?? 'organisation'
    case 'team':
      return `${page.rituals?.length ?? 0} rituels`
    case 'unclassified':
      return `sans type (${page.diagnostics?.length ?? 0} diagnostics)`
    default: {
      const never: never = page
      return never
    }
  }
}

const page = parse('---\ntitle: Dev\n---\n', { path: 'offre.md' })
describe(page)
describe(parseFile('offre.md'))
const pages: Promise<Page[]> = parseFiles(['a.md', 'b.md'])
void pages
// A national offers file: postings only, as an async iterator.
async function offerTitles(path: string): Promise<string[]> {
  const titles: string[] = []
  for await (const offer of parseOffers(path)) titles.push(offer.title ?? offer.apply?.reference ?? '?')
  return titles
}
void offerTitles

if (page.kind === 'posting') {
  const posting: Posting = page
  const ld: Export<JobPosting> = toJsonLd(posting)
  const type: 'JobPosting' = ld.output['@type']
  void type
  // @ts-expect-error a team has no JSON-LD export
  toJsonLd({ kind: 'team' } as Team)
  // Pay and the frame are typed: periods and versants are closed sets.
  const period: 'hour' | 'day' | 'week' | 'month' | 'year' | null | undefined = posting.pay?.[0]?.period
  const versant: 'etat' | 'territoriale' | 'hospitaliere' | null | undefined = posting.versant
  void period
  void versant
  // @ts-expect-error statuses are a closed set
  const wrong: Posting['status'] = 'pourvu'
  void wrong
}
if (page.kind === 'team') {
  const ics: string = toIcs(page).output
  void ics
}
// @ts-expect-error parse takes text or bytes
parse(42)

try {
  parseFile('missing.md')
} catch (e) {
  const err = e as OffresSyntaxError
  const where: string = `${err.path ?? '-'}:${err.line ?? 0}:${err.column ?? 0} ${err.code}`
  void where
}

// The Document: values as written, typed as JSON values; edits chain like a Map's.
const doc: Document = readDocument('---\ntitle: Dev\n---\nCorps\n', { path: 'offre.md' })
const title: FrontMatterValue | undefined = doc.get('title')
const fields: Field[] = doc.fields
const firstLine: number | undefined = fields[0]?.line
const sections: Section[] = doc.sections
const level: number | undefined = sections[0]?.level
const format: 'yaml' | 'toml' | 'json' | null = doc.format
const edited: boolean = doc.set('open', true).set('tags', ['a', { b: null }]).delete('open')
// @ts-expect-error a Date is not a front matter value: dates are text
doc.set('date', new Date())
const plain: DocumentData = doc.toJSON()
const written: string = doc.toString()
const bytes: Buffer = doc.toBuffer()
const later: Promise<Document[]> = readDocumentFiles(['a.md'])
const typed: Page = readDocumentFile('a.md').toPage()
if (typed.kind === 'posting') toJsonLd(typed, { body: doc.body })
void [title, firstLine, level, format, edited, plain, written, bytes, later]
