// Errors reach JavaScript as SyntaxErrors carrying the core's report, through `require`;
// wrong arguments are TypeErrors; nothing crashes the process.
const { test } = require('node:test')
const assert = require('node:assert/strict')
const { readFileSync } = require('node:fs')
const { join } = require('node:path')
const offres = require('offres')

const broken = join(__dirname, '../../../tests/fixtures/broken')

// Codes, lines and columns as the core reports them for the broken fixtures.
const cases = [
  ['bad-yaml.md', 'yaml_syntax', 4, 5],
  ['bad-toml.md', 'toml_syntax', 3, 8],
  ['bad-json.md', 'json_syntax', 3, 20],
  ['yaml-list.md', 'front_matter_not_a_map', 2, 1],
  ['alias-bomb.md', 'yaml_budget', 5, 20],
]

for (const [name, code, line, column] of cases) {
  test(`parseFile(${name}) throws a SyntaxError with its fields`, () => {
    const file = join(broken, name)
    assert.throws(
      () => offres.parseFile(file),
      (err) => {
        assert.ok(err instanceof SyntaxError)
        assert.equal(err.code, code)
        assert.equal(err.line, line)
        assert.equal(err.column, column)
        assert.equal(err.path, file)
        assert.equal(err.key, null)
        assert.equal(err.report.code, code)
        assert.equal(err.report.file, file)
        assert.ok(err.message.startsWith(`${file}:${line}:${column}: ${code}: `), err.message)
        return true
      },
    )
  })
}

test('parse takes the file name for errors from options.path', () => {
  const text = readFileSync(join(broken, 'bad-yaml.md'), 'utf8')
  assert.throws(() => offres.parse(text, { path: 'pages/offre.md' }), { name: 'SyntaxError', path: 'pages/offre.md', line: 4 })
  assert.throws(() => offres.parse(text), { name: 'SyntaxError', code: 'yaml_syntax', path: null })
})

test('a missing file is an io error with its path and no place', () => {
  assert.throws(() => offres.parseFile('/nonexistent/offre.md'), {
    name: 'SyntaxError',
    code: 'io',
    path: '/nonexistent/offre.md',
    line: null,
    column: null,
  })
})

test('parseFiles rejects with the first failing file in input order', async () => {
  const ok = join(__dirname, '../../../tests/fixtures/pages/posting-yaml.md')
  await assert.rejects(offres.parseFiles([ok, join(broken, 'bad-toml.md'), join(broken, 'bad-yaml.md')]), {
    name: 'SyntaxError',
    code: 'toml_syntax',
    path: join(broken, 'bad-toml.md'),
  })
})

test('wrong arguments are TypeErrors, not crashes', async () => {
  assert.throws(() => offres.parse(42), TypeError)
  assert.throws(() => offres.parseFile(), TypeError)
  await assert.rejects(async () => offres.parseFiles('not an array'), TypeError)
  assert.throws(() => offres.toJsonLd({ kind: 'nothing' }), TypeError)
  const team = offres.parseFile(join(__dirname, '../../../tests/fixtures/pages/team-toml.md'))
  assert.throws(() => offres.toJsonLd(team), /expected a posting page, got a team page/)
})

test('hostile input is an error or a page, never a crash', () => {
  const inputs = [
    Buffer.from([0xff, 0xfe, 0x00]),
    Buffer.alloc(0),
    '---\n' + '['.repeat(100000) + '\n---\n',
    '---\na: &a [' + '*a,'.repeat(1000) + ']\n---\n',
    '\u0000'.repeat(1000),
  ]
  for (const input of inputs) {
    try {
      assert.ok(['posting', 'organisation', 'team', 'unclassified'].includes(offres.parse(input).kind))
    } catch (err) {
      assert.ok(err instanceof SyntaxError, String(err))
    }
  }
})

test('require and import give the same functions', async () => {
  const esm = await import('offres')
  for (const name of ['parse', 'parseFile', 'parseFiles', 'toJsonLd', 'toIcs', 'readDocument', 'readDocumentFile', 'readDocumentFiles', 'Document']) {
    assert.equal(typeof offres[name], 'function')
    assert.equal(esm[name], offres[name])
  }
  assert.equal(esm.default, offres)
})
