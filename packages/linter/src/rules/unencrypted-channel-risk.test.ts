import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './unencrypted-channel-risk.js';

const lines = (...rows: string[]) => rows.join('\n') + '\n';

const CLINIC = lines(
  'apiVersion: clearframe/v1',
  'kind: ClinicDefaults',
  'metadata: { id: riverbend }',
  'spec:',
  '  contact:',
  '    methods:',
  '      - id: email',
  '        kind: email',
  '        address: office@riverbend.example',
);

const policyExtendingClinic = (id: string, methods: string[]) =>
  lines(
    'apiVersion: clearframe/v1',
    'kind: CommunicationPolicy',
    'metadata:',
    `  id: ${id}`,
    '  jurisdiction: US-NY',
    'extends: clinic.yaml',
    'spec:',
    '  contact:',
    '    methods:',
    ...methods,
  );

const PHONE = ['      - id: office-phone', '        kind: phone', '        address: "+1 555 010 0100"'];

const EMAIL =
  'the e-mail method "email" is not encrypted and nothing warns clients that others may read these messages: add a riskNote to it or privacy.electronicRisks';

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    { name: 'the e-mail method has its own riskNote', code: editPolicy({ remove: ['spec.privacy.electronicRisks'] }) },
    { name: 'privacy.electronicRisks covers every insecure channel', code: editPolicy({ remove: ['spec.contact.methods.2.riskNote'] }) },
    {
      name: 'a secure e-mail service needs no risk note',
      code: editPolicy({ remove: ['spec.contact.methods.2.riskNote', 'spec.privacy.electronicRisks'], set: { 'spec.contact.methods.2.secure': true } }),
    },
    {
      name: 'an e-mail method that is not offered needs no risk note',
      code: editPolicy({ remove: ['spec.contact.methods.2.riskNote', 'spec.privacy.electronicRisks'], set: { 'spec.contact.methods.2.offered': false } }),
    },
    {
      name: 'other kinds of method are not checked',
      code: editPolicy({ remove: ['spec.contact.methods.2', 'spec.privacy.electronicRisks'], set: { 'spec.contact.methods.3.secure': false } }),
    },
    { name: 'no contact section', code: editPolicy({ remove: ['spec.contact', 'spec.privacy.electronicRisks'] }) },
    {
      name: 'the policy replaces the inherited e-mail method with one that has a riskNote',
      code: policyExtendingClinic('sam-lee', [...PHONE, '      - id: email', '        kind: email', '        address: sam@riverbend.example', '        riskNote: E-mail is not encrypted.']),
      files: { 'clinic.yaml': CLINIC },
    },
  ],
  invalid: [
    {
      name: 'insecure e-mail with no riskNote and no electronicRisks points at the method',
      code: editPolicy({ remove: ['spec.contact.methods.2.riskNote', 'spec.privacy.electronicRisks'] }),
      errors: [
        {
          messageId: 'noRiskNote',
          message: EMAIL,
          path: '/spec/contact/methods/2/riskNote',
          line: 26,
          column: 9,
        },
      ],
    },
    {
      name: 'texting is offered by default when offered is left out',
      code: editPolicy({ remove: ['spec.contact.methods.1.offered', 'spec.privacy.electronicRisks'] }),
      errors: [{ messageId: 'noRiskNote', message: /^the text-message method "text" is not encrypted/, path: '/spec/contact/methods/1/riskNote', line: 22, column: 9 }],
    },
    {
      name: 'an offered sms and an insecure e-mail: one finding per method, in order',
      code: editPolicy({ remove: ['spec.contact.methods.2.riskNote', 'spec.privacy.electronicRisks'], set: { 'spec.contact.methods.1.offered': true } }),
      errors: [
        { messageId: 'noRiskNote', path: '/spec/contact/methods/1/riskNote', line: 22 },
        { messageId: 'noRiskNote', path: '/spec/contact/methods/2/riskNote', line: 26 },
      ],
    },
    {
      name: 'blank electronicRisks does not count as a warning to clients',
      code: editPolicy({ remove: ['spec.contact.methods.2.riskNote'], set: { 'spec.privacy.electronicRisks': ' ' } }),
      errors: [{ messageId: 'noRiskNote', path: '/spec/contact/methods/2/riskNote', line: 26, column: 9 }],
    },
    {
      // The riskNote is missing, so there is no line in clinic.yaml to point at: each policy gets the finding, at its own
      // methods: key (line 9), the nearest key it writes. The inherited e-mail method is method 0 of the effective policy.
      name: 'a riskNote missing from an inherited insecure e-mail method is reported in each policy, at its nearest own key (methods)',
      code: policyExtendingClinic('sam-lee', PHONE),
      files: { 'clinic.yaml': CLINIC, 'other.yaml': policyExtendingClinic('ana-cruz', PHONE) },
      errors: [
        { messageId: 'noRiskNote', message: EMAIL, path: '/spec/contact/methods/0/riskNote', line: 9, column: 5, filePath: 'policy.yaml' },
        { messageId: 'noRiskNote', message: EMAIL, path: '/spec/contact/methods/0/riskNote', line: 9, column: 5, filePath: 'other.yaml' },
      ],
    },
    {
      // A blank riskNote written in clinic.yaml (line 10) is a present field: one finding, where it is written.
      name: 'a blank riskNote on an inherited insecure e-mail method is reported once, under the ClinicDefaults file',
      code: policyExtendingClinic('sam-lee', PHONE),
      files: { 'clinic.yaml': CLINIC + lines('        riskNote: " "'), 'other.yaml': policyExtendingClinic('ana-cruz', PHONE) },
      errors: [{ messageId: 'noRiskNote', message: EMAIL, path: '/spec/contact/methods/0/riskNote', line: 10, column: 9, filePath: 'clinic.yaml' }],
    },
  ],
});
