import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './crisis-route-async-only.js';

const HEADER = `apiVersion: clearframe/v1
kind: CommunicationPolicy
metadata: { id: sam-lee, jurisdiction: US }
`;

const CLINIC_WITH_EMAIL_CRISIS_ROUTE = `apiVersion: clearframe/v1
kind: ClinicDefaults
metadata: { id: riverbend }
spec:
  contact:
    routes:
      crisis:
        instructions: Write to the front desk.
        via: [email]
`;

const noContacts = 'spec.contact.routes.crisis.contacts';

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    {
      name: 'asynchronous methods alongside a crisis contact with a number',
      code: editPolicy({ set: { 'spec.contact.routes.crisis.via': ['email', 'spruce'] } }),
    },
    {
      name: 'a phone next to e-mail is not asynchronous only',
      code: editPolicy({ set: { 'spec.contact.routes.crisis.via': ['office-phone', 'email'] }, remove: [noContacts] }),
    },
    { name: 'instructions only, no methods: the text is not parsed', code: editPolicy({ remove: [noContacts] }) },
    { name: 'no crisis route (left to crisis-route-required)', code: editPolicy({ remove: ['spec.contact.routes.crisis'] }) },
    {
      name: 'a method that is not offered does not count (left to route-unknown-method)',
      code: editPolicy({ set: { 'spec.contact.routes.crisis.via': ['text'] }, remove: [noContacts] }),
    },
    {
      name: 'an unknown method id does not count (left to route-unknown-method)',
      code: editPolicy({ set: { 'spec.contact.routes.crisis.via': ['pager'] }, remove: [noContacts] }),
    },
    {
      name: 'any contact with a number satisfies the rule, whatever its kind',
      code: editPolicy({
        set: { 'spec.contact.routes.crisis.via': ['email'], [noContacts]: [{ name: 'Community mental health team', number: '555 0100', kind: 'other' }] },
      }),
    },
  ],
  invalid: [
    {
      name: 'e-mail and a portal with no crisis contacts point at via',
      code: `${HEADER}spec:
  contact:
    methods:
      - { id: email, kind: email, address: sam@example.org }
      - { id: portal, kind: portal, address: https://portal.example.org }
    routes:
      crisis:
        instructions: Write to me and I will answer within a day.
        via: [email, portal]
`,
      errors: [{ messageId: 'onlyAsynchronous', path: '/spec/contact/routes/crisis/via', line: 12, column: 9, message: /only to messages that may not be read in time \("email", "portal"\)/ }],
    },
    {
      name: 'a crisis contact without a number (a web link only) does not count',
      code: `${HEADER}spec:
  contact:
    methods:
      - { id: form, kind: web-form, address: https://example.org/contact }
    routes:
      crisis:
        contacts:
          - { name: Online crisis chat, url: https://chat.example.org }
        via: [form]
`,
      errors: [{ messageId: 'onlyAsynchronous', path: '/spec/contact/routes/crisis/via', line: 12, column: 9, message: /add a crisis line or emergency number/ }],
    },
    {
      name: 'offered texting and secure messaging are asynchronous',
      code: editPolicy({
        set: { 'spec.contact.methods.1.offered': true, 'spec.contact.methods.1.address': '+1 555 010 0199', 'spec.contact.routes.crisis.via': ['text', 'spruce'] },
        remove: [noContacts],
      }),
      errors: [{ messageId: 'onlyAsynchronous', path: '/spec/contact/routes/crisis/via', message: /\("text", "spruce"\)/ }],
    },
    {
      name: 'a not-offered phone next to e-mail leaves only e-mail',
      code: editPolicy({
        set: { 'spec.contact.methods.0.offered': false, 'spec.contact.routes.crisis.via': ['office-phone', 'email'] },
        remove: [noContacts],
      }),
      errors: [{ messageId: 'onlyAsynchronous', path: '/spec/contact/routes/crisis/via', message: /\("email"\)/ }],
    },
    {
      name: 'an inherited crisis route is reported once, under the ClinicDefaults file',
      code: editPolicy({ remove: ['spec.contact.routes.crisis'], set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': CLINIC_WITH_EMAIL_CRISIS_ROUTE,
        'other-policy.yaml': editPolicy({ remove: ['spec.contact.routes.crisis'], set: { extends: 'clinic.yaml', 'metadata.id': 'sam-lee' } }),
      },
      errors: [{ messageId: 'onlyAsynchronous', path: '/spec/contact/routes/crisis/via', line: 9, column: 9, filePath: 'clinic.yaml' }],
    },
  ],
});
