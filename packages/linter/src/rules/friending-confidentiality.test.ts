import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './friending-confidentiality.js';

const CLINIC = 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: riverbend }\nspec:\n  socialMedia:\n';
const ALLOWED = 'friending clients is allowed but there is no confidentialityNote: explain that a friend list can reveal who is a client';

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
      errors: [{ messageId: 'noConfidentialityNote', path: '/spec/socialMedia/friending/confidentialityNote', line: 61, column: 5, message: /^friending clients is allowed but there is no confidentialityNote/ }],
    },
    {
      name: 'case-by-case without a note',
      code: editPolicy({ set: { 'spec.socialMedia.friending.allowed': 'case-by-case' } }),
      errors: [{ messageId: 'noConfidentialityNote', message: /^friending clients is case-by-case/ }],
    },
    {
      name: 'an empty note does not count',
      code: editPolicy({ set: { 'spec.socialMedia.friending.allowed': true, 'spec.socialMedia.friending.confidentialityNote': '' } }),
      errors: [{ messageId: 'noConfidentialityNote', path: '/spec/socialMedia/friending/confidentialityNote' }],
    },
    {
      // The note is missing, so there is no line in clinic.yaml to point at: the policy gets the finding, at its own
      // socialMedia: key (line 59), the nearest key it writes.
      name: 'a note missing from an inherited stance is reported in the policy, at its nearest own key (socialMedia)',
      code: editPolicy({ remove: ['spec.socialMedia.friending'], set: { extends: 'clinic.yaml' } }),
      files: { 'clinic.yaml': CLINIC + '    friending: { allowed: true }\n' },
      errors: [{ messageId: 'noConfidentialityNote', message: ALLOWED, path: '/spec/socialMedia/friending/confidentialityNote', line: 59, column: 3, filePath: 'policy.yaml' }],
    },
    {
      // An empty note written in clinic.yaml (line 8) is a present field: one finding, where it is written.
      name: 'an empty note in an inherited stance is reported once, under the ClinicDefaults file',
      code: editPolicy({ remove: ['spec.socialMedia.friending'], set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': CLINIC + '    friending:\n      allowed: true\n      confidentialityNote: ""\n',
        'other.yaml': editPolicy({ remove: ['spec.socialMedia.friending'], set: { extends: 'clinic.yaml', 'metadata.id': 'ana-cruz' } }),
      },
      errors: [{ messageId: 'noConfidentialityNote', message: ALLOWED, path: '/spec/socialMedia/friending/confidentialityNote', line: 8, column: 7, filePath: 'clinic.yaml' }],
    },
  ],
});
