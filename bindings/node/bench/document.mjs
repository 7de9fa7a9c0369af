// readDocument against gray-matter, the same work side by side: each page's text in
// memory, the front matter read into JavaScript values. Timed alternately in one
// process, best of N passes, as ../../../../shared/bench/compare.py does.
// Usage: npm run build && node bench/document.mjs [folder] [runs]
//   folder: pages to read (default /tmp/perf_corpus, made by
//           python3 shared/bench/make_perf_corpus.py 10000 /tmp/perf_corpus)
// A script, not a test: timings depend on the machine.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import matter from 'gray-matter'
import { parse, readDocument } from 'offres'

const folder = process.argv[2] ?? '/tmp/perf_corpus'
const runs = Number(process.argv[3] ?? 5)
const texts = readdirSync(folder)
  .sort()
  .map((f) => readFileSync(join(folder, f), 'utf8'))
const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6

const contenders = {
  // gray-matter splits the page and reads its YAML; `{}` as options disables its cache.
  'gray-matter': (t) => matter(t, {}).data,
  // The document, its front matter left in Rust until asked for.
  readDocument: (t) => readDocument(t),
  // The document and its front matter as a JavaScript object: gray-matter's work.
  'readDocument().data': (t) => readDocument(t).data,
  // Front matter, positions and sections: what gray-matter does not give.
  'readDocument() fields+sections': (t) => {
    const doc = readDocument(t)
    return [doc.fields, doc.sections]
  },
  // The typed page, for scale.
  parse: (t) => parse(t),
}
const only = process.env.BENCH_ONLY?.split(',')
const names = Object.keys(contenders).filter((n) => !only || only.includes(n))

const best = Object.fromEntries(names.map((n) => [n, Infinity]))
for (const name of names) for (const t of texts.slice(0, 500)) contenders[name](t) // warm up
for (let r = 0; r < runs; r++) {
  for (const name of names) {
    const fn = contenders[name]
    const start = process.hrtime.bigint()
    for (const t of texts) fn(t)
    best[name] = Math.min(best[name], Number(process.hrtime.bigint() - start) / 1e9)
  }
}

console.log(`${texts.length} pages, ${megabytes.toFixed(1)} MB from ${folder}; best of ${runs} alternating passes, in memory`)
const gm = best['gray-matter']
for (const name of names) {
  const pagesPerSecond = texts.length / best[name]
  const ratio = gm ? ` x${(gm / best[name]).toFixed(2)} gray-matter` : ''
  console.log(`${name.padEnd(32)} ${pagesPerSecond.toFixed(0).padStart(8)} pages/s ${(megabytes / best[name]).toFixed(1).padStart(7)} MB/s${ratio}`)
}
