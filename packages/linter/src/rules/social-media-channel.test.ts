import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './social-media-channel.js';

const lines = (...rows: string[]) => rows.join('\n') + '\n';

const HEADER = ['apiVersion: clearframe/v1', 'kind: CommunicationPolicy', 'metadata:', '  id: sam-lee', '  jurisdiction: US-NY'];
const METHODS = [
  'spec:',
  '  contact:',
  '    methods:',
  '      - id: office-phone',
  '        kind: phone',
  '        address: "+1 555 010 0100"',
  '      - id: facebook',
  '        kind: social-media',
  '        address: https://facebook.example/samlee',
];

const CLINIC = lines(
  'apiVersion: clearframe/v1',
  'kind: ClinicDefaults',
  'metadata: { id: riverbend }',
  'spec:',
  '  contact:',
  '    methods:',
  '      - id: facebook',
  '        kind: social-media',
  '        address: https://facebook.example/riverbend',
  '    routes:',
  '      clinical: { via: [facebook] }',
);

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    {
      name: 'a social-media method used only for administrative matters',
      code: lines(...HEADER, ...METHODS, '    routes:', '      administrative: { via: [facebook] }', '      clinical: { via: [office-phone] }'),
    },
    { name: 'a social-media method that no route uses', code: lines(...HEADER, ...METHODS, '    routes:', '      clinical: { via: [office-phone] }') },
    { name: 'a route naming a method that does not exist is for route-unknown-method', code: editPolicy({ set: { 'spec.contact.routes.clinical.via': ['facebook'] } }) },
    {
      name: 'the policy replaces the inherited clinical route',
      code: editPolicy({ set: { extends: 'clinic.yaml' } }),
      files: { 'clinic.yaml': CLINIC },
    },
  ],
  invalid: [
    {
      name: 'clinical and crisis routes through social media, each entry at its position',
      code: lines(
        ...HEADER,
        ...METHODS,
        '    routes:',
        '      administrative: { via: [office-phone, facebook] }',
        '      clinical:',
        '        via: [office-phone, facebook]',
        '      crisis:',
        '        instructions: Call 911 or go to the nearest emergency room.',
        '        via:',
        '          - facebook',
      ),
      errors: [
        {
          messageId: 'socialMediaRoute',
          message:
            'the clinical route sends clients to "facebook", a social-media method: messages there are not private and can show others that you are in therapy; use a secure or direct channel for clinical matters',
          path: '/spec/contact/routes/clinical/via/1',
          line: 18,
          column: 29,
        },
        {
          messageId: 'socialMediaRoute',
          message: /^the crisis route sends clients to "facebook", a social-media method: .* for crises$/,
          path: '/spec/contact/routes/crisis/via/0',
          line: 22,
          column: 13,
        },
      ],
    },
    {
      name: 'the urgent route (v1.1) through social media',
      code: lines(...HEADER, ...METHODS, '    routes:', '      urgent: { via: [office-phone, facebook], note: Same-day call-back }'),
      errors: [
        {
          messageId: 'socialMediaRoute',
          message: /^the urgent route sends clients to "facebook", a social-media method: .* for urgent matters$/,
          path: '/spec/contact/routes/urgent/via/1',
          line: 16,
          column: 37,
        },
      ],
    },
    {
      name: 'a method that is not offered but still named in a route',
      code: lines(...HEADER, ...METHODS, '        offered: false', '    routes:', '      clinical: { via: [facebook] }'),
      errors: [{ messageId: 'socialMediaRoute', path: '/spec/contact/routes/clinical/via/0', line: 17, column: 25 }],
    },
    {
      name: 'an inherited route is reported once, under the ClinicDefaults file',
      code: editPolicy({ remove: ['spec.contact.routes.clinical'], set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': CLINIC,
        'other.yaml': editPolicy({ remove: ['spec.contact.routes.clinical'], set: { extends: 'clinic.yaml', 'metadata.id': 'ana-cruz' } }),
      },
      errors: [{ messageId: 'socialMediaRoute', path: '/spec/contact/routes/clinical/via/0', line: 11, column: 25, filePath: 'clinic.yaml' }],
    },
  ],
});
