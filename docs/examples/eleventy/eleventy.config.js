// A jobs site from Markdown pages, with nothing but the offres plugin: it reads the pages,
// gives the templates the postings (open first), teams and organisations, writes the
// JSON-LD of each posting and one iCalendar file per team with scheduled rituals.
import offres from 'offres/eleventy'

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(offres, {
    // This example's postings, and the repository's test pages (teams with rituals among them).
    pages: ['pages/*.md', '../../../tests/fixtures/pages/*.md'],
  })
  return { dir: { input: 'src', output: '_site' } }
}
