import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './between-sessions.js';

const CLINIC = [
  'apiVersion: clearframe/v1',
  'kind: ClinicDefaults',
  'metadata: { id: riverbend }',
  'spec:',
  '  contact:',
  '    routes:',
  '      administrative: { via: [front-desk] }',
  '    methods:',
  '      - { id: front-desk, kind: phone, address: "+1 555 010 0100" }',
  '',
].join('\n');

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    {
      name: 'inherited from the ClinicDefaults file',
      code: editPolicy({ remove: ['spec.contact.betweenSessions'], set: { extends: 'clinic.yaml' } }),
      files: { 'clinic.yaml': CLINIC + '    betweenSessions: Call the front desk to reschedule; therapy happens in session.\n' },
    },
  ],
  invalid: [
    {
      name: 'contact without betweenSessions points at contact',
      code: editPolicy({ remove: ['spec.contact.betweenSessions'] }),
      errors: [
        {
          message:
            'the policy does not say whether clients can reach you between sessions: add contact.betweenSessions, e.g. that messages are for scheduling and therapy happens in session',
          path: '/spec/contact/betweenSessions',
          line: 16,
          column: 3,
          severity: 'info',
        },
      ],
    },
    {
      name: 'blank betweenSessions text',
      code: editPolicy({ set: { 'spec.contact.betweenSessions': '' } }),
      errors: [{ path: '/spec/contact/betweenSessions', line: 53, column: 5 }],
    },
    {
      name: 'no contact section points at spec',
      code: editPolicy({ remove: ['spec.contact'] }),
      errors: [{ path: '/spec/contact/betweenSessions', line: 15, column: 1 }],
    },
    {
      name: 'an inherited contact section is reported once, under the ClinicDefaults file',
      code: editPolicy({ remove: ['spec.contact'], set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': CLINIC,
        'other.yaml': editPolicy({ remove: ['spec.contact'], set: { extends: 'clinic.yaml', 'metadata.id': 'ana-cruz' } }),
      },
      errors: [{ path: '/spec/contact/betweenSessions', line: 5, column: 3, filePath: 'clinic.yaml' }],
    },
  ],
});
