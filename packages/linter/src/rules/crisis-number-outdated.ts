import { defineRule } from '../rule.js';

/** Retired crisis numbers, by their digits without country code or trunk prefix, with what replaced them. */
const RETIRED: readonly { digits: string; country: string; what: string; instead: string; number: string }[] = [
  { digits: '8002738255', country: '1', what: 'the US National Suicide Prevention Lifeline number, retired when the Lifeline moved to 988 in July 2022', instead: 'the 988 Suicide & Crisis Lifeline (call or text)', number: '988' },
  { digits: '8457909090', country: '44', what: "the Samaritans' old 08457 number, replaced by the free number 116 123", instead: 'Samaritans on 116 123', number: '116 123' },
];

// Letters on a phone keypad (1-800-273-TALK).
const KEYPAD: Record<string, string> = Object.fromEntries(
  ['ABC', 'DEF', 'GHI', 'JKL', 'MNO', 'PQRS', 'TUV', 'WXYZ'].flatMap((letters, i) => [...letters].map((letter) => [letter, String(i + 2)])),
);

/** The digits of a phone number as dialled, letters turned into keypad digits. */
function dialled(number: string): string {
  return [...number.toUpperCase()].map((c) => KEYPAD[c] ?? c).join('').replace(/\D/g, '');
}

function retired(number: string): (typeof RETIRED)[number] | undefined {
  const digits = dialled(number);
  return RETIRED.find((r) => digits === r.digits || digits === `${r.country}${r.digits}` || digits === `0${r.digits}` || digits === `00${r.country}${r.digits}`);
}

export default defineRule({
  meta: {
    id: 'crisis-number-outdated',
    severity: 'warning',
    description: 'Disallow retired crisis numbers in crisis contacts (1-800-273-8255 before 988, Samaritans 08457 90 90 90 before 116 123).',
    source: '—',
    messages: {
      retiredNumber: '{{number}} is {{what}}: give clients the current number, {{instead}}: number: "{{current}}"',
    },
  },
  check({ spec, report }) {
    const contacts = spec.contact?.routes?.crisis?.contacts;
    if (!Array.isArray(contacts)) return;
    contacts.forEach((contact, index) => {
      const number = typeof contact === 'object' && contact !== null ? contact.number : undefined;
      if (typeof number !== 'string') return;
      const old = retired(number);
      if (!old) return;
      report(`/spec/contact/routes/crisis/contacts/${index}/number`, 'retiredNumber', { number: number.trim(), what: old.what, instead: old.instead, current: old.number });
    });
  },
});
