// Type-checked (tsc --noEmit --strict), not run: the typings must let a site narrow a
// page by `kind`, see enums as string literals, and catch misuse at compile time.
import { parse, parseFile, parseFiles, toIcs, toJsonLd } from 'offres'
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

if (page.kind === 'posting') {
  const posting: Posting = page
  const ld: Export<JobPosting> = toJsonLd(posting)
  const type: 'JobPosting' = ld.output['@type']
  void type
  // @ts-expect-error a team has no JSON-LD export
  toJsonLd({ kind: 'team' } as Team)
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
