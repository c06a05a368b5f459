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

const MESSAGE =
  'the policy does not say whether clients can reach you between sessions: add contact.betweenSessions, e.g. that messages are for scheduling and therapy happens in session';

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
          messageId: 'noBetweenSessions',
          message: MESSAGE,
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
      errors: [{ messageId: 'noBetweenSessions', path: '/spec/contact/betweenSessions', line: 53, column: 5 }],
    },
    {
      name: 'no contact section points at spec',
      code: editPolicy({ remove: ['spec.contact'] }),
      errors: [{ messageId: 'noBetweenSessions', path: '/spec/contact/betweenSessions', line: 15, column: 1 }],
    },
    {
      // The field is missing, so there is no line in clinic.yaml to point at: each policy gets the finding, at its own spec: (line 15).
      name: 'a betweenSessions missing from an inherited contact section is reported in each policy, at its nearest own key (spec)',
      code: editPolicy({ remove: ['spec.contact'], set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': CLINIC,
        'other.yaml': editPolicy({ remove: ['spec.contact'], set: { extends: 'clinic.yaml', 'metadata.id': 'ana-cruz' } }),
      },
      errors: [
        { messageId: 'noBetweenSessions', message: MESSAGE, path: '/spec/contact/betweenSessions', line: 15, column: 1, filePath: 'policy.yaml' },
        { messageId: 'noBetweenSessions', message: MESSAGE, path: '/spec/contact/betweenSessions', line: 15, column: 1, filePath: 'other.yaml' },
      ],
    },
    {
      // A blank betweenSessions written in clinic.yaml (line 10) is a present field: one finding, where it is written.
      name: 'a blank betweenSessions inherited from the ClinicDefaults file is reported once, under that file',
      code: editPolicy({ remove: ['spec.contact'], set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': CLINIC + '    betweenSessions: " "\n',
        'other.yaml': editPolicy({ remove: ['spec.contact'], set: { extends: 'clinic.yaml', 'metadata.id': 'ana-cruz' } }),
      },
      errors: [{ messageId: 'noBetweenSessions', message: MESSAGE, path: '/spec/contact/betweenSessions', line: 10, column: 5, filePath: 'clinic.yaml' }],
    },
  ],
});
