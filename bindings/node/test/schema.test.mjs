// Every page the binding returns, and every error report it throws, validates against the
// committed JSON Schema with an independent validator (Ajv, draft 2020-12).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import { parseFiles, parseFile } from 'offres'
import { fixtures, broken, schemas, corpus, files } from './helpers.mjs'

const present = existsSync(join(schemas, 'page.json'))
const load = (name) => JSON.parse(readFileSync(join(schemas, name), 'utf8'))

function validator(name) {
  // Formats are annotations in 2020-12; Ajv would otherwise reject unknown ones.
  const ajv = new Ajv2020({ allErrors: true, strict: true, validateFormats: false })
  return ajv.compile(load(name))
}

test('pages validate against schemas/page.json', { skip: !present && 'no schemas/ folder' }, async () => {
  const validate = validator('page.json')
  const paths = [...files(fixtures, '.md'), ...files(join(corpus, 'seeds'), '.txt'), ...files(join(corpus, 'dev'), '.md')]
  const pages = await parseFiles(paths)
  pages.forEach((page, i) => assert.ok(validate(page), `${paths[i]}: ${JSON.stringify(validate.errors, null, 1)}`))
  const kinds = new Set(pages.map((p) => p.kind))
  assert.deepEqual([...kinds].sort(), ['organisation', 'posting', 'team', 'unclassified'])
})

test('a broken page is rejected by the schema, with where', { skip: !present && 'no schemas/ folder' }, () => {
  const validate = validator('page.json')
  const page = parseFile(join(fixtures, 'posting-yaml.md'))
  assert.ok(validate(page))
  assert.equal(validate({ ...page, status: 'maybe' }), false)
  assert.ok(validate.errors.some((e) => e.instancePath === '/status'), JSON.stringify(validate.errors))
})

test('error reports validate against schemas/error.json', { skip: !present && 'no schemas/ folder' }, () => {
  const validate = validator('error.json')
  for (const file of files(broken, '.md')) {
    try {
      parseFile(file)
      assert.fail(`${file} parsed`)
    } catch (err) {
      assert.ok(validate(err.report), `${file}: ${JSON.stringify(validate.errors)}`)
      assert.ok(load('error.json').properties.code.enum.includes(err.code))
    }
  }
})
