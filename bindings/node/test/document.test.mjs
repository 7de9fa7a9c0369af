// The Document: front matter as written with positions, the body's structure, and writing
// back. Checked over every fixture page and, when present, the shared corpora: what is
// read matches the file, an untouched page writes back byte for byte, and an edit
// changes only the edited key's lines.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { Document, parse, readDocument, readDocumentFile, readDocumentFiles } from 'offres'
import { broken, corpus, files, fixtures } from './helpers.mjs'

const corpusPages = ['dev', 'beta-jobs', 'seeds'].flatMap((dir) => files(join(corpus, dir)).filter((f) => /\.(md|txt)$/.test(f)))
const fixturePages = files(fixtures, '.md')
const pages = [...fixturePages, ...corpusPages]
const noCorpus = corpusPages.length === 0 && 'no ../shared/corpus'

/** The documents that read (a few corpus pages are broken on purpose). */
function readable(paths) {
  return paths.flatMap((path) => {
    try {
      return [{ path, doc: readDocumentFile(path) }]
    } catch (err) {
      assert.ok(err instanceof SyntaxError, `${path}: ${err}`)
      return []
    }
  })
}

test('an untouched document writes back byte for byte: fixtures', () => {
  assert.ok(fixturePages.length >= 19)
  for (const path of fixturePages) {
    const bytes = readFileSync(path)
    const doc = readDocumentFile(path)
    assert.equal(doc.edited, false)
    assert.ok(doc.toBuffer().equals(bytes), path)
    assert.ok(readDocument(bytes).toBuffer().equals(bytes), path)
    if (doc.encoding === 'utf8' || doc.encoding === 'utf8_bom') {
      const text = bytes.toString('utf8')
      assert.equal(readDocument(text).toString(), text, path)
    }
  }
})

test('an untouched document writes back byte for byte: shared corpora', { skip: noCorpus }, () => {
  const docs = readable(corpusPages)
  assert.ok(docs.length >= corpusPages.length - 5, `${docs.length} of ${corpusPages.length} read`)
  for (const { path, doc } of docs) {
    assert.ok(doc.toBuffer().equals(readFileSync(path)), path)
    const text = readFileSync(path, 'utf8')
    if (doc.encoding === 'utf8') assert.equal(readDocument(text).toString(), text, path)
  }
})

test('every key is where the file says, its value as written', () => {
  let checked = 0
  for (const { path, doc } of readable(pages)) {
    const lines = doc.text.split('\n')
    const keys = doc.keys()
    assert.deepEqual(
      doc.fields.map((f) => f.key),
      keys,
    )
    for (const { key, value, line, column } of doc.fields) {
      // Columns count characters, as JavaScript strings do for French text.
      const at = [...lines[line - 1]].slice(column - 1).join('')
      assert.ok([key, `"${key}"`, `'${key}'`].some((k) => at.startsWith(k)), `${path}:${line}:${column} ${JSON.stringify(at)} for ${key}`)
      assert.deepEqual(doc.get(key), value)
      assert.ok(doc.has(key))
      checked++
    }
    assert.deepEqual(Object.keys(doc.data).sort(), [...keys].sort(), path)
    const span = doc.frontMatterLines
    if (span && doc.fields.length) {
      assert.ok(doc.fields.every((f) => f.line >= span.start && f.line <= span.end), path)
    }
  }
  assert.ok(checked > 50, `${checked} keys checked`)
})

test('dates and times stay the text the page wrote, in every format', () => {
  const yaml = readDocumentFile(join(fixtures, 'posting-yaml.md'))
  assert.equal(yaml.format, 'yaml')
  assert.equal(yaml.get('date'), '2024-03-12')
  const toml = readDocumentFile(join(fixtures, 'team-toml.md'))
  assert.equal(toml.format, 'toml')
  assert.equal(toml.data.date, '2023-05-02')
  const doc = readDocument('---\nday: 2024-03-12\nwhen: 2024-03-12T09:30:00+01:00\nmonth: 2024-03\nbad: 2024-13-45\n---\n')
  assert.deepEqual(doc.data, { day: '2024-03-12', when: '2024-03-12T09:30:00+01:00', month: '2024-03', bad: '2024-13-45' })
  // A date that is not one is kept, and said so.
  assert.ok(doc.diagnostics.some((d) => d.code === 'malformed_date' && d.line === 5))
  const json = readDocumentFile(join(fixtures, 'organisation-json.md'))
  assert.equal(json.format, 'json')
  assert.deepEqual(json.get('parent'), { name: 'Direction du numérique', acronym: 'DNUM' })
})

test('key order is the order written, nested maps included', () => {
  const doc = readDocument('---\nzeta: 1\nalpha:\n  k: 1\n  b: 2\nmid: [3, 1]\n---\n')
  assert.deepEqual(doc.keys(), ['zeta', 'alpha', 'mid'])
  assert.deepEqual(Object.keys(doc.data), ['zeta', 'alpha', 'mid'])
  assert.deepEqual(Object.keys(doc.data.alpha), ['k', 'b'])
  assert.deepEqual(
    doc.fields.map((f) => [f.key, f.line, f.column]),
    [
      ['zeta', 2, 1],
      ['alpha', 3, 1],
      ['mid', 6, 1],
    ],
  )
})

test('sections, excerpt and blocks are where the file puts them', () => {
  let headings = 0
  for (const { path, doc } of readable(pages)) {
    const lines = doc.text.split('\n')
    const sections = doc.sections
    const blocks = doc.blocks
    for (const s of sections) {
      const line = lines[s.heading_line - 1]
      if (s.kind === 'atx') assert.match(line, /^\s*(?:(?:[-*+>]|\d+[.)])\s*)*#{1,6}/, `${path}:${s.heading_line}`)
      if (s.kind === 'setext') assert.match(lines[s.span.start] ?? '', /^ {0,3}(=+|-+)\s*$/, `${path}:${s.heading_line}`)
      if (s.kind === 'bold') assert.match(line, /[*_]|<(b|strong|em)>/i, `${path}:${s.heading_line}`)
      assert.ok(s.level >= 1 && s.level <= 7)
      assert.equal(blocks[s.heading_block].kind, 'heading')
      assert.equal(blocks[s.heading_block].span.start, s.heading_line, `${path}:${s.heading_line}`)
      assert.ok(s.span.start <= s.span.end && s.span.start === s.heading_line, path)
      headings++
    }
    const excerpt = doc.excerpt
    if (excerpt) {
      assert.ok(lines.slice(excerpt.span.start - 1, excerpt.span.end).join('\n').includes(excerpt.text.split('\n')[0]), path)
    }
    // The body is the text after the front matter.
    assert.ok(doc.text.endsWith(doc.body), path)
  }
  assert.ok(headings > 100 || noCorpus, `${headings} headings checked`)
  const doc = readDocumentFile(join(fixtures, 'setext-and-bold.md'))
  assert.deepEqual(
    doc.sections.map((s) => [s.title, s.level, s.kind]).slice(0, 2),
    [
      ['Le contexte', 1, 'setext'],
      ['Votre profil', 2, 'setext'],
    ],
  )
})

/** The lines of an entry: from its key's line up to the next key's (or the closer). */
// The lines of a key's entry: from its key to the next key or the closer, less the blank
// and comment lines that end that stretch (the writer keeps them where they are).
function entryLines(doc, key) {
  const sorted = [...doc.fields].sort((a, b) => a.line - b.line)
  const i = sorted.findIndex((f) => f.key === key)
  let next = sorted[i + 1]?.line ?? doc.frontMatterLines.end
  const lines = doc.text.split('\n')
  while (next - 1 > sorted[i].line && /^\s*(#.*)?$/.test(lines[next - 2])) next--
  return { start: sorted[i].line, next }
}

test('setting one YAML key rewrites only that key’s lines, byte for byte', () => {
  const path = join(fixtures, 'posting-yaml.md')
  const before = readFileSync(path, 'utf8')
  const doc = readDocument(before)
  const { start, next } = entryLines(doc, 'tags')
  doc.set('tags', ['recrutement', 'données'])
  assert.equal(doc.edited, true)
  const after = doc.toString()
  const [b, a] = [before.split('\n'), after.split('\n')]
  assert.deepEqual(a.slice(0, start - 1), b.slice(0, start - 1))
  assert.deepEqual(a.slice(start - 1 + 3), b.slice(next - 1))
  assert.deepEqual(a.slice(start - 1, start + 2), ['tags:', '- recrutement', '- données'])
  assert.ok(doc.toBuffer().equals(Buffer.from(after)))
})

/** Edit each key of each page in turn; what went wrong, by page and key. */
function editEachKey(docs) {
  const wrong = []
  let edits = 0
  for (const { path, doc } of docs) {
    const source = doc.toString()
    const before = doc.text.split('\n')
    for (const { key } of doc.fields) {
      const edited = readDocument(source)
      const { start, next } = entryLines(edited, key)
      edited.set(key, 'Valeur modifiée')
      const again = readDocument(edited.toString())
      const after = again.text.split('\n')
      const where = `${basename(path)}: ${key}`
      edits++
      if (!isDeepStrictEqual(after.slice(0, start - 1), before.slice(0, start - 1))) wrong.push(`${where}: lines before it changed`)
      else if (!isDeepStrictEqual(after.slice(start), before.slice(next - 1))) wrong.push(`${where}: lines after it changed`)
      else if (again.get(key) !== 'Valeur modifiée') wrong.push(`${where}: reads back as ${JSON.stringify(again.get(key))}`)
      else if (doc.fields.some((o) => o.key !== key && !isDeepStrictEqual(again.get(o.key), o.value))) wrong.push(`${where}: another value changed`)
    }
  }
  return { wrong, edits }
}

// Pages whose YAML front matter opens the file and whose closer ends its line; on the
// others the core repairs the front matter as it writes it (see the todo test below).
const yamlPages = readable(pages).filter(({ doc }) => doc.format === 'yaml' && !doc.diagnostics.some((d) => d.code === 'duplicate_key'))
const wellFormed = ({ doc }) => doc.text.startsWith('---\n') && doc.text.split('\n').length > doc.frontMatterLines.end

test('setting any YAML key changes only its lines, over every page', () => {
  const { wrong, edits } = editEachKey(yamlPages.filter(wellFormed))
  assert.deepEqual(wrong, [])
  assert.ok(edits > 40, `${edits} edits`)
})

test(
  'setting a key keeps what lies before the front matter, a missing opener and a missing last newline',
  { todo: 'the core rewrites the front matter whole there: drops lines before it, adds the opener and a newline' },
  () => {
    const { wrong } = editEachKey(yamlPages.filter((p) => !wellFormed(p)))
    assert.deepEqual(wrong, [])
  },
)

test('YAML keys spelled like YAML 1.1 booleans stay keys', { todo: 'the core reads the keys y, n, yes, no… as true and false' }, () => {
  const doc = readDocument('---\nx: 1\ny: 2\nn: 3\n---\n')
  assert.deepEqual(doc.keys(), ['x', 'y', 'n'])
})

test('TOML and JSON front matter keep every other value through an edit', () => {
  for (const name of ['team-toml.md', 'organisation-json.md']) {
    const doc = readDocumentFile(join(fixtures, name))
    const before = doc.data
    doc.set('title', 'Nouveau titre').delete(doc.keys().at(-1))
    const again = readDocument(doc.toString())
    assert.equal(again.format, doc.format)
    const expected = { ...before, title: 'Nouveau titre' }
    delete expected[Object.keys(before).at(-1)]
    assert.deepEqual(again.data, expected, name)
    // The body is untouched.
    assert.equal(again.body, doc.body)
  }
})

test('set adds at the end, delete removes, values keep their JSON types', () => {
  const doc = readDocument('---\ntitle: Dev\nopen: true\n---\nCorps\n')
  assert.equal(doc.set('open', false), doc)
  doc.set('count', 3).set('ratio', 0.8).set('where', { city: 'Lyon', days: [1, 2] }).set('none', null)
  assert.equal(doc.delete('title'), true)
  assert.equal(doc.delete('title'), false)
  assert.deepEqual(doc.keys(), ['open', 'count', 'ratio', 'where', 'none'])
  const again = readDocument(doc.toString())
  assert.deepEqual(again.data, { open: false, count: 3, ratio: 0.8, where: { city: 'Lyon', days: [1, 2] }, none: null })
  assert.ok(doc.toString().endsWith('---\nCorps\n'))
  assert.match(doc.toString(), /^count: 3$/m)
})

test('a page without front matter gets one when a key is set', () => {
  const doc = readDocument('Juste un texte.\n')
  assert.equal(doc.format, null)
  assert.deepEqual(doc.fields, [])
  doc.set('title', 'Titre')
  assert.equal(doc.toString(), '---\ntitle: Titre\n---\nJuste un texte.\n')
  // A block in a language that is not read is kept, never replaced.
  const js = readDocument('---js\n{a: 1}\n---\nCorps\n')
  assert.throws(() => js.set('title', 'Titre'), /does not read/)
  assert.equal(js.toString(), '---js\n{a: 1}\n---\nCorps\n')
})

test('values with no front matter spelling are TypeErrors', () => {
  const doc = readDocument('---\na: 1\n---\n')
  for (const bad of [new Date(), undefined, Number.NaN, Infinity, () => 1, 10n, new Map(), [new Date()], { x: undefined }]) {
    assert.throws(() => doc.set('b', bad), TypeError)
  }
  assert.throws(() => doc.set(42, 'x'), TypeError)
  assert.equal(doc.edited, false)
  assert.equal(doc.toString(), '---\na: 1\n---\n')
})

test('an edit that the format cannot write is a SyntaxError with a code', () => {
  const doc = readDocumentFile(join(fixtures, 'team-toml.md'))
  doc.set('vide', null)
  assert.throws(() => doc.toString(), { name: 'SyntaxError', code: 'serialize', key: 'vide' })
  assert.throws(() => doc.toBuffer(), { name: 'SyntaxError', code: 'serialize' })
})

test('CRLF, BOM, Latin-1 and UTF-16 pages: untouched bytes back, edits in their encoding and line ends', () => {
  const crlf = readDocumentFile(join(fixtures, 'posting-crlf.md'))
  assert.equal(crlf.lineEnding, 'crlf')
  crlf.set('title', 'Autre')
  assert.ok(!crlf.toString().replaceAll('\r\n', '').includes('\n'), 'every line still ends in CRLF')
  for (const name of ['latin1.md', 'posting-utf16le.md']) {
    const path = join(fixtures, name)
    const doc = readDocument(readFileSync(path))
    assert.ok(doc.toBuffer().equals(readFileSync(path)))
    assert.notEqual(doc.encoding, 'utf8')
    doc.set('ajout', 'é')
    assert.equal(readDocument(doc.toBuffer()).encoding, doc.encoding)
    assert.equal(readDocument(doc.toBuffer()).get('ajout'), 'é')
    assert.equal(readDocument(doc.toBuffer()).body, doc.body)
  }
})

test('errors are SyntaxErrors with code, line and column, as for parse', () => {
  const cases = [
    ['bad-yaml.md', 'yaml_syntax', 4, 5],
    ['bad-toml.md', 'toml_syntax', 3, 8],
    ['bad-json.md', 'json_syntax', 3, 20],
    ['alias-bomb.md', 'yaml_budget', 5, 20],
  ]
  for (const [name, code, line, column] of cases) {
    const path = join(broken, name)
    assert.throws(() => readDocumentFile(path), { name: 'SyntaxError', code, line, column, path })
    assert.throws(() => readDocument(readFileSync(path, 'utf8'), { path: 'x.md' }), { name: 'SyntaxError', code, line, column, path: 'x.md' })
  }
  assert.throws(() => readDocumentFile('/nonexistent.md'), { name: 'SyntaxError', code: 'io' })
  assert.throws(() => readDocument(42), TypeError)
})

test('readDocumentFiles equals reading each file, in order, and rejects like parseFiles', async () => {
  const docs = await readDocumentFiles(fixturePages)
  assert.equal(docs.length, fixturePages.length)
  docs.forEach((doc, i) => {
    assert.ok(doc instanceof Document)
    assert.equal(doc.path, fixturePages[i])
    assert.deepEqual(doc.toJSON(), readDocumentFile(fixturePages[i]).toJSON())
  })
  await assert.rejects(readDocumentFiles([fixturePages[0], join(broken, 'bad-toml.md')]), { name: 'SyntaxError', code: 'toml_syntax' })
})

test('toPage is what parse gives; toJSON is plain data', () => {
  for (const path of fixturePages) {
    const doc = readDocumentFile(path)
    assert.deepEqual(doc.toPage(), parse(readFileSync(path)), basename(path))
    const data = JSON.parse(JSON.stringify(doc))
    assert.deepEqual(data, doc.toJSON())
    assert.deepEqual(data.front_matter?.fields ?? [], doc.fields)
    assert.deepEqual(data.body.sections, doc.sections)
  }
})

test('a string is text: NUL bytes in every other place make a Buffer UTF-16, not a string', () => {
  const text = '---\ntitle: A\n---\n' + 'b\0'.repeat(200)
  assert.equal(readDocument(Buffer.from(text)).encoding, 'utf16_be')
  const doc = readDocument(text)
  assert.equal(doc.encoding, 'utf8')
  assert.equal(doc.get('title'), 'A')
  assert.equal(doc.toString(), text)
})

test('strings cross as text: emoji, accents, a NUL and a lone surrogate', () => {
  const doc = readDocument('---\ntitle: 🚀 é\uD800x\n---\nCorps\0\n')
  assert.equal(doc.get('title'), '🚀 é\uFFFDx')
  assert.equal(doc.toString(), '---\ntitle: 🚀 é\uFFFDx\n---\nCorps\0\n')
  assert.equal(parse('---\ntitle: Développeur·euse\n---\n').title, 'Développeur·euse')
})
