import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './online-encounters.js';

const CLINIC = 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: riverbend }\nspec:\n  socialMedia:\n    uses: false\n';

const MESSAGE =
  'the policy does not say what you do if you and a client meet online by chance: add socialMedia.encounters, e.g. that you will not interact unless the client approaches you first';

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
          messageId: 'noEncounterStance',
          message: MESSAGE,
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
      errors: [{ messageId: 'noEncounterStance', path: '/spec/socialMedia/encounters', line: 70, column: 5 }],
    },
    {
      // The statement is missing, so there is no line in clinic.yaml to point at: each policy gets the finding, at its own spec: (line 15).
      name: 'encounters missing from an inherited socialMedia section is reported in each policy, at its nearest own key (spec)',
      code: editPolicy({ remove: ['spec.socialMedia'], set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': CLINIC,
        'other.yaml': editPolicy({ remove: ['spec.socialMedia'], set: { extends: 'clinic.yaml', 'metadata.id': 'ana-cruz' } }),
      },
      errors: [
        { messageId: 'noEncounterStance', message: MESSAGE, path: '/spec/socialMedia/encounters', line: 15, column: 1, filePath: 'policy.yaml' },
        { messageId: 'noEncounterStance', message: MESSAGE, path: '/spec/socialMedia/encounters', line: 15, column: 1, filePath: 'other.yaml' },
      ],
    },
    {
      // A blank statement written in clinic.yaml (line 6) is a present field: one finding, where it is written.
      name: 'blank encounters text inherited from the ClinicDefaults file is reported once, under that file',
      code: editPolicy({ remove: ['spec.socialMedia'], set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': CLINIC.replace('uses: false', 'encounters: " "'),
        'other.yaml': editPolicy({ remove: ['spec.socialMedia'], set: { extends: 'clinic.yaml', 'metadata.id': 'ana-cruz' } }),
      },
      errors: [{ messageId: 'noEncounterStance', message: MESSAGE, path: '/spec/socialMedia/encounters', line: 6, column: 5, filePath: 'clinic.yaml' }],
    },
  ],
});
