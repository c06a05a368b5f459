import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './telehealth-licensure.js';

const MESSAGE =
  'the policy offers video ("video") but doesn\'t say where you are licensed to practise: add telehealth.licensedIn, e.g. [US-CA], and say in telehealth.clientLocation where the client needs to be during a session';

ruleTester(rule, {
  valid: [
    { name: 'complete policy (licensedIn: [US-CA])', code: VALID_POLICY },
    { name: 'licensed in two states', code: editPolicy({ set: { 'spec.telehealth.licensedIn': ['US-CA', 'US-NV'] } }) },
    { name: 'video not offered', code: editPolicy({ set: { 'spec.contact.methods.4.offered': false }, remove: ['spec.telehealth'] }) },
  ],
  invalid: [
    {
      name: 'no telehealth section points at spec',
      code: editPolicy({ remove: ['spec.telehealth'] }),
      errors: [{ messageId: 'noLicensure', path: '/spec/telehealth/licensedIn', line: 15, column: 1, message: MESSAGE }],
    },
    {
      name: 'a client location but no licensedIn points at telehealth',
      code: editPolicy({ remove: ['spec.telehealth.licensedIn'] }),
      errors: [{ messageId: 'noLicensure', path: '/spec/telehealth/licensedIn', line: 58, column: 3, message: MESSAGE }],
    },
    {
      name: "the example is the policy's own jurisdiction",
      code: editPolicy({ set: { 'metadata.jurisdiction': 'GB-SCT' }, remove: ['spec.telehealth'] }),
      errors: [{ messageId: 'noLicensure', path: '/spec/telehealth/licensedIn', message: /add telehealth\.licensedIn, e\.g\. \[GB-SCT\], and/ }],
    },
    {
      name: 'an empty licensedIn says nothing',
      code: editPolicy({ set: { 'spec.telehealth.licensedIn': [] } }),
      errors: [{ messageId: 'noLicensure', path: '/spec/telehealth/licensedIn', line: 58, message: MESSAGE }],
    },
  ],
});
