// The exports, checked by independent tools: the iCalendar text parses with ical.js and
// its recurrences expand to the expected dates; the JSON-LD is a schema.org JobPosting.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'
import ICAL from 'ical.js'
import { parseFile, toIcs, toJsonLd } from 'offres'
import { fixtures, corpus, files } from './helpers.mjs'

const seeds = files(join(corpus, 'seeds'), '.txt')
const teamSeed = seeds.find((f) => f.includes('002_'))

function calendar(ics) {
  const vcalendar = new ICAL.Component(ICAL.parse(ics))
  for (const tz of vcalendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz)
  return vcalendar
}

function firstOccurrences(vevent, count) {
  const iterator = new ICAL.Event(vevent).iterator()
  const out = []
  for (let next = iterator.next(); next && out.length < count; next = iterator.next()) {
    out.push(next.toJSDate().toISOString())
  }
  return out
}

test('a team page exports rituals that ical.js parses and expands', { skip: !teamSeed && 'no reference corpus' }, () => {
  const team = parseFile(teamSeed)
  assert.equal(team.kind, 'team')
  const { output, diagnostics } = toIcs(team)
  assert.match(output, /^BEGIN:VCALENDAR\r\n/)
  assert.ok(output.split('\r\n').every((line) => Buffer.byteLength(line) <= 75), 'lines folded at 75 octets')
  // The rotating ritual has no schedule: left out, and said so.
  assert.deepEqual(diagnostics.map((d) => d.code), ['unscheduled_ritual'])

  const events = calendar(output).getAllSubcomponents('vevent')
  assert.equal(events.length, team.rituals.filter((r) => r.rrule).length)
  const presence = events.find((e) => e.getFirstPropertyValue('summary') === 'public presence')
  assert.equal(presence.getFirstPropertyValue('url'), 'irc://irc.libera.chat/#bluehats')
  assert.equal(presence.getFirstProperty('dtstart').getParameter('tzid'), 'Europe/Paris')
  // Mondays 16:00 in Paris, which is 15:00 UTC in winter.
  assert.deepEqual(firstOccurrences(presence, 4), [
    '2024-01-01T15:00:00.000Z',
    '2024-01-08T15:00:00.000Z',
    '2024-01-15T15:00:00.000Z',
    '2024-01-22T15:00:00.000Z',
  ])
  const friday = events.find((e) => e.getFirstPropertyValue('rrule').toString() === 'FREQ=WEEKLY;BYDAY=FR')
  assert.deepEqual(firstOccurrences(friday, 3), [
    '2024-01-05T15:00:00.000Z',
    '2024-01-12T15:00:00.000Z',
    '2024-01-19T15:00:00.000Z',
  ])
  // Stable across runs: the same page gives the same file.
  assert.equal(toIcs(parseFile(teamSeed)).output, output)
})

test('the fixture team page exports a calendar ical.js reads', () => {
  const team = parseFile(join(fixtures, 'team-toml.md'))
  const { output } = toIcs(team)
  const events = calendar(output).getAllSubcomponents('vevent')
  assert.ok(events.length >= 1)
  for (const event of events) assert.equal(firstOccurrences(event, 3).length, 3)
})

test('a posting exports a schema.org JobPosting', () => {
  const posting = parseFile(join(fixtures, 'posting-yaml.md'))
  const { output, diagnostics } = toJsonLd(posting)
  assert.equal(output['@context'], 'https://schema.org')
  assert.equal(output['@type'], 'JobPosting')
  assert.equal(output.title, posting.role)
  assert.equal(output.datePosted, posting.date_posted)
  assert.equal(output.jobLocation.address.addressLocality, posting.location.city)
  assert.equal(output.jobLocation.address.addressCountry, 'FR')
  assert.ok(Array.isArray(diagnostics))
  // JSON-LD is plain JSON: a site can embed it as is.
  assert.deepEqual(JSON.parse(JSON.stringify(output)), output)
})
