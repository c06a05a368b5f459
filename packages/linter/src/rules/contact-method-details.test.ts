import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './contact-method-details.js';

const HEADER = `apiVersion: clearframe/v1
kind: CommunicationPolicy
metadata: { id: sam-lee, jurisdiction: US }
`;

const FRONT_DESK = 'contact method "front-desk" (phone) is offered but has no address: add the phone number, say where clients get it (addressProvided: at-intake, on-request, in-portal or on-website), or set offered: false if you don\'t use it';

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    { name: 'a method that is not offered needs no address', code: editPolicy({ set: { 'spec.contact.methods.2.offered': false }, remove: ['spec.contact.methods.2.address'] }) },
    { name: 'no contact section', code: editPolicy({ remove: ['spec.contact'] }) },
    {
      name: 'addressProvided says where clients get the address (v1.1)',
      code: editPolicy({ set: { 'spec.contact.methods.0.addressProvided': 'at-intake', 'spec.contact.methods.4.addressProvided': 'in-portal' }, remove: ['spec.contact.methods.0.address', 'spec.contact.methods.4.address'] }),
    },
    {
      name: 'an in-person method needs no address (v1.1)',
      code: `${HEADER}spec:
  contact:
    methods:
      - { id: front-desk, kind: in-person, hours: Mon-Fri 9:00-17:00 }
`,
    },
    {
      name: 'a conditional method with an address (v1.1)',
      code: editPolicy({ set: { 'spec.contact.methods.1.offered': true, 'spec.contact.methods.1.address': '+1 555 010 0123', 'spec.contact.methods.1.condition': 'Only after your first appointment.' } }),
    },
  ],
  invalid: [
    {
      name: 'offered by default, with no address: points at the method',
      code: `${HEADER}spec:
  contact:
    methods:
      - id: office-phone
        kind: phone
        hours: Mon-Fri 9:00-17:00
`,
      errors: [
        {
          messageId: 'noAddress',
          path: '/spec/contact/methods/0/address',
          line: 7,
          column: 9,
          message: 'contact method "office-phone" (phone) is offered but has no address: add the phone number, say where clients get it (addressProvided: at-intake, on-request, in-portal or on-website), or set offered: false if you don\'t use it',
        },
      ],
    },
    {
      name: 'explicitly offered with an empty address: points at the address',
      code: `${HEADER}spec:
  contact:
    methods:
      - id: email
        kind: email
        offered: true
        address: "  "
`,
      errors: [{ messageId: 'noAddress', path: '/spec/contact/methods/0/address', line: 10, column: 9, message: /"email" \(e-mail\) is offered but has no address: add the e-mail address/ }],
    },
    {
      name: 'one finding per method, with what to add for its kind',
      code: editPolicy({ remove: ['spec.contact.methods.3.address', 'spec.contact.methods.4.address'] }),
      errors: [
        { messageId: 'noAddress', path: '/spec/contact/methods/3/address', line: 31, message: /"spruce" \(secure messaging app\) .* add your username or invitation link in the app/ },
        { messageId: 'noAddress', path: '/spec/contact/methods/4/address', line: 36, message: /"video" \(video\) .* add the meeting link/ },
      ],
    },
    {
      name: 'a policy method replaces the ClinicDefaults method with the same id whole: its address is not inherited',
      code: editPolicy({ set: { extends: 'clinic.yaml', 'spec.contact.methods.5': { id: 'portal', kind: 'portal', setup: 'Use the link in your invitation.' } } }),
      files: {
        'clinic.yaml': `apiVersion: clearframe/v1
kind: ClinicDefaults
metadata: { id: riverbend }
spec:
  contact:
    methods:
      - { id: portal, kind: portal, address: https://portal.example.org }
`,
      },
      // The merged list keeps the ClinicDefaults order, so the portal is method 0 of the effective policy.
      errors: [{ messageId: 'noAddress', path: '/spec/contact/methods/0/address', line: 44, column: 9, message: /"portal" \(client portal\) .* add the portal link/ }],
    },
    {
      // The address is missing, so there is no line in clinic.yaml to point at: each policy gets the finding, at its own
      // methods: key (line 17), the nearest key it writes. The inherited method is method 0 of the effective policy.
      name: 'an address missing from an inherited method is reported in each policy, at its nearest own key (methods)',
      code: editPolicy({ set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': `apiVersion: clearframe/v1
kind: ClinicDefaults
metadata: { id: riverbend }
spec:
  contact:
    methods:
      - { id: front-desk, kind: phone }
`,
        'other-policy.yaml': editPolicy({ set: { extends: 'clinic.yaml', 'metadata.id': 'sam-lee' } }),
      },
      errors: [
        { messageId: 'noAddress', message: FRONT_DESK, path: '/spec/contact/methods/0/address', line: 17, column: 5, filePath: 'policy.yaml' },
        { messageId: 'noAddress', message: FRONT_DESK, path: '/spec/contact/methods/0/address', line: 17, column: 5, filePath: 'other-policy.yaml' },
      ],
    },
    {
      // A blank address written in clinic.yaml (line 9) is a present field: one finding, where it is written.
      name: 'a blank address on an inherited method is reported once, under the ClinicDefaults file',
      code: editPolicy({ set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': `apiVersion: clearframe/v1
kind: ClinicDefaults
metadata: { id: riverbend }
spec:
  contact:
    methods:
      - id: front-desk
        kind: phone
        address: "  "
`,
        'other-policy.yaml': editPolicy({ set: { extends: 'clinic.yaml', 'metadata.id': 'sam-lee' } }),
      },
      errors: [{ messageId: 'noAddress', message: FRONT_DESK, path: '/spec/contact/methods/0/address', line: 9, column: 9, filePath: 'clinic.yaml' }],
    },
  ],
});
