import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './published-url.js';

const CLINIC = 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: riverbend }\nspec:\n  sharing:\n    atIntake: true\n';

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    {
      name: 'inherited from the ClinicDefaults file',
      code: editPolicy({ remove: ['spec.sharing.url'], set: { extends: 'clinic.yaml' } }),
      files: { 'clinic.yaml': CLINIC + '    url: https://riverbend.example/policy\n' },
    },
  ],
  invalid: [
    {
      name: 'sharing without url points at sharing',
      code: editPolicy({ remove: ['spec.sharing.url'] }),
      errors: [
        {
          message: 'the policy has no web link: publish it and add sharing.url so clients can read it again at any time',
          path: '/spec/sharing/url',
          line: 79,
          column: 3,
          severity: 'info',
        },
      ],
    },
    {
      name: 'no sharing section points at spec',
      code: editPolicy({ remove: ['spec.sharing'] }),
      errors: [{ path: '/spec/sharing/url', line: 15, column: 1 }],
    },
    {
      name: 'an inherited sharing section without url is reported once, under the ClinicDefaults file',
      code: editPolicy({ remove: ['spec.sharing'], set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': CLINIC,
        'other.yaml': editPolicy({ remove: ['spec.sharing'], set: { extends: 'clinic.yaml', 'metadata.id': 'ana-cruz' } }),
      },
      errors: [{ path: '/spec/sharing/url', line: 5, column: 3, filePath: 'clinic.yaml' }],
    },
  ],
});
