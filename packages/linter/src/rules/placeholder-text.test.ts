import { describe, expect, it } from 'vitest';
import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule, { findPlaceholder } from './placeholder-text.js';

const HEADER = `apiVersion: clearframe/v1
kind: CommunicationPolicy
`;

const CLINIC_WITH_TEMPLATE_PHONE = `apiVersion: clearframe/v1
kind: ClinicDefaults
metadata: { id: riverbend }
spec:
  contact:
    methods:
      - { id: office-phone, kind: phone, address: "[insert #]" }
`;

const phone = 'spec.contact.methods.0.address';

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    { name: 'reserved example hosts are not placeholders', code: editPolicy({ set: { 'spec.contact.methods.2.address': 'you@example.com', 'spec.sharing.url': 'https://example.com/policy' } }) },
    { name: 'the emergency number 000 is not a placeholder', code: editPolicy({ set: { 'metadata.jurisdiction': 'AU', 'spec.contact.routes.crisis.contacts': [{ name: 'Emergency services', number: '000', kind: 'emergency' }] } }) },
    { name: 'square brackets without a fill-in word ("[sic]")', code: editPolicy({ set: { 'spec.turnaround.note': 'I reply "when I can" [sic] within a day.' } }) },
    { name: 'a link or an e-mail address in angle brackets', code: editPolicy({ set: { 'spec.turnaround.note': 'See <https://riverbend.example/hours> or write to <office@riverbend.example>.' } }) },
    { name: 'lower-case todo and xxx inside words are ordinary text', code: editPolicy({ set: { 'spec.contact.betweenSessions': 'A short to-do list for homework is fine; Foxxx Street office.' } }) },
    { name: 'an instruction to leave your name is not a blank', code: editPolicy({ set: { 'spec.contact.methods.0.hours': 'Mon-Fri 9-17; leave your name and number after hours.' } }) },
    { name: 'a real number with zeros in it', code: editPolicy({ set: { [phone]: '+44 20 7000 0000' } }) },
  ],
  invalid: [
    {
      name: "an insurer template's \"[insert #]\" in a crisis contact",
      code: editPolicy({ set: { 'spec.contact.routes.crisis.contacts': [{ name: 'After-hours line', number: '[insert #]', kind: 'crisis-line' }] } }),
      errors: [{ messageId: 'templateText', path: '/spec/contact/routes/crisis/contacts/0/number', message: '"[insert #]" is template text still to fill in: replace it with the real value before clients see it' }],
    },
    {
      name: 'the old starter policy: "Your Name", +00 000 000 0000, an all-zero ICO number',
      code: `${HEADER}metadata:
  id: my-policy
  clinician: { name: Your Name }
  jurisdiction: GB
spec:
  contact:
    methods:
      - { id: office-phone, kind: phone, address: "+00 000 000 0000" }
  privacy:
    dataProtection:
      registration: { authority: ICO, number: Z0000000 }
`,
      errors: [
        { messageId: 'templateText', path: '/metadata/clinician/name', line: 5, column: 16, message: /^"Your Name" is template text/ },
        { messageId: 'templateText', path: '/spec/contact/methods/0/address', line: 10, column: 42, message: /^"\+00 000 000 0000"/ },
        { messageId: 'templateText', path: '/spec/privacy/dataProtection/registration/number', line: 13, column: 39, message: /^"Z0000000"/ },
      ],
    },
    {
      name: 'one finding per field, even with several markers in it',
      code: editPolicy({ set: { 'spec.turnaround.note': 'TODO: [enter your reply time] ____' } }),
      errors: [{ messageId: 'templateText', path: '/spec/turnaround/note', message: /^"\[enter your reply time\]"/ }],
    },
    {
      name: 'every marker kind, each in its own field',
      code: editPolicy({
        set: {
          'metadata.title': '<Practice name> communications policy',
          'spec.contact.methods.0.hours': 'TBD',
          'spec.contact.methods.2.riskNote': 'Client signature: ________',
          'spec.contact.betweenSessions': 'FIXME',
          'spec.turnaround.note': 'change me',
          'spec.socialMedia.encounters': 'Call (XXX) XXX-XXXX.',
          'spec.concerns.channels': ['Write to [address]', 'In session'],
        },
      }),
      errors: [
        { messageId: 'templateText', path: '/metadata/title', message: /^"<Practice name>"/ },
        { messageId: 'templateText', path: '/spec/contact/methods/0/hours', message: /^"TBD"/ },
        { messageId: 'templateText', path: '/spec/contact/methods/2/riskNote', message: /^"________"/ },
        { messageId: 'templateText', path: '/spec/contact/betweenSessions', message: /^"FIXME"/ },
        { messageId: 'templateText', path: '/spec/turnaround/note', message: /^"change me"/ },
        { messageId: 'templateText', path: '/spec/socialMedia/encounters', message: /^"XXX"/ },
        { messageId: 'templateText', path: '/spec/concerns/channels/0', message: /^"\[address\]"/ },
      ],
    },
    {
      name: 'an inherited placeholder is reported once, under the ClinicDefaults file',
      code: editPolicy({ remove: ['spec.contact.methods.0'], set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': CLINIC_WITH_TEMPLATE_PHONE,
        'other-policy.yaml': editPolicy({ remove: ['spec.contact.methods.0'], set: { extends: 'clinic.yaml', 'metadata.id': 'sam-lee' } }),
      },
      errors: [{ messageId: 'templateText', path: '/spec/contact/methods/0/address', line: 7, column: 42, filePath: 'clinic.yaml' }],
    },
  ],
});

describe('findPlaceholder', () => {
  it('finds each pattern of the spec', () => {
    for (const [text, found] of [
      ['[insert #]', '[insert #]'],
      ['Call [Phone Number] now', '[Phone Number]'],
      ['[#]', '[#]'],
      ['[Your e-mail]', '[Your e-mail]'],
      ['<name>', '<name>'],
      ['___', '___'],
      ['XXX', 'XXX'],
      ['CHANGE ME', 'CHANGE ME'],
      ['Change  me please', 'Change  me'],
      ['your name', 'your name'],
      ['Dr. Your Name, LCSW', 'Your Name'],
      ['0000', '0000'],
      ['+1 (000) 000-0000', '+1 (000) 000-0000'],
      ['Z0000000', 'Z0000000'],
    ] as const) {
      expect(findPlaceholder(text), text).toBe(found);
    }
  });
  it('leaves ordinary text alone', () => {
    for (const text of ['000', '+61 000', '988', 'you@example.com', 'https://riverbend.example/<https://x.example>', '[sic]', 'Todo list', 'TODOS', 'a -> b', '2026-01-15', 'Z1234567', '1-800-273-8255']) {
      expect(findPlaceholder(text), text).toBeUndefined();
    }
  });
});
