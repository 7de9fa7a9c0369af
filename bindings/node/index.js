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
      return fn(...args)
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
exports.toIcs = wrap(native.toIcs)
exports.__napiBindingTarget = native.__napiBindingTarget
