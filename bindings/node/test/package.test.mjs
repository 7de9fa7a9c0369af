// The npm package: what `npm pack` ships, and, when the tests run against a package
// installed from the tarball (tests/run-node sets OFFRES_INSTALLED to the folder it was
// installed in), that every entry point resolves there and nothing needs Rust to install.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, realpathSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { fixtures } from './helpers.mjs'

const require = createRequire(import.meta.url)
const installed = process.env.OFFRES_INSTALLED
const packageDir = dirname(require.resolve('offres/package.json'))

// The package: its entry points, types, the Eleventy plugin and the prebuilt addon.
const shipped = [
  'eleventy.d.ts',
  'eleventy.js',
  'eleventy.mjs',
  'index.d.ts',
  'index.js',
  'index.mjs',
  'native.js',
  'offres.linux-x64-gnu.node',
  'package.json',
]

test('npm pack ships the entry points, the types, the plugin and the addon, nothing else', { skip: Boolean(installed) && 'installed package' }, () => {
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: packageDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))
  assert.deepEqual(pack.files.map((f) => f.path).sort(), shipped)
  const addon = pack.files.find((f) => f.path.endsWith('.node'))
  // A release build without debug info (`npm run build`): a debug one is several times larger.
  assert.ok(addon.size < 12e6, `${addon.size} bytes`)
})

test('the package installs without Rust: no install scripts, no native build files', () => {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))
  for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) assert.equal(pkg.scripts?.[hook], undefined, hook)
  assert.equal(pkg.gypfile, undefined)
  assert.ok(!existsSync(join(packageDir, 'binding.gyp')))
  assert.deepEqual(Object.keys(pkg.dependencies ?? {}), [])
})

test('require, import and offres/eleventy resolve to the installed package', { skip: !installed && 'not an installed package' }, async () => {
  assert.equal(realpathSync(packageDir), realpathSync(join(installed, 'node_modules', 'offres')))
  assert.deepEqual(readdirSync(packageDir).sort(), shipped)
  const entries = {
    'require offres': require.resolve('offres'),
    'require offres/eleventy': require.resolve('offres/eleventy'),
    'import offres': fileURLToPath(import.meta.resolve('offres')),
    'import offres/eleventy': fileURLToPath(import.meta.resolve('offres/eleventy')),
  }
  for (const [how, file] of Object.entries(entries)) assert.equal(dirname(file), packageDir, how)
  // The addon loads from the package and works.
  const offres = require('offres')
  const esm = await import('offres')
  assert.equal(esm.parse, offres.parse)
  assert.equal(offres.parseFile(join(fixtures, 'posting-yaml.md')).kind, 'posting')
  assert.equal(typeof (await import('offres/eleventy')).default, 'function')
  assert.equal(require('offres/eleventy'), (await import('offres/eleventy')).default)
})
