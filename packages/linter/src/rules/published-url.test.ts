import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './published-url.js';

const CLINIC = 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: riverbend }\nspec:\n  sharing:\n    atIntake: true\n';

const MESSAGE = 'the policy has no web link: publish it and add sharing.url so clients can read it again at any time';

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
          messageId: 'noUrl',
          message: MESSAGE,
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
      errors: [{ messageId: 'noUrl', path: '/spec/sharing/url', line: 15, column: 1 }],
    },
    {
      // The url is missing, so there is no line in clinic.yaml to point at: each policy gets the finding, at its own spec:
      // (line 15). (A blank or malformed url is a schema problem, so this rule only ever reports a missing one.)
      name: 'a url missing from an inherited sharing section is reported in each policy, at its nearest own key (spec)',
      code: editPolicy({ remove: ['spec.sharing'], set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': CLINIC,
        'other.yaml': editPolicy({ remove: ['spec.sharing'], set: { extends: 'clinic.yaml', 'metadata.id': 'ana-cruz' } }),
      },
      errors: [
        { messageId: 'noUrl', message: MESSAGE, path: '/spec/sharing/url', line: 15, column: 1, filePath: 'policy.yaml' },
        { messageId: 'noUrl', message: MESSAGE, path: '/spec/sharing/url', line: 15, column: 1, filePath: 'other.yaml' },
      ],
    },
  ],
});
