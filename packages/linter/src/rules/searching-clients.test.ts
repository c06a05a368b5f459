import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './searching-clients.js';

const CLINIC = 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: riverbend }\nspec:\n  socialMedia:\n    uses: false\n';

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
          message:
            'the policy does not say whether you look clients up online: add socialMedia.searchingClients, e.g. { allowed: false, exceptions: Imminent safety concerns }',
          path: '/spec/socialMedia/searchingClients',
          line: 59,
          column: 3,
        },
      ],
    },
    {
      name: 'uses: false does not excuse the stance',
      code: editPolicy({ set: { 'spec.socialMedia': { uses: false } } }),
      errors: [{ path: '/spec/socialMedia/searchingClients', line: 59, column: 3 }],
    },
    {
      name: 'an inherited socialMedia section without the stance is reported once, under the ClinicDefaults file',
      code: editPolicy({ remove: ['spec.socialMedia'], set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': CLINIC,
        'other.yaml': editPolicy({ remove: ['spec.socialMedia'], set: { extends: 'clinic.yaml', 'metadata.id': 'ana-cruz' } }),
      },
      errors: [{ path: '/spec/socialMedia/searchingClients', line: 5, column: 3, filePath: 'clinic.yaml' }],
    },
  ],
});
