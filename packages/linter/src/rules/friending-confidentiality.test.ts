import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './friending-confidentiality.js';

ruleTester(rule, {
  valid: [
    { name: 'friending not allowed', code: VALID_POLICY },
    { name: 'no friending stance at all (other rules ask for the section)', code: editPolicy({ remove: ['spec.socialMedia.friending'] }) },
    { name: 'no socialMedia section', code: editPolicy({ remove: ['spec.socialMedia'] }) },
    {
      name: 'case-by-case with a note',
      code: editPolicy({ set: { 'spec.socialMedia.friending.allowed': 'case-by-case', 'spec.socialMedia.friending.confidentialityNote': 'My contacts are visible to others.' } }),
    },
  ],
  invalid: [
    {
      name: 'allowed without a note',
      code: editPolicy({ set: { 'spec.socialMedia.friending.allowed': true } }),
      errors: [{ path: '/spec/socialMedia/friending/confidentialityNote', line: 61, column: 5, message: /^friending clients is allowed but there is no confidentialityNote/ }],
    },
    {
      name: 'case-by-case without a note',
      code: editPolicy({ set: { 'spec.socialMedia.friending.allowed': 'case-by-case' } }),
      errors: [{ message: /^friending clients is case-by-case/ }],
    },
    {
      name: 'an empty note does not count',
      code: editPolicy({ set: { 'spec.socialMedia.friending.allowed': true, 'spec.socialMedia.friending.confidentialityNote': '' } }),
      errors: [{ path: '/spec/socialMedia/friending/confidentialityNote' }],
    },
    {
      name: 'an inherited stance is reported in the ClinicDefaults file',
      code: editPolicy({ remove: ['spec.socialMedia.friending'], set: { extends: 'clinic.yaml' } }),
      files: { 'clinic.yaml': 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: riverbend }\nspec:\n  socialMedia:\n    friending: { allowed: true }\n' },
      errors: [{ filePath: 'clinic.yaml', line: 6, column: 5 }],
    },
  ],
});
