import { defineRule } from '../rule.js';

// EU member states but IE (which has its own row), then the EEA states IS, LI and NO; Greece is GR in ISO 3166-1.
const EUROPEAN_112 = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK', 'IS', 'LI', 'NO',
];

/** Emergency numbers clients can call, by country; countries not listed are not checked. */
const EXPECTED: ReadonlyMap<string, readonly string[]> = new Map([
  ['US', ['911']],
  ['CA', ['911']],
  ['GB', ['999', '112']],
  ['IE', ['112', '999']],
  ['AU', ['000', '112']],
  ['NZ', ['111']],
  ...EUROPEAN_112.map((country): [string, string[]] => [country, ['112']]),
]);

/** Numbers that reach emergency services only in some countries (111 and 112 are left alone: NHS 111 is a UK service). */
const NATIONAL: ReadonlyMap<string, { countries: readonly string[]; where: string }> = new Map([
  ['911', { countries: ['US', 'CA'], where: 'the US and Canada' }],
  ['999', { countries: ['GB', 'IE'], where: 'the UK and Ireland' }],
  ['000', { countries: ['AU'], where: 'Australia' }],
]);

export default defineRule({
  meta: {
    id: 'crisis-number-jurisdiction',
    severity: 'warning',
    description: "Enforce that crisis contacts include the emergency number of the policy's country and no other country's.",
    source: '—',
  },
  check({ policy, spec, report }) {
    const contacts = spec.contact?.routes?.crisis?.contacts;
    const jurisdiction = policy.metadata.jurisdiction;
    if (!contacts || !jurisdiction) return;
    const country = jurisdiction.split('-')[0]!;
    const expected = EXPECTED.get(country);
    if (!expected) return;
    const either = expected.join(' or ');
    const numbers = contacts.map((contact) => contact.number?.trim() ?? '');
    if (!numbers.some((n) => expected.includes(n))) {
      report(
        '/spec/contact/routes/crisis/contacts',
        `the crisis contacts have no emergency number for ${jurisdiction} (${either}): add one, e.g. { name: Emergency services, number: "${expected[0]}", kind: emergency }`,
      );
    }
    numbers.forEach((number, index) => {
      const national = NATIONAL.get(number);
      if (!national || national.countries.includes(country)) return;
      report(
        `/spec/contact/routes/crisis/contacts/${index}/number`,
        `${number} is an emergency number in ${national.where}, not in ${jurisdiction}: clients there should call ${either}`,
      );
    });
  },
});
