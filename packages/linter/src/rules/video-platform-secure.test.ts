import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './video-platform-secure.js';

const lines = (...rows: string[]) => rows.join('\n') + '\n';

const CLINIC = lines(
  'apiVersion: clearframe/v1',
  'kind: ClinicDefaults',
  'metadata: { id: riverbend }',
  'spec:',
  '  privacy:',
  '    video: { platform: Zoom }',
);

const FIX = 'use a video platform with end-to-end encryption (with a BAA or data-processing agreement where the law asks for one) and set secure: true';

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    { name: 'no video at all', code: editPolicy({ remove: ['spec.contact.methods.4', 'spec.privacy.video'] }) },
    {
      name: 'a video method that is not offered',
      code: editPolicy({ remove: ['spec.contact.methods.4.secure', 'spec.privacy.video'], set: { 'spec.contact.methods.4.offered': false } }),
    },
    { name: 'privacy.video without a video contact method', code: editPolicy({ remove: ['spec.contact.methods.4'] }) },
    {
      name: 'the policy marks the inherited privacy.video secure',
      code: editPolicy({ set: { 'spec.privacy.video': { secure: true }, extends: 'clinic.yaml' } }),
      files: { 'clinic.yaml': CLINIC },
    },
  ],
  invalid: [
    {
      name: 'offered video method marked secure: false',
      code: editPolicy({ set: { 'spec.contact.methods.4.secure': false } }),
      errors: [
        {
          messageId: 'methodNotSecure',
          message:
            'the video method "video" is marked not secure: use a video platform with end-to-end encryption (with a BAA or data-processing agreement where the law asks for one) and set secure: true',
          path: '/spec/contact/methods/4/secure',
          line: 40,
          column: 9,
        },
      ],
    },
    {
      name: 'offered video method that does not say whether it is secure points at the method',
      code: editPolicy({ remove: ['spec.contact.methods.4.secure'] }),
      errors: [{ messageId: 'methodSecureUnstated', message: /^the video method "video" does not say whether it is secure: /, path: '/spec/contact/methods/4/secure', line: 37, column: 9 }],
    },
    {
      name: 'privacy.video marked secure: false points at the flow-map key',
      code: editPolicy({ set: { 'spec.privacy.video.secure': false } }),
      errors: [{ messageId: 'platformNotSecure', message: /^the video platform "Doxy.me" is marked not secure: /, path: '/spec/privacy/video/secure', line: 76, column: 32 }],
    },
    {
      name: 'privacy.video with no platform and no secure',
      code: editPolicy({ set: { 'spec.privacy.video': { agreement: 'BAA' } } }),
      errors: [{ messageId: 'platformSecureUnstated', message: /^privacy\.video does not say whether it is secure: /, path: '/spec/privacy/video/secure', line: 76, column: 5 }],
    },
    {
      name: 'both the method and privacy.video, in file order',
      code: editPolicy({ remove: ['spec.contact.methods.4.secure', 'spec.privacy.video.secure'] }),
      errors: [
        { messageId: 'methodSecureUnstated', path: '/spec/contact/methods/4/secure', line: 37 },
        { messageId: 'platformSecureUnstated', path: '/spec/privacy/video/secure', line: 75 },
      ],
    },
    {
      // secure is missing, so there is no line in clinic.yaml to point at: each policy gets the finding, at its own
      // privacy: key (line 71), the nearest key it writes.
      name: 'secure missing from an inherited privacy.video is reported in each policy, at its nearest own key (privacy)',
      code: editPolicy({ remove: ['spec.privacy.video'], set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': CLINIC,
        'other.yaml': editPolicy({ remove: ['spec.privacy.video'], set: { extends: 'clinic.yaml', 'metadata.id': 'ana-cruz' } }),
      },
      errors: [
        { messageId: 'platformSecureUnstated', message: `the video platform "Zoom" does not say whether it is secure: ${FIX}`, path: '/spec/privacy/video/secure', line: 71, column: 3, filePath: 'policy.yaml' },
        { messageId: 'platformSecureUnstated', message: `the video platform "Zoom" does not say whether it is secure: ${FIX}`, path: '/spec/privacy/video/secure', line: 71, column: 3, filePath: 'other.yaml' },
      ],
    },
    {
      // secure: false written in clinic.yaml (line 8) is a present field: one finding, where it is written.
      name: 'an inherited privacy.video marked secure: false is reported once, under the ClinicDefaults file',
      code: editPolicy({ remove: ['spec.privacy.video'], set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': CLINIC.replace('    video: { platform: Zoom }\n', lines('    video:', '      platform: Zoom', '      secure: false')),
        'other.yaml': editPolicy({ remove: ['spec.privacy.video'], set: { extends: 'clinic.yaml', 'metadata.id': 'ana-cruz' } }),
      },
      errors: [{ messageId: 'platformNotSecure', message: `the video platform "Zoom" is marked not secure: ${FIX}`, path: '/spec/privacy/video/secure', line: 8, column: 7, filePath: 'clinic.yaml' }],
    },
  ],
});
