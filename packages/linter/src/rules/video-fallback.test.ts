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
      errors: [{ path: '/spec/contact/methods/4/fallback', line: 43, column: 9 }],
    },
    {
      name: 'explicit offered: true',
      code: editPolicy({ remove: ['spec.contact.methods.4.fallback'], set: { 'spec.contact.methods.4.offered': true } }),
      errors: [{ path: '/spec/contact/methods/4/fallback', line: 37, column: 9 }],
    },
    {
      name: 'only the video method that lacks a fallback',
      code: editPolicy({
        set: { 'spec.contact.methods.5': { id: 'backup-video', kind: 'video', address: 'https://video.example/drrivera', secure: true } },
      }),
      errors: [{ message: /^the video method "backup-video" /, path: '/spec/contact/methods/5/fallback', line: 44, column: 9 }],
    },
    {
      name: 'an inherited video method is reported once, under the ClinicDefaults file',
      code: editPolicy({ set: { extends: 'clinic.yaml' } }),
      files: { 'clinic.yaml': CLINIC, 'other.yaml': editPolicy({ set: { extends: 'clinic.yaml', 'metadata.id': 'ana-cruz' } }) },
      errors: [{ message: /"group-video"/, path: '/spec/contact/methods/0/fallback', line: 7, column: 9, filePath: 'clinic.yaml' }],
    },
  ],
});
