import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './secure-app-setup.js';

const HEADER = `apiVersion: clearframe/v1
kind: CommunicationPolicy
metadata: { id: sam-lee, jurisdiction: GB }
`;

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    { name: 'phone and e-mail need no setup', code: editPolicy({ remove: ['spec.contact.methods.0.hours'] }) },
    {
      name: 'a secure app that is not offered',
      code: editPolicy({ set: { 'spec.contact.methods.3.offered': false }, remove: ['spec.contact.methods.3.setup'] }),
    },
    {
      name: 'a portal with setup',
      code: editPolicy({ set: { 'spec.contact.methods.5': { id: 'portal', kind: 'portal', address: 'https://portal.example.org', setup: 'Use the link in your invitation e-mail.' } } }),
    },
  ],
  invalid: [
    {
      name: 'a secure messaging app without setup points at the method',
      code: editPolicy({ remove: ['spec.contact.methods.3.setup'] }),
      errors: [
        {
          path: '/spec/contact/methods/3/setup',
          line: 31,
          column: 9,
          message: 'contact method "spruce" (secure messaging app) has no setup instructions: add setup saying where clients get the app or link and how they join',
        },
      ],
    },
    {
      name: 'video without setup',
      code: editPolicy({ remove: ['spec.contact.methods.4.setup'] }),
      errors: [{ path: '/spec/contact/methods/4/setup', line: 37, column: 9, message: /^contact method "video" \(video\) has no setup instructions/ }],
    },
    {
      name: 'a portal, offered by default, with blank setup points at the setup',
      code: `${HEADER}spec:
  contact:
    methods:
      - id: portal
        kind: portal
        address: https://portal.example.org
        setup: ""
`,
      errors: [{ path: '/spec/contact/methods/0/setup', line: 10, column: 9, message: /^contact method "portal" \(client portal\)/ }],
    },
    {
      name: 'an inherited method without setup: reported once, under the ClinicDefaults file',
      code: editPolicy({ set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': `apiVersion: clearframe/v1
kind: ClinicDefaults
metadata: { id: riverbend }
spec:
  contact:
    methods:
      - { id: portal, kind: portal, address: https://portal.example.org }
`,
        'other-policy.yaml': editPolicy({ set: { extends: 'clinic.yaml', 'metadata.id': 'sam-lee' } }),
      },
      errors: [{ path: '/spec/contact/methods/0/setup', line: 7, column: 9, filePath: 'clinic.yaml' }],
    },
  ],
});
