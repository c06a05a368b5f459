import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './secure-app-setup.js';

const HEADER = `apiVersion: clearframe/v1
kind: CommunicationPolicy
metadata: { id: sam-lee, jurisdiction: GB }
`;

const PORTAL = 'contact method "portal" (client portal) has no setup instructions: add setup saying where clients get the app or link and how they join';

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
          messageId: 'noSetup',
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
      errors: [{ messageId: 'noSetup', path: '/spec/contact/methods/4/setup', line: 37, column: 9, message: /^contact method "video" \(video\) has no setup instructions/ }],
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
      errors: [{ messageId: 'noSetup', path: '/spec/contact/methods/0/setup', line: 10, column: 9, message: /^contact method "portal" \(client portal\)/ }],
    },
    {
      // The setup is missing, so there is no line in clinic.yaml to point at: each policy gets the finding, at its own
      // methods: key (line 17), the nearest key it writes. The inherited portal is method 0 of the effective policy.
      name: 'setup missing from an inherited method is reported in each policy, at its nearest own key (methods)',
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
      errors: [
        { messageId: 'noSetup', message: PORTAL, path: '/spec/contact/methods/0/setup', line: 17, column: 5, filePath: 'policy.yaml' },
        { messageId: 'noSetup', message: PORTAL, path: '/spec/contact/methods/0/setup', line: 17, column: 5, filePath: 'other-policy.yaml' },
      ],
    },
    {
      // A blank setup written in clinic.yaml (line 10) is a present field: one finding, where it is written.
      name: 'a blank setup on an inherited method is reported once, under the ClinicDefaults file',
      code: editPolicy({ set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': `apiVersion: clearframe/v1
kind: ClinicDefaults
metadata: { id: riverbend }
spec:
  contact:
    methods:
      - id: portal
        kind: portal
        address: https://portal.example.org
        setup: " "
`,
        'other-policy.yaml': editPolicy({ set: { extends: 'clinic.yaml', 'metadata.id': 'sam-lee' } }),
      },
      errors: [{ messageId: 'noSetup', message: PORTAL, path: '/spec/contact/methods/0/setup', line: 10, column: 9, filePath: 'clinic.yaml' }],
    },
  ],
});
