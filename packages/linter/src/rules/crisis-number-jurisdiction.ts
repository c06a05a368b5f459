import { EMERGENCY_NUMBERS as EXPECTED, NATIONAL_EMERGENCY_NUMBERS as NATIONAL } from '@clearframe/schema/facts';
import { defineRule } from '../rule.js';

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
