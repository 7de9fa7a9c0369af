// Pages per second: offres `parse` against gray-matter on the same texts.
// Usage: npm run build && node bench/bench.mjs [folder]  (default ../shared/corpus/dev)
// A script, not a test: timings depend on the machine.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import matter from 'gray-matter'
import { parse } from '../index.mjs'

const folder = process.argv[2] ?? fileURLToPath(new URL('../../../../shared/corpus/dev', import.meta.url))
const buffers = readdirSync(folder)
  .filter((f) => /\.(md|markdown|txt)$/.test(f))
  .map((f) => readFileSync(join(folder, f)))
const texts = buffers.map((b) => b.toString('utf8'))
const bytes = buffers.reduce((n, b) => n + b.length, 0)

function time(name, fn, inputs) {
  const rounds = Math.max(3, Math.ceil(20000 / inputs.length))
  let failures = 0
  for (const input of inputs) {
    try {
      fn(input)
    } catch {
      failures++
    }
  }
  const runs = []
  for (let r = 0; r < 5; r++) {
    const start = process.hrtime.bigint()
    for (let i = 0; i < rounds; i++) {
      for (const input of inputs) {
        try {
          fn(input)
        } catch {
          // counted in the warm-up
        }
      }
    }
    runs.push(Number(process.hrtime.bigint() - start) / 1e9)
  }
  const seconds = runs.sort((a, b) => a - b)[2] / rounds
  const pagesPerSecond = inputs.length / seconds
  console.log(
    `${name.padEnd(12)} ${pagesPerSecond.toFixed(0).padStart(8)} pages/s  ${(bytes / seconds / 1e6).toFixed(1).padStart(6)} MB/s` +
      (failures ? `  (${failures} pages threw)` : ''),
  )
  return pagesPerSecond
}

console.log(`${buffers.length} pages, ${(bytes / 1e6).toFixed(2)} MB, from ${folder} (median of 5 runs)`)
// gray-matter caches by input string; pass a fresh options object so each call parses.
const gm = time('gray-matter', (t) => matter(t, {}), texts)
const of = time('offres', (b) => parse(b), buffers)
console.log(`offres / gray-matter: ${(of / gm).toFixed(2)}x`)
