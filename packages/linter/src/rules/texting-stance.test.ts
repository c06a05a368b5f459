import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './texting-stance.js';

const MESSAGE = "the policy doesn't say whether clients can text you: add a contact method of kind sms, with offered: false and a note if you don't use texting";

ruleTester(rule, {
  valid: [
    { name: 'complete policy (texting not offered, and said so)', code: VALID_POLICY },
    {
      name: 'texting offered',
      code: editPolicy({ set: { 'spec.contact.methods.1': { id: 'text', kind: 'sms', address: '+1 555 010 0199' } } }),
    },
    {
      name: 'the sms method comes from the ClinicDefaults file',
      code: editPolicy({ set: { extends: 'clinic.yaml' }, remove: ['spec.contact.methods.1'] }),
      files: {
        'clinic.yaml': `apiVersion: clearframe/v1
kind: ClinicDefaults
metadata: { id: riverbend }
spec:
  contact:
    methods:
      - { id: no-texting, kind: sms, offered: false, note: We don't use texting. }
`,
      },
    },
  ],
  invalid: [
    {
      name: 'no sms method points at methods',
      code: editPolicy({ remove: ['spec.contact.methods.1'] }),
      errors: [{ messageId: 'noTextingStance', path: '/spec/contact/methods', line: 17, column: 5, message: MESSAGE }],
    },
    {
      name: 'a crisis line that takes texts is not a texting stance',
      code: editPolicy({
        remove: ['spec.contact.methods.1'],
        set: { 'spec.contact.routes.crisis.contacts.0': { name: '988 Suicide & Crisis Lifeline', number: '988', kind: 'crisis-line', text: true } },
      }),
      errors: [{ messageId: 'noTextingStance', path: '/spec/contact/methods', line: 17, column: 5 }],
    },
    {
      name: 'no methods: points at contact',
      code: editPolicy({ remove: ['spec.contact.methods'] }),
      errors: [{ messageId: 'noTextingStance', path: '/spec/contact/methods', line: 16, column: 3, message: MESSAGE }],
    },
    {
      name: 'no contact section: points at spec',
      code: editPolicy({ remove: ['spec.contact'] }),
      errors: [{ messageId: 'noTextingStance', path: '/spec/contact/methods', line: 15, column: 1, message: MESSAGE }],
    },
    {
      name: 'inherited methods with no sms: reported once, under the ClinicDefaults file',
      code: editPolicy({ set: { extends: 'clinic.yaml' }, remove: ['spec.contact.methods'] }),
      files: {
        'clinic.yaml': `apiVersion: clearframe/v1
kind: ClinicDefaults
metadata: { id: riverbend }
spec:
  contact:
    methods:
      - { id: front-desk, kind: phone, address: "+1 555 010 0100" }
`,
        'other-policy.yaml': editPolicy({ set: { extends: 'clinic.yaml', 'metadata.id': 'sam-lee' }, remove: ['spec.contact.methods'] }),
      },
      errors: [{ messageId: 'noTextingStance', path: '/spec/contact/methods', line: 6, column: 5, filePath: 'clinic.yaml', message: MESSAGE }],
    },
  ],
});
