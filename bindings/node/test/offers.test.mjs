// National offers files: parseOffers is an async iterator of postings, read off the
// JavaScript thread a chunk at a time.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseOffers } from 'offres'
import { root, corpus } from './helpers.mjs'

const national = join(root, 'tests/fixtures/national')

async function all(iterable) {
  const out = []
  for await (const item of iterable) out.push(item)
  return out
}

test('parseOffers yields every row as a posting, in order', async () => {
  const postings = await all(parseOffers(join(national, 'offers.csv')))
  assert.deepEqual(
    postings.map((p) => p.apply?.reference),
    ['T-0001', 'T-0002', 'T-0003', 'T-0004', 'T-0005'],
  )
  assert.ok(postings.every((p) => p.kind === 'posting'))
  assert.equal(postings[0].title, 'Développeur·euse web (H/F)')
  assert.equal(postings[0].versant, 'territoriale')
  assert.equal(postings[0].sources.versant.row, 1)
})

test('a malformed row is still a posting, its problem in its diagnostics', async () => {
  const postings = await all(parseOffers(join(national, 'malformed.csv')))
  assert.equal(postings.length, 6)
  const date = postings[2].diagnostics.find((d) => d.code === 'malformed_date')
  assert.equal(date.line, 4)
  assert.equal(date.column, 112)
  assert.match(date.message, /32\/13\/2026/)
})

test('a file that is missing or no national file throws the module error', async () => {
  await assert.rejects(all(parseOffers(join(national, 'missing.csv'))), (e) => e instanceof SyntaxError && e.code === 'io')
  const dir = mkdtempSync(join(tmpdir(), 'offres-'))
  const page = join(dir, 'page.csv')
  writeFileSync(page, 'hello\n')
  await assert.rejects(all(parseOffers(page)), (e) => e instanceof SyntaxError && e.code === 'unknown_format' && e.path === page)
  await assert.rejects(parseOffers(42).next(), TypeError)
})

test('parseOffers leaves the event loop free while it reads', async () => {
  // A read on the main thread would settle before the loop turns; off it, the
  // immediate callback runs while the first chunk is being read.
  let loopTurned = false
  setImmediate(() => {
    loopTurned = true
  })
  const first = await parseOffers(join(national, 'offers.json')).next()
  assert.equal(first.done, false)
  assert.equal(loopTurned, true)
})

test('every row of the real samples reads', { skip: !existsSync(join(corpus, 'national')) && 'no national samples' }, async () => {
  const samples = {
    'datagouv/offres-datagouv-20260913-sample.csv': 30,
    'talentsoft/pep-2021-03.csv': 50,
    'talentsoft/pep-2021-09.json': 154,
  }
  for (const [file, rows] of Object.entries(samples)) {
    assert.equal((await all(parseOffers(join(corpus, 'national', file)))).length, rows, file)
  }
})
