// offres/eleventy for `import`: the same plugin as `require('offres/eleventy')`.
import plugin from './eleventy.js'

export const { jsonLdScript, jsonLdShortcode, findPages, loadPages } = plugin
export default plugin
