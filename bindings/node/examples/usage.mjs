import { parse, parseFile, parseFiles, readDocument, toJsonLd, toIcs } from 'offres'

// A page from text (or a Buffer, to let offres detect Latin-1 or UTF-16).
const page = parse(
  '---\ntitle: Développeur·euse Rust (CDD 2 ans)\nlieu: Lyon\n---\n' +
    'Télétravail possible 2 jours par semaine. Candidatures : recrutement@exemple.gouv.fr\n',
  { path: 'offre-rust.md' },
)
console.log(page.kind, page.status, page.location?.city, page.contracts?.[0]?.kind)
// → posting unknown Lyon cdd

// Field names are snake_case, exactly as in the JSON Schema and the CLI's JSON.
console.log(page.remote?.max_days_per_week, page.apply?.emails)
// → 2 [ 'recrutement@exemple.gouv.fr' ]

// schema.org JobPosting, with what it had to leave out.
if (page.kind === 'posting') {
  const { output, diagnostics } = toJsonLd(page)
  console.log(output['@type'], output.jobLocation.address.addressLocality, diagnostics.length > 0)
  // → JobPosting Lyon true
}

// Errors are SyntaxErrors that say where.
try {
  parse('---\ntitle: [Dev\nopen: true\n---\n', { path: 'cassee.md' })
} catch (err) {
  console.log(err instanceof SyntaxError, err.code, err.path, err.line, err.column)
  // → true yaml_syntax cassee.md 3 5
}

// Many files, parsed off the main thread.
const folder = new URL('../../../tests/fixtures/pages/', import.meta.url).pathname
const pages = await parseFiles([`${folder}posting-yaml.md`, `${folder}team-toml.md`])
console.log(pages.map((p) => p.kind))
// → [ 'posting', 'team' ]

const team = parseFile(`${folder}team-toml.md`)
if (team.kind === 'team') console.log(toIcs(team).output.split('\r\n')[0])
// → BEGIN:VCALENDAR

// What the page says, as written: a Document. Dates stay text; every key has its place.
const doc = readDocument('---\ntitle: Dev\ndate: 2024-03-12\n---\nIntro <!--more-->\n\n## Profil\n\n- Rust\n')
console.log(doc.format, doc.get('date'), doc.fields[1].line, doc.sections[0].title, doc.excerpt.text)
// → yaml 2024-03-12 3 Profil Intro

// Untouched, it writes back byte for byte; an edit rewrites only the edited key's lines.
doc.set('title', 'Développeur·euse Rust')
console.log(doc.toString().split('\n').slice(0, 4))
// → [ '---', 'title: Développeur·euse Rust', 'date: 2024-03-12', '---' ]
