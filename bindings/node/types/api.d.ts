/**
 * What every function throws when a page cannot be read at all: a `SyntaxError`
 * (also for I/O errors, whose `code` is `io`) carrying the core's error report.
 */
export interface OffresSyntaxError extends SyntaxError {
  /** The stable snake_case code, one of the core's `ERROR_CODES`. */
  code: ErrorReport['code']
  /** 1-based line in the original file, or null when the error has no place. */
  line: number | null
  /** 1-based column (in characters), or null when the error has no place. */
  column: number | null
  /** The file the page was read from (as on Node's fs errors), or null. */
  path: string | null
  /** The front matter key path (`contact`, `tags[1]`), or null. */
  key: string | null
  /** The error as plain data, shaped like `schemas/error.json`. */
  report: ErrorReport
}

/** What an export returns: the output, and what it had to leave out (`missing_for_export`, `unscheduled_ritual`). */
export interface Export<T> {
  /** The exported value. */
  output: T
  /** What the export left out or could not say, with the page line where known (0 when not). */
  diagnostics: Diagnostic[]
}

/** A schema.org `JobPosting` in JSON-LD; its properties follow https://schema.org/JobPosting. */
export interface JobPosting {
  '@context': 'https://schema.org'
  '@type': 'JobPosting'
  [property: string]: unknown
}

/**
 * A front matter value as written: scalars typed only as far as the format types them
 * (YAML 1.2 core schema, TOML, JSON), dates and times kept as their text, maps in
 * source order. Non-finite YAML floats read as their spelling (`".inf"`).
 */
export type FrontMatterValue = null | boolean | number | string | FrontMatterValue[] | { [key: string]: FrontMatterValue }

/** The front matter as a plain object (`Document.data`). */
export type FrontMatterData = { [key: string]: FrontMatterValue }

/**
 * The rows of a national offers file (the open-data export or a back-office export,
 * told apart by their header) as postings, in row order, read a chunk at a time off the
 * JavaScript thread. A row with a malformed value is still a posting, the problem in its
 * `diagnostics`; a file that cannot be opened, is no national file or breaks off throws
 * an `OffresSyntaxError` (after the rows before the break).
 */
export declare function parseOffers(path: string): AsyncGenerator<Posting, void, undefined>
