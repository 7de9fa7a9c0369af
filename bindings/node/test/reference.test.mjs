// Each reference page of the shared corpus gives its key expected facts through the
// binding (the core's own tests judge every fact; here the point is that they reach JS
// intact, through `import`).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, existsSync } from 'node:fs'
import { basename, join } from 'node:path'
import { parseFile, parse } from 'offres'
import { corpus, files } from './helpers.mjs'

const seeds = files(join(corpus, 'seeds'), '.txt')
// The corpus writes "·" where a page may keep the "." of inclusive writing, and some
// titles keep an "(F/H)" suffix the model strips from the role.
const loose = (s) => s.replaceAll('·', '.').replace(/\s*\([FH]\/[FH]\)$/, '')

test('reference corpus is present', { skip: seeds.length === 0 && 'no ../shared/corpus' }, () => {
  assert.ok(seeds.length >= 5)
})

for (const seed of seeds) {
  const expectedFile = join(corpus, 'expected', basename(seed, '.txt') + '.json')
  test(`reference page ${basename(seed)}`, { skip: !existsSync(expectedFile) && 'no expected facts' }, () => {
    const want = JSON.parse(readFileSync(expectedFile, 'utf8'))
    const page = parseFile(seed)
    assert.equal(page.kind, want.kind)
    assert.equal(page.organisation, want.organisation)
    assert.deepEqual(page.organisation_chain, want.organisation_chain)
    assert.equal(page.encoding_repaired, want.encoding_repaired)
    assert.deepEqual(page.site, want.site)
    if (page.kind === 'team') {
      assert.equal(page.title, want.title)
      assert.equal(page.rituals?.length, want.rituals.length)
      assert.deepEqual(page.maintains, want.maintains)
      return
    }
    assert.equal(page.kind, 'posting')
    assert.ok(loose(want.title).startsWith(loose(page.role ?? '')), `${page.role} ~ ${want.title}`)
    assert.equal(page.status, want.status)
    assert.equal(page.contracts?.[0]?.kind ?? null, want.contract.kind)
    assert.equal(page.contracts?.[0]?.duration?.min_months ?? null, want.contract.months)
    if ('city' in want) assert.equal(page.location?.city ?? null, want.city)
    if (want.remote) assert.equal(page.remote?.allowed, want.remote.allowed)
    assert.deepEqual(page.apply?.emails ?? [], want.apply.emails)
    assert.deepEqual(page.tech ?? [], want.tech)
    // The same page read from a Buffer is the same document.
    assert.deepEqual(parse(readFileSync(seed)), page)
  })
}
