// Pay and the civil-service frame reach JavaScript as the core's JSON, and the pay's
// amounts reach the JSON-LD `baseSalary`.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parse, toJsonLd } from 'offres'

const framed = [
  '---',
  'title: Rédacteur·rice',
  'organisation: Mairie de Blois',
  'versant: territoriale',
  'categorie: B',
  'temps_de_travail: Temps non complet (28h hebdomadaires)',
  '---',
  'Poste ouvert aux titulaires et aux contractuels. Le poste est vacant.',
  '',
  'Vous encadrez une équipe de 4 agents. Profil confirmé.',
  '',
  'Rémunération : entre 38 et 45 K€ bruts annuels.',
  '',
].join('\n')

test('pay and the frame are read', () => {
  const page = parse(framed)
  assert.equal(page.kind, 'posting')
  assert.equal(page.pay.length, 1)
  const [pay] = page.pay
  assert.deepEqual([pay.min, pay.max, pay.period, pay.basis, pay.currency], [38000, 45000, 'year', 'gross', 'EUR'])
  assert.equal(page.versant, 'territoriale')
  assert.deepEqual(page.categories, ['B'])
  assert.equal(page.open_to, 'titulaires_and_contractuels')
  assert.equal(page.vacancy, 'vacant')
  assert.equal(page.experience_level, 'confirmed')
  assert.deepEqual(page.management, { leads_team: true, team_size: 4 })
  assert.ok(Math.abs(page.working_time.non_complete.share - 0.8) < 1e-6)
})

test('an amount gives a baseSalary; "selon profil" gives none', () => {
  const { output } = toJsonLd(parse(framed))
  assert.equal(output.baseSalary['@type'], 'MonetaryAmount')
  assert.equal(output.baseSalary.currency, 'EUR')
  assert.deepEqual(
    [output.baseSalary.value.minValue, output.baseSalary.value.maxValue, output.baseSalary.value.unitText],
    [38000, 45000, 'YEAR'],
  )
  const vague = parse('---\nroles: Développeur·se\nstartup: Pix\nopen: true\n---\nRémunération selon profil.\n')
  assert.deepEqual(vague.pay.map((p) => p.depends_on), [['profile']])
  assert.equal(vague.versant, undefined)
  assert.equal(toJsonLd(vague).output.baseSalary, undefined)
})
