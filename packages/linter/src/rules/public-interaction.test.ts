import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './public-interaction.js';

const CLINIC = [
  'apiVersion: clearframe/v1',
  'kind: ClinicDefaults',
  'metadata: { id: riverbend }',
  'spec:',
  '  socialMedia:',
  '    professionalPages:',
  '      - { platform: Instagram, url: https://instagram.example/riverbend }',
  '',
].join('\n');

const MESSAGE =
  'you list professional pages but do not say whether clients may reply or comment there publicly, which shows others that they are your clients: add socialMedia.interacting.publicReplies (allowed, discouraged or not-allowed)';

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    { name: 'no professional pages and no stance', code: editPolicy({ remove: ['spec.socialMedia.professionalPages', 'spec.socialMedia.interacting'] }) },
    { name: 'an empty list of professional pages', code: editPolicy({ remove: ['spec.socialMedia.interacting'], set: { 'spec.socialMedia.professionalPages': [] } }) },
    { name: 'publicReplies: allowed is a stance', code: editPolicy({ set: { 'spec.socialMedia.interacting': { publicReplies: 'allowed' } } }) },
    { name: 'no socialMedia section', code: editPolicy({ remove: ['spec.socialMedia'] }) },
    {
      name: 'an empty list in the policy replaces the inherited pages',
      code: editPolicy({ remove: ['spec.socialMedia.interacting'], set: { 'spec.socialMedia.professionalPages': [], extends: 'clinic.yaml' } }),
      files: { 'clinic.yaml': CLINIC },
    },
  ],
  invalid: [
    {
      name: 'pages but no interacting points at socialMedia',
      code: editPolicy({ remove: ['spec.socialMedia.interacting'] }),
      errors: [
        {
          messageId: 'noPublicReplyStance',
          message: MESSAGE,
          path: '/spec/socialMedia/interacting/publicReplies',
          line: 59,
          column: 3,
        },
      ],
    },
    {
      name: 'interacting with only a note points at interacting',
      code: editPolicy({ set: { 'spec.socialMedia.interacting': { note: 'Please be mindful when commenting.' } } }),
      errors: [{ messageId: 'noPublicReplyStance', path: '/spec/socialMedia/interacting/publicReplies', line: 66, column: 5 }],
    },
    {
      // The stance is missing, so there is no line in clinic.yaml to point at: each policy gets the finding, at its own
      // spec: (line 15). (The rule only reports a missing stance, so nothing here is reported under clinic.yaml.)
      name: 'inherited pages with no stance and no own socialMedia section: reported in each policy, at its nearest own key (spec)',
      code: editPolicy({ remove: ['spec.socialMedia'], set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': CLINIC,
        'other.yaml': editPolicy({ remove: ['spec.socialMedia'], set: { extends: 'clinic.yaml', 'metadata.id': 'ana-cruz' } }),
      },
      errors: [
        { messageId: 'noPublicReplyStance', message: MESSAGE, path: '/spec/socialMedia/interacting/publicReplies', line: 15, column: 1, filePath: 'policy.yaml' },
        { messageId: 'noPublicReplyStance', message: MESSAGE, path: '/spec/socialMedia/interacting/publicReplies', line: 15, column: 1, filePath: 'other.yaml' },
      ],
    },
    {
      name: 'inherited pages with the policy own socialMedia section: reported in the policy',
      code: editPolicy({ remove: ['spec.socialMedia.interacting', 'spec.socialMedia.professionalPages'], set: { extends: 'clinic.yaml' } }),
      files: { 'clinic.yaml': CLINIC },
      errors: [{ messageId: 'noPublicReplyStance', path: '/spec/socialMedia/interacting/publicReplies', line: 59, column: 3 }],
    },
  ],
});
