import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './contact-by-need.js';

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    { name: 'a route with a note and no methods', code: editPolicy({ set: { 'spec.contact.routes.clinical': { note: 'Please bring homework questions to the session.' } } }) },
    { name: 'a route with methods and no note', code: editPolicy({ remove: ['spec.contact.routes.administrative.note'] }) },
    {
      name: 'routes inherited from the ClinicDefaults file',
      code: editPolicy({ set: { extends: 'clinic.yaml' }, remove: ['spec.contact.routes.administrative', 'spec.contact.routes.clinical'] }),
      files: {
        'clinic.yaml': `apiVersion: clearframe/v1
kind: ClinicDefaults
metadata: { id: riverbend }
spec:
  contact:
    routes:
      administrative: { note: Call the front desk. }
      clinical: { note: Homework questions wait for the session. }
`,
      },
    },
  ],
  invalid: [
    {
      name: 'no administrative route points at routes',
      code: editPolicy({ remove: ['spec.contact.routes.administrative'] }),
      errors: [
        {
          messageId: 'noRoute',
          path: '/spec/contact/routes/administrative',
          line: 44,
          column: 5,
          message: 'no administrative route: add contact.routes.administrative saying which method clients should use for scheduling, cancellations and billing',
        },
      ],
    },
    {
      name: 'no clinical route',
      code: editPolicy({ remove: ['spec.contact.routes.clinical'] }),
      errors: [{ messageId: 'noRoute', path: '/spec/contact/routes/clinical', line: 44, column: 5, message: /^no clinical route: add contact.routes.clinical saying which method clients should use for check-ins, homework or journaling/ }],
    },
    {
      name: 'an empty route points at its key',
      code: editPolicy({ set: { 'spec.contact.routes.clinical': {} } }),
      errors: [
        {
          messageId: 'routeNamesNoMethod',
          path: '/spec/contact/routes/clinical',
          line: 46,
          column: 7,
          message:
            'the clinical route names no method and has no note: add via or a note saying which method clients should use for check-ins, homework or journaling between sessions (or that these wait for the session)',
        },
      ],
    },
    {
      name: 'a route with an empty via and no note',
      code: editPolicy({ set: { 'spec.contact.routes.administrative': { via: [] } } }),
      errors: [{ messageId: 'routeNamesNoMethod', path: '/spec/contact/routes/administrative', line: 45, column: 7, message: /^the administrative route names no method and has no note/ }],
    },
    {
      name: 'no routes: one finding per need, at contact',
      code: editPolicy({ remove: ['spec.contact.routes'] }),
      errors: [
        { messageId: 'noRoute', path: '/spec/contact/routes/administrative', line: 16, column: 3 },
        { messageId: 'noRoute', path: '/spec/contact/routes/clinical', line: 16, column: 3 },
      ],
    },
    {
      name: 'no contact section: one finding per need, at spec',
      code: editPolicy({ remove: ['spec.contact'] }),
      errors: [
        { messageId: 'noRoute', path: '/spec/contact/routes/administrative', line: 15, column: 1 },
        { messageId: 'noRoute', path: '/spec/contact/routes/clinical', line: 15, column: 1 },
      ],
    },
    {
      name: 'an empty route inherited from the ClinicDefaults file: reported once, under that file',
      code: editPolicy({ set: { extends: 'clinic.yaml' }, remove: ['spec.contact.routes.clinical'] }),
      files: {
        'clinic.yaml': `apiVersion: clearframe/v1
kind: ClinicDefaults
metadata: { id: riverbend }
spec:
  contact:
    routes:
      clinical: { via: [] }
`,
        'other-policy.yaml': editPolicy({ set: { extends: 'clinic.yaml', 'metadata.id': 'sam-lee' }, remove: ['spec.contact.routes.clinical'] }),
      },
      errors: [{ messageId: 'routeNamesNoMethod', path: '/spec/contact/routes/clinical', line: 7, column: 7, filePath: 'clinic.yaml', message: /^the clinical route names no method and has no note/ }],
    },
  ],
});
