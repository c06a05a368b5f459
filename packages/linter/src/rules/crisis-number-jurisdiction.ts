import { EMERGENCY_NUMBERS as EXPECTED, NATIONAL_EMERGENCY_NUMBERS as NATIONAL } from '@clearframe/schema/facts';
import { defineRule } from '../rule.js';

export default defineRule({
  meta: {
    id: 'crisis-number-jurisdiction',
    severity: 'warning',
    description: "Enforce that crisis contacts include the emergency number of the policy's country and no other country's.",
    source: '—',
    messages: {
      noEmergencyNumber: 'the crisis contacts have no emergency number for {{jurisdiction}} ({{expected}}): add one, e.g. { name: Emergency services, number: "{{first}}", kind: emergency }',
      foreignEmergencyNumber: '{{number}} is an emergency number in {{where}}, not in {{jurisdiction}}: clients there should call {{expected}}',
    },
  },
  check({ policy, spec, report }) {
    const contacts = spec.contact?.routes?.crisis?.contacts;
    const jurisdiction = policy.metadata?.jurisdiction;
    if (!contacts || !jurisdiction) return;
    const country = jurisdiction.split('-')[0]!;
    const expected = EXPECTED.get(country);
    if (!expected) return;
    const either = expected.join(' or ');
    const numbers = contacts.map((contact) => contact.number?.trim() ?? '');
    if (!numbers.some((n) => expected.includes(n))) {
      report('/spec/contact/routes/crisis/contacts', 'noEmergencyNumber', { jurisdiction, expected: either, first: expected[0]! });
    }
    numbers.forEach((number, index) => {
      const national = NATIONAL.get(number);
      if (!national || national.countries.includes(country)) return;
      report(`/spec/contact/routes/crisis/contacts/${index}/number`, 'foreignEmergencyNumber', { number, where: national.where, jurisdiction, expected: either });
    });
  },
});
