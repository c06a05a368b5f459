import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './social-media-section.js';

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    {
      name: 'a practice that does not use social media still has the section',
      code: editPolicy({ set: { 'spec.socialMedia': { uses: false, friending: { allowed: false } } } }),
    },
    {
      name: 'the section comes from the ClinicDefaults file',
      code: editPolicy({ set: { extends: 'clinic.yaml' }, remove: ['spec.socialMedia'] }),
      files: {
        'clinic.yaml': `apiVersion: clearframe/v1
kind: ClinicDefaults
metadata: { id: riverbend }
spec:
  socialMedia:
    uses: false
`,
      },
    },
  ],
  invalid: [
    {
      name: 'no socialMedia section points at spec',
      code: editPolicy({ remove: ['spec.socialMedia'] }),
      errors: [
        {
          messageId: 'noSocialMedia',
          path: '/spec/socialMedia',
          line: 15,
          column: 1,
          message:
            'no socialMedia section: add one, even if you are not on social media (uses: false), and say how you handle friend requests, following and online contact',
        },
      ],
    },
    {
      name: 'a ClinicDefaults file without the section does not hide its absence in the policy',
      code: editPolicy({ set: { extends: 'clinic.yaml' }, remove: ['spec.socialMedia'] }),
      files: {
        'clinic.yaml': `apiVersion: clearframe/v1
kind: ClinicDefaults
metadata: { id: riverbend }
spec:
  sharing:
    atIntake: true
`,
      },
      errors: [{ messageId: 'noSocialMedia', path: '/spec/socialMedia', line: 15, column: 1, filePath: 'policy.yaml' }],
    },
  ],
});
