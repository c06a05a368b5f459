import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './faster-reply-disclaimer.js';

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    { name: 'no turnaround section (left to turnaround-required)', code: editPolicy({ remove: ['spec.turnaround'] }) },
    {
      name: 'a schedule without within already states the window (v1.1)',
      code: editPolicy({ set: { 'spec.turnaround.schedule': 'E-mails received by Tuesday noon are answered by Thursday 5 pm.' }, remove: ['spec.turnaround.within', 'spec.turnaround.fasterRepliesNotGuaranteed'] }),
    },
    {
      name: 'inherited from the ClinicDefaults file',
      code: editPolicy({ set: { extends: 'clinic.yaml' }, remove: ['spec.turnaround.fasterRepliesNotGuaranteed'] }),
      files: { 'clinic.yaml': 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: riverbend }\nspec:\n  turnaround:\n    fasterRepliesNotGuaranteed: true\n' },
    },
  ],
  invalid: [
    {
      name: 'a schedule next to within: the within still needs its fasterRepliesNotGuaranteed (v1.1)',
      code: editPolicy({ set: { 'spec.turnaround.schedule': 'E-mails received by Tuesday noon are answered by Thursday 5 pm.' }, remove: ['spec.turnaround.fasterRepliesNotGuaranteed'] }),
      errors: [{ messageId: 'noDisclaimer', path: '/spec/turnaround/fasterRepliesNotGuaranteed', message: /doesn't say that a quick reply/ }],
    },
    {
      name: 'a range within is a within (v1.1)',
      code: editPolicy({ set: { 'spec.turnaround.within': '24-48h' }, remove: ['spec.turnaround.fasterRepliesNotGuaranteed'] }),
      errors: [{ messageId: 'noDisclaimer', path: '/spec/turnaround/fasterRepliesNotGuaranteed', message: /doesn't say that a quick reply/ }],
    },
    {
      name: 'absent: points at turnaround',
      code: editPolicy({ remove: ['spec.turnaround.fasterRepliesNotGuaranteed'] }),
      errors: [
        {
          messageId: 'noDisclaimer',
          path: '/spec/turnaround/fasterRepliesNotGuaranteed',
          line: 54,
          column: 3,
          message: "the policy doesn't say that a quick reply now and then is not a promise: add turnaround.fasterRepliesNotGuaranteed: true",
        },
      ],
    },
    {
      name: 'false: points at the field',
      code: editPolicy({ set: { 'spec.turnaround.fasterRepliesNotGuaranteed': false } }),
      errors: [
        {
          messageId: 'disclaimerFalse',
          path: '/spec/turnaround/fasterRepliesNotGuaranteed',
          line: 57,
          column: 5,
          message: 'fasterRepliesNotGuaranteed is false, which tells clients to expect quick replies: set it to true so that an occasional fast answer is not taken as a promise',
        },
      ],
    },
    {
      name: 'the policy overrides an inherited true with false',
      code: editPolicy({ set: { extends: 'clinic.yaml', 'spec.turnaround.fasterRepliesNotGuaranteed': false } }),
      files: { 'clinic.yaml': 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: riverbend }\nspec:\n  turnaround:\n    fasterRepliesNotGuaranteed: true\n' },
      errors: [{ messageId: 'disclaimerFalse', path: '/spec/turnaround/fasterRepliesNotGuaranteed', line: 57, column: 5, filePath: 'policy.yaml', message: /is false/ }],
    },
    {
      name: 'inherited false: reported once, under the ClinicDefaults file',
      code: editPolicy({ set: { extends: 'clinic.yaml' }, remove: ['spec.turnaround.fasterRepliesNotGuaranteed'] }),
      files: {
        'clinic.yaml': 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: riverbend }\nspec:\n  turnaround:\n    fasterRepliesNotGuaranteed: false\n',
        'other-policy.yaml': editPolicy({ set: { extends: 'clinic.yaml', 'metadata.id': 'sam-lee' }, remove: ['spec.turnaround.fasterRepliesNotGuaranteed'] }),
      },
      errors: [{ messageId: 'disclaimerFalse', path: '/spec/turnaround/fasterRepliesNotGuaranteed', line: 6, column: 5, filePath: 'clinic.yaml', message: /is false/ }],
    },
  ],
});
