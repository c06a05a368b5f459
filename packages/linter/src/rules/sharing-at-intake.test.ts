import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './sharing-at-intake.js';

const CLINIC = 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: riverbend }\nspec:\n  sharing:\n    atIntake: false\n';

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    {
      name: 'inherited from the ClinicDefaults file',
      code: editPolicy({ remove: ['spec.sharing'], set: { extends: 'clinic.yaml' } }),
      files: { 'clinic.yaml': CLINIC.replace('false', 'true') },
    },
    {
      name: 'the policy overrides an inherited atIntake: false',
      code: editPolicy({ set: { extends: 'clinic.yaml' } }),
      files: { 'clinic.yaml': CLINIC },
    },
  ],
  invalid: [
    {
      name: 'atIntake: false',
      code: editPolicy({ set: { 'spec.sharing.atIntake': false } }),
      errors: [
        {
          messageId: 'notReviewedAtIntake',
          message: 'the policy says it is not reviewed with clients at intake: go through it with each new client and set sharing.atIntake: true',
          path: '/spec/sharing/atIntake',
          line: 80,
          column: 5,
        },
      ],
    },
    {
      name: 'atIntake absent points at sharing',
      code: editPolicy({ remove: ['spec.sharing.atIntake'] }),
      errors: [
        {
          messageId: 'noIntakeStance',
          message: 'the policy does not say it is reviewed with clients at intake: go through it with each new client and set sharing.atIntake: true',
          path: '/spec/sharing/atIntake',
          line: 79,
          column: 3,
        },
      ],
    },
    {
      // No other rule reports a missing sharing section, so this one does.
      name: 'no sharing section points at spec',
      code: editPolicy({ remove: ['spec.sharing'] }),
      errors: [{ messageId: 'noIntakeStance', path: '/spec/sharing/atIntake', line: 15, column: 1 }],
    },
    {
      name: 'an inherited atIntake: false is reported once, under the ClinicDefaults file',
      code: editPolicy({ remove: ['spec.sharing'], set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': CLINIC,
        'other.yaml': editPolicy({ remove: ['spec.sharing'], set: { extends: 'clinic.yaml', 'metadata.id': 'ana-cruz' } }),
      },
      errors: [{ messageId: 'notReviewedAtIntake', message: /^the policy says it is not reviewed/, path: '/spec/sharing/atIntake', line: 6, column: 5, filePath: 'clinic.yaml' }],
    },
  ],
});
