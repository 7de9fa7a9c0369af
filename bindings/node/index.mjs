// The public entry point for `import`: the same functions as `require('offres')`.
import offres from './index.js'

export const {
  parse,
  parseFile,
  parseFiles,
  toJsonLd,
  toIcs,
  readDocument,
  readDocumentFile,
  readDocumentFiles,
  parseOffers,
  Document,
  __napiBindingTarget,
} = offres
export default offres
