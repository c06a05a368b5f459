import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './searching-clients.js';

const CLINIC = 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: riverbend }\nspec:\n  socialMedia:\n    uses: false\n';

const MESSAGE =
  'the policy does not say whether you look clients up online: add socialMedia.searchingClients, e.g. { allowed: false, exceptions: Imminent safety concerns }';

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    { name: 'no socialMedia section: only social-media-section reports that', code: editPolicy({ remove: ['spec.socialMedia'] }) },
    { name: 'a practice that does not use social media still states it', code: editPolicy({ set: { 'spec.socialMedia': { uses: false, searchingClients: { allowed: false } } } }) },
    {
      name: 'the stance is inherited from the ClinicDefaults file',
      code: editPolicy({ remove: ['spec.socialMedia.searchingClients'], set: { extends: 'clinic.yaml' } }),
      files: { 'clinic.yaml': CLINIC.replace('    uses: false\n', '    searchingClients: { allowed: false }\n') },
    },
  ],
  invalid: [
    {
      name: 'socialMedia without searchingClients points at socialMedia',
      code: editPolicy({ remove: ['spec.socialMedia.searchingClients'] }),
      errors: [
        {
          messageId: 'noSearchingStance',
          message: MESSAGE,
          path: '/spec/socialMedia/searchingClients',
          line: 59,
          column: 3,
        },
      ],
    },
    {
      name: 'uses: false does not excuse the stance',
      code: editPolicy({ set: { 'spec.socialMedia': { uses: false } } }),
      errors: [{ messageId: 'noSearchingStance', path: '/spec/socialMedia/searchingClients', line: 59, column: 3 }],
    },
    {
      // The stance is missing, so there is no line in clinic.yaml to point at: each policy gets the finding, at its own
      // spec: (line 15). (The rule only reports a missing stance, so nothing here is reported under clinic.yaml.)
      name: 'a stance missing from an inherited socialMedia section is reported in each policy, at its nearest own key (spec)',
      code: editPolicy({ remove: ['spec.socialMedia'], set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': CLINIC,
        'other.yaml': editPolicy({ remove: ['spec.socialMedia'], set: { extends: 'clinic.yaml', 'metadata.id': 'ana-cruz' } }),
      },
      errors: [
        { messageId: 'noSearchingStance', message: MESSAGE, path: '/spec/socialMedia/searchingClients', line: 15, column: 1, filePath: 'policy.yaml' },
        { messageId: 'noSearchingStance', message: MESSAGE, path: '/spec/socialMedia/searchingClients', line: 15, column: 1, filePath: 'other.yaml' },
      ],
    },
  ],
});
