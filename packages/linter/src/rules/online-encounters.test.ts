import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './online-encounters.js';

const CLINIC = 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: riverbend }\nspec:\n  socialMedia:\n    uses: false\n';

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    { name: 'no socialMedia section', code: editPolicy({ remove: ['spec.socialMedia'] }) },
    {
      name: 'the statement is inherited from the ClinicDefaults file',
      code: editPolicy({ remove: ['spec.socialMedia.encounters'], set: { extends: 'clinic.yaml' } }),
      files: { 'clinic.yaml': CLINIC.replace('uses: false', 'encounters: We will not interact online unless you approach us first.') },
    },
  ],
  invalid: [
    {
      name: 'socialMedia without encounters points at socialMedia',
      code: editPolicy({ remove: ['spec.socialMedia.encounters'] }),
      errors: [
        {
          message:
            'the policy does not say what you do if you and a client meet online by chance: add socialMedia.encounters, e.g. that you will not interact unless the client approaches you first',
          path: '/spec/socialMedia/encounters',
          line: 59,
          column: 3,
          severity: 'info',
        },
      ],
    },
    {
      name: 'blank encounters text',
      code: editPolicy({ set: { 'spec.socialMedia.encounters': '   ' } }),
      errors: [{ path: '/spec/socialMedia/encounters', line: 70, column: 5 }],
    },
    {
      name: 'an inherited socialMedia section is reported once, under the ClinicDefaults file',
      code: editPolicy({ remove: ['spec.socialMedia'], set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': CLINIC,
        'other.yaml': editPolicy({ remove: ['spec.socialMedia'], set: { extends: 'clinic.yaml', 'metadata.id': 'ana-cruz' } }),
      },
      errors: [{ path: '/spec/socialMedia/encounters', line: 5, column: 3, filePath: 'clinic.yaml' }],
    },
  ],
});
