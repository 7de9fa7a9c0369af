// The public entry point for `import`: the same functions as `require('offres')`.
import offres from './index.js'

export const { parse, parseFile, parseFiles, toJsonLd, toIcs, __napiBindingTarget } = offres
export default offres
