import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './video-recording-stance.js';

const MESSAGE = 'the policy offers video ("video") but doesn\'t say whether sessions are recorded: add privacy.video.recording: never, with-consent or always';

ruleTester(rule, {
  valid: [
    { name: 'complete policy (recording: never)', code: VALID_POLICY },
    { name: 'recorded with consent', code: editPolicy({ set: { 'spec.privacy.video.recording': 'with-consent' } }) },
    { name: 'video not offered', code: editPolicy({ set: { 'spec.contact.methods.4.offered': false }, remove: ['spec.privacy.video.recording'] }) },
    { name: 'no video method at all', code: editPolicy({ remove: ['spec.contact.methods.4', 'spec.privacy.video'] }) },
  ],
  invalid: [
    {
      name: 'no recording stance points at privacy.video',
      code: editPolicy({ remove: ['spec.privacy.video.recording'] }),
      errors: [{ messageId: 'noRecordingStance', path: '/spec/privacy/video/recording', line: 76, column: 5, message: MESSAGE }],
    },
    {
      name: 'no privacy.video section: fires all the same, at privacy',
      code: editPolicy({ remove: ['spec.privacy.video'] }),
      errors: [{ messageId: 'noRecordingStance', path: '/spec/privacy/video/recording', line: 71, column: 3, message: MESSAGE }],
    },
    {
      name: 'no privacy section at all: at spec',
      code: editPolicy({ remove: ['spec.privacy'] }),
      errors: [{ messageId: 'noRecordingStance', path: '/spec/privacy/video/recording', line: 15, column: 1, message: MESSAGE }],
    },
  ],
});
