import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './route-unknown-method.js';

const HEADER = `apiVersion: clearframe/v1
kind: CommunicationPolicy
metadata: { id: sam-lee, jurisdiction: US }
`;

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    { name: 'a method with no offered field is offered', code: editPolicy({ set: { 'spec.contact.routes.clinical.via': ['office-phone', 'video'] } }) },
    { name: 'no routes', code: editPolicy({ remove: ['spec.contact.routes'] }) },
    { name: 'a route without via', code: editPolicy({ remove: ['spec.contact.routes.administrative.via'] }) },
    {
      name: 'a method inherited from the ClinicDefaults file',
      code: editPolicy({ set: { extends: 'clinic.yaml', 'spec.contact.routes.administrative.via': ['front-desk'] } }),
      files: {
        'clinic.yaml': `apiVersion: clearframe/v1
kind: ClinicDefaults
metadata: { id: riverbend }
spec:
  contact:
    methods:
      - { id: front-desk, kind: phone, address: "+1 555 010 0100" }
`,
      },
    },
  ],
  invalid: [
    {
      name: 'an unknown id points at the list item',
      code: `${HEADER}spec:
  contact:
    methods:
      - { id: office-phone, kind: phone, address: "+1 555 010 0199" }
    routes:
      administrative: { via: [office-phone, pager] }
`,
      errors: [
        {
          messageId: 'unknownMethod',
          path: '/spec/contact/routes/administrative/via/1',
          line: 9,
          column: 45,
          message: 'the administrative route uses "pager", but no contact method has that id: fix the id or add the method under contact.methods',
        },
      ],
    },
    {
      name: 'a method with offered: false',
      code: `${HEADER}spec:
  contact:
    methods:
      - { id: office-phone, kind: phone, address: "+1 555 010 0199" }
      - { id: text, kind: sms, offered: false }
    routes:
      clinical:
        via:
          - office-phone
          - text
`,
      errors: [
        {
          messageId: 'methodNotOffered',
          path: '/spec/contact/routes/clinical/via/1',
          line: 13,
          column: 13,
          message: 'the clinical route uses "text", but that method is marked as not offered (offered: false): remove it from the route, or offer the method',
        },
      ],
    },
    {
      name: 'no methods at all: every id is unknown',
      code: `${HEADER}spec:
  contact:
    routes:
      administrative: { via: [email] }
      clinical: { via: [email] }
`,
      errors: [
        { messageId: 'unknownMethod', path: '/spec/contact/routes/administrative/via/0', line: 7, message: /"email", but no contact method has that id/ },
        { messageId: 'unknownMethod', path: '/spec/contact/routes/clinical/via/0', line: 8, message: /"email", but no contact method has that id/ },
      ],
    },
    {
      name: 'the urgent route (v1.1) is checked too',
      code: editPolicy({ set: { 'spec.contact.routes.urgent': { via: ['office-phone', 'on-call'], note: 'Same-day call-back' } } }),
      errors: [{ messageId: 'unknownMethod', path: '/spec/contact/routes/urgent/via/1', message: 'the urgent route uses "on-call", but no contact method has that id: fix the id or add the method under contact.methods' }],
    },
    {
      name: 'the crisis route is checked too',
      code: editPolicy({ set: { 'spec.contact.routes.crisis.via': ['text', 'emergency-line'] } }),
      errors: [
        { messageId: 'methodNotOffered', path: '/spec/contact/routes/crisis/via/0', message: /the crisis route uses "text", but that method is marked as not offered/ },
        { messageId: 'unknownMethod', path: '/spec/contact/routes/crisis/via/1', message: /the crisis route uses "emergency-line", but no contact method has that id/ },
      ],
    },
    {
      name: 'a policy that withdraws an inherited method: the inherited route is reported once, under the ClinicDefaults file',
      code: editPolicy({ set: { extends: 'clinic.yaml', 'spec.contact.methods.5': { id: 'portal', kind: 'portal', offered: false } }, remove: ['spec.contact.routes.clinical'] }),
      files: {
        'clinic.yaml': `apiVersion: clearframe/v1
kind: ClinicDefaults
metadata: { id: riverbend }
spec:
  contact:
    methods:
      - { id: portal, kind: portal, address: https://portal.example.org, setup: Use the link in your invitation. }
    routes:
      clinical: { via: [portal] }
`,
        'other-policy.yaml': editPolicy({
          set: { extends: 'clinic.yaml', 'metadata.id': 'sam-lee', 'spec.contact.methods.5': { id: 'portal', kind: 'portal', offered: false } },
          remove: ['spec.contact.routes.clinical'],
        }),
      },
      errors: [{ messageId: 'methodNotOffered', path: '/spec/contact/routes/clinical/via/0', line: 9, column: 25, filePath: 'clinic.yaml', message: /"portal", but that method is marked as not offered/ }],
    },
  ],
});
