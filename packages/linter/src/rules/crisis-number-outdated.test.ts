import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './crisis-number-outdated.js';

const LIFELINE = /^1-800-273-8255 is the US National Suicide Prevention Lifeline number, retired when the Lifeline moved to 988 in July 2022: give clients the current number, the 988 Suicide & Crisis Lifeline \(call or text\): number: "988"$/;
const withContact = (number: string, jurisdiction = 'US-CA') =>
  editPolicy({ set: { 'metadata.jurisdiction': jurisdiction, 'spec.contact.routes.crisis.contacts.0': { name: 'Crisis line', number, kind: 'crisis-line' } } });

ruleTester(rule, {
  valid: [
    { name: 'complete policy (988 and 911)', code: VALID_POLICY },
    { name: 'Samaritans on 116 123', code: withContact('116 123', 'GB') },
    { name: 'a number that merely contains the old digits is left alone', code: withContact('+1 800 273 82551') },
    { name: 'a crisis contact with a url and no number', code: editPolicy({ set: { 'spec.contact.routes.crisis.contacts.0': { name: 'Crisis Text Line', url: 'https://www.crisistextline.org' } } }) },
    { name: 'no crisis route (left to crisis-route-required)', code: editPolicy({ remove: ['spec.contact.routes.crisis'] }) },
  ],
  invalid: [
    {
      name: 'the pre-988 Lifeline number points at the number',
      code: withContact('1-800-273-8255'),
      errors: [{ messageId: 'retiredNumber', path: '/spec/contact/routes/crisis/contacts/0/number', line: 51, column: 13, message: LIFELINE }],
    },
    {
      name: 'the Lifeline number written in letters, with +1, or without the 1',
      code: editPolicy({
        set: {
          'spec.contact.routes.crisis.contacts': [
            { name: 'Lifeline', number: '1-800-273-TALK' },
            { name: 'Lifeline', number: '+1 (800) 273-8255' },
            { name: 'Lifeline', number: '800.273.8255' },
            { name: 'Emergency services', number: '911', kind: 'emergency' },
          ],
        },
      }),
      errors: [
        { messageId: 'retiredNumber', path: '/spec/contact/routes/crisis/contacts/0/number', message: /^1-800-273-TALK is the US National Suicide Prevention Lifeline number/ },
        { messageId: 'retiredNumber', path: '/spec/contact/routes/crisis/contacts/1/number', message: /^\+1 \(800\) 273-8255 is/ },
        { messageId: 'retiredNumber', path: '/spec/contact/routes/crisis/contacts/2/number', message: /^800\.273\.8255 is/ },
      ],
    },
    {
      name: "the Samaritans' old 08457 number, written the UK or the international way",
      code: editPolicy({
        set: {
          'metadata.jurisdiction': 'GB',
          'spec.contact.routes.crisis.contacts': [
            { name: 'Samaritans', number: '08457 90 90 90' },
            { name: 'Samaritans', number: '+44 8457 909090' },
            { name: 'Emergency services', number: '999', kind: 'emergency' },
          ],
        },
      }),
      errors: [
        { messageId: 'retiredNumber', path: '/spec/contact/routes/crisis/contacts/0/number', message: "08457 90 90 90 is the Samaritans' old 08457 number, replaced by the free number 116 123: give clients the current number, Samaritans on 116 123: number: \"116 123\"" },
        { messageId: 'retiredNumber', path: '/spec/contact/routes/crisis/contacts/1/number', message: /^\+44 8457 909090 is the Samaritans' old 08457 number/ },
      ],
    },
    {
      name: 'inherited from the ClinicDefaults file: reported once, under that file',
      code: editPolicy({ set: { extends: 'clinic.yaml' }, remove: ['spec.contact.routes.crisis.contacts'] }),
      files: {
        'clinic.yaml': 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: riverbend }\nspec:\n  contact:\n    routes:\n      crisis:\n        contacts:\n          - { name: Lifeline, number: "1-800-273-8255" }\n',
        'other-policy.yaml': editPolicy({ set: { extends: 'clinic.yaml', 'metadata.id': 'sam-lee' }, remove: ['spec.contact.routes.crisis.contacts'] }),
      },
      errors: [{ messageId: 'retiredNumber', path: '/spec/contact/routes/crisis/contacts/0/number', line: 9, filePath: 'clinic.yaml', message: LIFELINE }],
    },
  ],
});
