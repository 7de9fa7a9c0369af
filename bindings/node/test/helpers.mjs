// Paths shared by the tests: the repository's fixtures, the committed schemas, and the
// reference corpus beside the repository (absent in some checkouts; tests then skip).
import { existsSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

export const root = fileURLToPath(new URL('../../../', import.meta.url))
export const fixtures = join(root, 'tests/fixtures/pages')
export const broken = join(root, 'tests/fixtures/broken')
export const schemas = join(root, 'schemas')
export const corpus = join(root, '../shared/corpus')

export function files(dir, ext = '') {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(ext))
        .sort()
        .map((f) => join(dir, f))
    : []
}
