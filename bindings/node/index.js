'use strict'
// The public entry point (CommonJS): the native addon, with its errors rebuilt as
// `SyntaxError`s. The addon cannot construct a `SyntaxError` carrying its own fields
// on both the synchronous and the promise path, so it sends a marked JSON report in
// the message and this file turns it back into properties.

const native = require('./native.js')

const MARKER = '\u0000offres-error:'

function toSyntaxError(error) {
  if (!(error instanceof Error)) return error
  // napi-rs marks a wrong argument with these codes (`StringExpected`…); JavaScript
  // calls that a TypeError.
  if (typeof error.code === 'string' && /^InvalidArg$|Expected$/.test(error.code)) {
    return Object.assign(new TypeError(error.message), { code: error.code })
  }
  if (!error.message.startsWith(MARKER)) return error
  const { report, display } = JSON.parse(error.message.slice(MARKER.length))
  const err = new SyntaxError(display)
  err.code = report.code
  err.line = report.line ?? null
  err.column = report.column ?? null
  // `path` is the file, as on Node's own fs errors; the front-matter key is `key`.
  err.path = report.file ?? null
  err.key = report.path ?? null
  err.report = report
  return err
}

function wrap(fn) {
  return function offresCall(...args) {
    try {
      return fn.apply(this, args)
    } catch (error) {
      throw toSyntaxError(error)
    }
  }
}

exports.parse = wrap(native.parse)
exports.parseFile = wrap(native.parseFile)
exports.parseFiles = function parseFiles(paths) {
  try {
    return native.parseFiles(paths).catch((error) => {
      throw toSyntaxError(error)
    })
  } catch (error) {
    return Promise.reject(toSyntaxError(error))
  }
}
exports.toJsonLd = wrap(native.toJsonLd)
exports.readDocument = wrap(native.readDocument)
exports.readDocumentFile = wrap(native.readDocumentFile)
exports.readDocumentFiles = function readDocumentFiles(paths) {
  try {
    return native.readDocumentFiles(paths).catch((error) => {
      throw toSyntaxError(error)
    })
  } catch (error) {
    return Promise.reject(toSyntaxError(error))
  }
}

// `Document` is the native class; its writing methods rethrow the core's errors as
// SyntaxErrors, and `set` takes any JSON-like value.
const { Document } = native
for (const name of ['toString', 'toBuffer']) Document.prototype[name] = wrap(Document.prototype[name])
const nativeSet = Document.prototype.set
Document.prototype.set = function set(key, value) {
  if (typeof key !== 'string') throw new TypeError(`a front matter key is a string, not ${typeof key}`)
  try {
    nativeSet.call(this, key, JSON.stringify(checkValue(value, key)))
  } catch (error) {
    throw toSyntaxError(error)
  }
  return this
}
exports.Document = Document

// What a front matter can hold: JSON's values. Anything JSON.stringify would change
// silently (a Date to text, NaN to null, undefined dropped, a Map to {}) is refused.
function checkValue(value, path) {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value
    throw new TypeError(`${path}: ${value} has no front matter spelling`)
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkValue(item, `${path}[${i}]`))
    return value
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value)
    if (proto === Object.prototype || proto === null) {
      for (const [k, v] of Object.entries(value)) checkValue(v, `${path}.${k}`)
      return value
    }
    if (value instanceof Date) {
      throw new TypeError(`${path}: dates are text in front matter; pass '2024-03-12', not a Date`)
    }
  }
  throw new TypeError(`${path}: a front matter value is null, a boolean, a number, a string, an array or a plain object, not ${value?.constructor?.name ?? typeof value}`)
}
exports.toIcs = wrap(native.toIcs)
// The rows of a national offers file as postings, read a chunk at a time off the
// JavaScript thread: memory holds one chunk whatever the size of the file.
exports.parseOffers = async function* parseOffers(path) {
  if (typeof path !== 'string') throw new TypeError(`parseOffers takes a path, not ${typeof path}`)
  const chunks = native.openOffers(path)
  for (;;) {
    let postings
    try {
      postings = await chunks.next()
    } catch (error) {
      throw toSyntaxError(error)
    }
    if (postings.length === 0) return
    yield* postings
  }
}
exports.__napiBindingTarget = native.__napiBindingTarget
