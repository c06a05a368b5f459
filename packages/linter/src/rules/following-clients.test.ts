import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './following-clients.js';

const lines = (...rows: string[]) => rows.join('\n') + '\n';

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    { name: 'no following stance', code: editPolicy({ remove: ['spec.socialMedia.following'] }) },
    { name: 'following without therapistFollowsClients', code: editPolicy({ set: { 'spec.socialMedia.following': { note: 'I follow only colleagues.' } } }) },
    { name: 'no socialMedia section', code: editPolicy({ remove: ['spec.socialMedia'] }) },
  ],
  invalid: [
    {
      name: 'therapistFollowsClients: true in a flow map',
      code: editPolicy({ set: { 'spec.socialMedia.following.therapistFollowsClients': true } }),
      errors: [
        {
          messageId: 'followsClients',
          message:
            'the policy says you follow clients on social media: a follow is visible to others and can reveal who your clients are; set therapistFollowsClients: false',
          path: '/spec/socialMedia/following/therapistFollowsClients',
          line: 64,
          column: 17,
        },
      ],
    },
    {
      name: 'therapistFollowsClients: true in a block map',
      code: lines(
        'apiVersion: clearframe/v1',
        'kind: CommunicationPolicy',
        'metadata:',
        '  id: sam-lee',
        '  jurisdiction: US-NY',
        'spec:',
        '  socialMedia:',
        '    following:',
        '      note: I follow clients who ask me to.',
        '      therapistFollowsClients: true',
      ),
      errors: [{ messageId: 'followsClients', path: '/spec/socialMedia/following/therapistFollowsClients', line: 10, column: 7 }],
    },
    {
      name: 'an inherited stance is reported once, under the ClinicDefaults file',
      code: editPolicy({ remove: ['spec.socialMedia.following'], set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': lines(
          'apiVersion: clearframe/v1',
          'kind: ClinicDefaults',
          'metadata: { id: riverbend }',
          'spec:',
          '  socialMedia:',
          '    following:',
          '      therapistFollowsClients: true',
        ),
        'other.yaml': editPolicy({ remove: ['spec.socialMedia.following'], set: { extends: 'clinic.yaml', 'metadata.id': 'ana-cruz' } }),
      },
      errors: [{ messageId: 'followsClients', path: '/spec/socialMedia/following/therapistFollowsClients', line: 7, column: 7, filePath: 'clinic.yaml' }],
    },
  ],
});
