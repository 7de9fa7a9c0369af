// docs/node.md shows examples/usage.mjs verbatim, and that example prints what its
// `// →` comments say: the documentation cannot drift from working code.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { root } from './helpers.mjs'

const example = fileURLToPath(new URL('../examples/usage.mjs', import.meta.url))
const source = readFileSync(example, 'utf8')

test('docs/node.md shows examples/usage.mjs as it is', () => {
  const doc = readFileSync(join(root, 'docs/node.md'), 'utf8')
  assert.ok(doc.includes('```js\n' + source + '```\n'), 'copy examples/usage.mjs into docs/node.md')
})

test('examples/usage.mjs prints what its comments say', () => {
  const expected = source
    .split('\n')
    .filter((line) => line.trim().startsWith('// → '))
    .map((line) => line.trim().slice('// → '.length))
  const printed = execFileSync(process.execPath, [example], { encoding: 'utf8' }).trimEnd().split('\n')
  assert.deepEqual(printed, expected)
})
