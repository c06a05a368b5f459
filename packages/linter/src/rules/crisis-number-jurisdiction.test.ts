import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './crisis-number-jurisdiction.js';

/** A policy in `jurisdiction` whose crisis contacts (from line 9 on) have these numbers, in order. */
function policy(jurisdiction: string, numbers: string[]): string {
  const contacts = numbers.map((number) => `          - { name: Helpline, number: "${number}" }\n`).join('');
  return `apiVersion: clearframe/v1
kind: CommunicationPolicy
metadata: { id: sam-lee, jurisdiction: ${jurisdiction} }
spec:
  contact:
    routes:
      crisis:
        contacts:
${contacts}`;
}

const CONTACTS = '/spec/contact/routes/crisis/contacts';
// Column of `number` in a contact line written by policy().
const NUMBER_COLUMN = 31;

ruleTester(rule, {
  valid: [
    { name: 'complete policy (US-CA: the subdivision is ignored)', code: VALID_POLICY },
    { name: 'US with 911', code: policy('US', ['988', '911']) },
    { name: 'CA with 911', code: policy('CA-ON', ['911']) },
    { name: 'GB with 999', code: policy('GB', ['999']) },
    { name: 'GB with 112 only', code: policy('GB', ['112']) },
    { name: 'GB-SCT with 999 and NHS 111', code: policy('GB-SCT', ['999', '111']) },
    { name: 'IE with 112', code: policy('IE', ['112']) },
    { name: 'IE with 999', code: policy('IE', ['999']) },
    { name: 'AU with "000"', code: policy('AU', ['000']) },
    { name: 'AU with 112', code: policy('AU', ['112']) },
    { name: 'NZ with 111', code: policy('NZ', ['111']) },
    { name: 'an EU member state with 112', code: policy('DE', ['112']) },
    { name: 'an EEA state outside the EU with 112', code: policy('NO', ['112']) },
    { name: '112 and 111 are never flagged', code: policy('US', ['911', '112', '111']) },
    { name: 'spaces around the number are ignored', code: policy('US', [' 911 ']) },
    { name: 'a country not in the table is skipped, even with a foreign number', code: policy('JP', ['911']) },
    { name: 'no crisis contacts: the rule does not run', code: editPolicy({ remove: ['spec.contact.routes.crisis.contacts'] }) },
    { name: 'no crisis route: the rule does not run', code: editPolicy({ remove: ['spec.contact.routes.crisis'] }) },
  ],
  invalid: [
    {
      name: 'US without 911 points at the contacts',
      code: policy('US', ['988']),
      errors: [
        {
          messageId: 'noEmergencyNumber',
          path: CONTACTS,
          line: 8,
          column: 9,
          message: 'the crisis contacts have no emergency number for US (911): add one, e.g. { name: Emergency services, number: "911", kind: emergency }',
        },
      ],
    },
    {
      name: 'an empty contacts list',
      code: policy('CA', []).replace('contacts:\n', 'contacts: []\n'),
      errors: [{ messageId: 'noEmergencyNumber', path: CONTACTS, line: 8, column: 9, message: /no emergency number for CA \(911\)/ }],
    },
    {
      name: 'a foreign 911 in GB: one finding for the missing number, one for the foreign one',
      code: policy('GB', ['911']),
      errors: [
        { messageId: 'noEmergencyNumber', path: CONTACTS, line: 8, column: 9, message: /no emergency number for GB \(999 or 112\).*number: "999"/ },
        {
          messageId: 'foreignEmergencyNumber',
          path: `${CONTACTS}/0/number`,
          line: 9,
          column: NUMBER_COLUMN,
          message: '911 is an emergency number in the US and Canada, not in GB: clients there should call 999 or 112',
        },
      ],
    },
    {
      name: 'a foreign 911 next to 999 in GB-ENG',
      code: policy('GB-ENG', ['999', '911']),
      errors: [{ messageId: 'foreignEmergencyNumber', path: `${CONTACTS}/1/number`, line: 10, column: NUMBER_COLUMN, message: /^911 is an emergency number in the US and Canada, not in GB-ENG/ }],
    },
    {
      name: 'each foreign number is its own finding',
      code: policy('GB', ['911', '000']),
      errors: [
        { messageId: 'noEmergencyNumber', path: CONTACTS, line: 8 },
        { messageId: 'foreignEmergencyNumber', path: `${CONTACTS}/0/number`, line: 9, message: /^911 is an emergency number in the US and Canada/ },
        { messageId: 'foreignEmergencyNumber', path: `${CONTACTS}/1/number`, line: 10, message: /^000 is an emergency number in Australia, not in GB/ },
      ],
    },
    {
      name: 'AU with 911',
      code: policy('AU', ['911']),
      errors: [
        { messageId: 'noEmergencyNumber', path: CONTACTS, message: /no emergency number for AU \(000 or 112\).*number: "000"/ },
        { messageId: 'foreignEmergencyNumber', path: `${CONTACTS}/0/number`, message: /clients there should call 000 or 112$/ },
      ],
    },
    {
      name: 'NZ with "000"',
      code: policy('NZ', ['000']),
      errors: [
        { messageId: 'noEmergencyNumber', path: CONTACTS, message: /no emergency number for NZ \(111\)/ },
        { messageId: 'foreignEmergencyNumber', path: `${CONTACTS}/0/number`, message: '000 is an emergency number in Australia, not in NZ: clients there should call 111' },
      ],
    },
    {
      name: '999 in an EU member state',
      code: policy('FR', ['999']),
      errors: [
        { messageId: 'noEmergencyNumber', path: CONTACTS, message: /no emergency number for FR \(112\)/ },
        { messageId: 'foreignEmergencyNumber', path: `${CONTACTS}/0/number`, message: '999 is an emergency number in the UK and Ireland, not in FR: clients there should call 112' },
      ],
    },
    {
      name: '999 in the US',
      code: policy('US-NY', ['911', '999']),
      errors: [{ messageId: 'foreignEmergencyNumber', path: `${CONTACTS}/1/number`, message: /^999 is an emergency number in the UK and Ireland, not in US-NY/ }],
    },
    {
      name: 'contacts inherited from the ClinicDefaults file: reported once, under that file',
      code: editPolicy({ set: { extends: 'clinic.yaml' }, remove: ['spec.contact.routes.crisis.contacts'] }),
      files: {
        'clinic.yaml': `apiVersion: clearframe/v1
kind: ClinicDefaults
metadata: { id: riverbend }
spec:
  contact:
    routes:
      crisis:
        contacts:
          - { name: Samaritans, number: "116 123", kind: crisis-line }
          - { name: Emergency services, number: "999", kind: emergency }
`,
        'other-policy.yaml': editPolicy({ set: { extends: 'clinic.yaml', 'metadata.id': 'sam-lee' }, remove: ['spec.contact.routes.crisis.contacts'] }),
      },
      errors: [
        { messageId: 'noEmergencyNumber', path: CONTACTS, line: 8, column: 9, filePath: 'clinic.yaml', message: /no emergency number for US-CA \(911\)/ },
        { messageId: 'foreignEmergencyNumber', path: `${CONTACTS}/1/number`, line: 10, column: 41, filePath: 'clinic.yaml', message: /^999 is an emergency number in the UK and Ireland, not in US-CA/ },
      ],
    },
  ],
});
