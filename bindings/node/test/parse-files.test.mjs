// parseFiles reads in parallel off the main thread; the result must not depend on that.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import { parseFile, parseFiles } from 'offres'
import { fixtures, corpus, files } from './helpers.mjs'

const pages = [...files(fixtures, '.md'), ...files(join(corpus, 'seeds'), '.txt'), ...files(join(corpus, 'dev'), '.md')]

test('parseFiles equals parsing each file in turn, in order', async () => {
  assert.ok(pages.length >= 19)
  const together = await parseFiles(pages)
  assert.equal(together.length, pages.length)
  assert.deepEqual(together, pages.map((p) => parseFile(p)))
})

test('parseFiles leaves the event loop free while it works', async () => {
  // A parse on the main thread would settle the promise before the event loop turns
  // (its `then` runs as a microtask); off the main thread, the loop runs the immediate
  // callback while thousands of pages are still being read.
  let loopTurned = false
  const many = Array.from({ length: 3 }, () => pages).flat()
  const settled = parseFiles(many).then((result) => ({ loopTurned, count: result.length }))
  setImmediate(() => {
    loopTurned = true
  })
  assert.deepEqual(await settled, { loopTurned: true, count: many.length })
})

test('parseFiles of nothing is an empty list', async () => {
  assert.deepEqual(await parseFiles([]), [])
})
