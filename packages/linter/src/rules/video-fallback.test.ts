import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './video-fallback.js';

const lines = (...rows: string[]) => rows.join('\n') + '\n';

const CLINIC = lines(
  'apiVersion: clearframe/v1',
  'kind: ClinicDefaults',
  'metadata: { id: riverbend }',
  'spec:',
  '  contact:',
  '    methods:',
  '      - id: group-video',
  '        kind: video',
  '        address: https://video.example/riverbend',
);

const GROUP_VIDEO =
  'the video method "group-video" does not say what happens if the connection fails: add a fallback, e.g. that you will call the client\'s phone within five minutes';

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    { name: 'no video method', code: editPolicy({ remove: ['spec.contact.methods.4'] }) },
    { name: 'a video method that is not offered', code: editPolicy({ remove: ['spec.contact.methods.4.fallback'], set: { 'spec.contact.methods.4.offered': false } }) },
    {
      name: 'the policy replaces the inherited video method with one that has a fallback',
      code: editPolicy({
        set: {
          'spec.contact.methods.4.id': 'group-video',
          extends: 'clinic.yaml',
        },
      }),
      files: { 'clinic.yaml': CLINIC },
    },
  ],
  invalid: [
    {
      name: 'offered video method without fallback points at the method',
      code: editPolicy({ remove: ['spec.contact.methods.4.fallback'] }),
      errors: [
        {
          messageId: 'noFallback',
          message:
            'the video method "video" does not say what happens if the connection fails: add a fallback, e.g. that you will call the client\'s phone within five minutes',
          path: '/spec/contact/methods/4/fallback',
          line: 37,
          column: 9,
          severity: 'info',
        },
      ],
    },
    {
      name: 'blank fallback text',
      code: editPolicy({ set: { 'spec.contact.methods.4.fallback': ' ' } }),
      errors: [{ messageId: 'noFallback', path: '/spec/contact/methods/4/fallback', line: 43, column: 9 }],
    },
    {
      name: 'explicit offered: true',
      code: editPolicy({ remove: ['spec.contact.methods.4.fallback'], set: { 'spec.contact.methods.4.offered': true } }),
      errors: [{ messageId: 'noFallback', path: '/spec/contact/methods/4/fallback', line: 37, column: 9 }],
    },
    {
      name: 'only the video method that lacks a fallback',
      code: editPolicy({
        set: { 'spec.contact.methods.5': { id: 'backup-video', kind: 'video', address: 'https://video.example/drrivera', secure: true } },
      }),
      errors: [{ messageId: 'noFallback', message: /^the video method "backup-video" /, path: '/spec/contact/methods/5/fallback', line: 44, column: 9 }],
    },
    {
      // The fallback is missing, so there is no line in clinic.yaml to point at: each policy gets the finding, at its own
      // methods: key (line 17), the nearest key it writes. The inherited video method is method 0 of the effective policy.
      name: 'a fallback missing from an inherited video method is reported in each policy, at its nearest own key (methods)',
      code: editPolicy({ set: { extends: 'clinic.yaml' } }),
      files: { 'clinic.yaml': CLINIC, 'other.yaml': editPolicy({ set: { extends: 'clinic.yaml', 'metadata.id': 'ana-cruz' } }) },
      errors: [
        { messageId: 'noFallback', message: GROUP_VIDEO, path: '/spec/contact/methods/0/fallback', line: 17, column: 5, filePath: 'policy.yaml' },
        { messageId: 'noFallback', message: GROUP_VIDEO, path: '/spec/contact/methods/0/fallback', line: 17, column: 5, filePath: 'other.yaml' },
      ],
    },
    {
      // A blank fallback written in clinic.yaml (line 10) is a present field: one finding, where it is written.
      name: 'a blank fallback on an inherited video method is reported once, under the ClinicDefaults file',
      code: editPolicy({ set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': CLINIC + lines('        fallback: " "'),
        'other.yaml': editPolicy({ set: { extends: 'clinic.yaml', 'metadata.id': 'ana-cruz' } }),
      },
      errors: [{ messageId: 'noFallback', message: GROUP_VIDEO, path: '/spec/contact/methods/0/fallback', line: 10, column: 9, filePath: 'clinic.yaml' }],
    },
  ],
});
