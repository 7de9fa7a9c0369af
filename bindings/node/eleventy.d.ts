// Types of offres/eleventy (hand-written: the plugin is JavaScript over the typed API).
import type { Export, JobPosting, LineSpan, Organisation, Page, Posting, Team, Unclassified, Diagnostic } from './index'

export interface OffresPluginOptions {
  /** Glob(s) of the pages to read, relative to the project folder: `jobs/**\/*.md`. */
  pages: string | string[]
  /** The name of the global data (default `offres`). */
  dataKey?: string
  /** Where the calendar of a team or organisation is written (default `/calendriers/<slug>.ics`). */
  calendarUrl?: (item: OffresItem<Team | Organisation>) => string
}

/** A section of a page body, rendered from the blocks the core reads. */
export interface OffresSection {
  /** The heading as plain text; null for the text before the first heading. */
  title: string | null
  /** 1 to 6 for Markdown headings, 7 for bold pseudo-headings, 0 before the first heading. */
  level: number
  /** How many sections enclose this one (0 for the outermost). */
  depth: number
  /** The lines of the section in the file, or null before the first heading. */
  lines: LineSpan | null
  /** The section's own text as HTML (paragraphs, lists, code), every text escaped. */
  html: string
}

/** A page as the plugin gives it to templates. */
export interface OffresItem<P extends Page = Page> {
  /** The file name without extension, made URL-safe and unique. */
  slug: string
  /** The file, relative to the project folder. */
  path: string
  kind: P['kind']
  /** The typed page, as `parse` gives it. */
  page: P
  sections: OffresSection[]
  /** Postings: the schema.org JobPosting, its description from the whole body. */
  jsonLd?: JobPosting
  /** Postings: what the JSON-LD had to leave out. */
  jsonLdMissing?: Diagnostic[]
  /** Teams and organisations with scheduled rituals: their iCalendar file. */
  calendar?: { url: string; ics: string; diagnostics: Diagnostic[] }
}

/** The global data the plugin adds. */
export interface OffresData {
  /** Open postings first, then unknown, then closed and filled; the most recent first. */
  postings: OffresItem<Posting>[]
  teams: OffresItem<Team>[]
  organisations: OffresItem<Organisation>[]
  /** Pages with no evidence of being a posting, a team or an organisation. */
  unclassified: OffresItem<Unclassified>[]
  /** The pages that have a calendar. */
  calendars: OffresItem<Team | Organisation>[]
  /** Every page, in file order. */
  pages: OffresItem[]
}

/** The plugin: `eleventyConfig.addPlugin(offres, { pages: 'jobs/**\/*.md' })`. */
declare function offresPlugin(eleventyConfig: unknown, options: OffresPluginOptions): void
export default offresPlugin

/** JSON-LD in a `<script type="application/ld+json">` element that no page text can break out of. */
export function jsonLdScript(data: JobPosting | Export<JobPosting>['output']): string
/** The shortcode `offresJsonLd`: the script of a posting's JSON-LD, or '' when a property Google requires is missing. */
export function jsonLdShortcode(item: OffresItem<Posting> | Posting): string
/** The files matching the globs (relative to `cwd`), sorted. */
export function findPages(globs: string[], cwd: string): string[]
/** Read pages as the plugin does. */
export function loadPages(paths: string[], calendarUrl: (item: OffresItem<Team | Organisation>) => string): Promise<OffresData>
