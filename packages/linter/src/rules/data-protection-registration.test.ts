import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './data-protection-registration.js';

const UK = (changes: { set?: Record<string, unknown>; remove?: string[] } = {}) =>
  editPolicy({ ...changes, set: { 'metadata.jurisdiction': 'GB', ...changes.set } });

const CLINIC = 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: stillpoint }\nspec:\n  privacy:\n    dataProtection:\n      encryption: Records are encrypted at rest.\n';

const MESSAGE_GB =
  "a practice in GB that keeps client records usually has to register with the Information Commissioner's Office (ICO): register, then add privacy.dataProtection.registration, e.g. { authority: ICO, number: ZA123456 }";

ruleTester(rule, {
  valid: [
    { name: 'complete policy outside the UK', code: VALID_POLICY },
    { name: 'GB with a registration', code: UK({ set: { 'spec.privacy.dataProtection.registration': { authority: 'ICO', number: 'ZA123456' } } }) },
    { name: 'GB-SCT with a registration', code: UK({ set: { 'metadata.jurisdiction': 'GB-SCT', 'spec.privacy.dataProtection.registration': { authority: 'ICO' } } }) },
    { name: 'another European country is not checked', code: editPolicy({ set: { 'metadata.jurisdiction': 'IE' }, remove: ['spec.privacy'] }) },
    {
      name: 'registration inherited from the ClinicDefaults file',
      code: UK({ remove: ['spec.privacy'], set: { extends: 'clinic.yaml' } }),
      files: { 'clinic.yaml': CLINIC + '      registration: { authority: ICO, number: ZA654321 }\n' },
    },
  ],
  invalid: [
    {
      name: 'GB without a registration points at dataProtection',
      code: UK(),
      errors: [
        {
          messageId: 'noRegistration',
          message: MESSAGE_GB,
          path: '/spec/privacy/dataProtection/registration',
          line: 74,
          column: 5,
        },
      ],
    },
    {
      name: 'a subdivision of GB without dataProtection points at privacy',
      code: UK({ set: { 'metadata.jurisdiction': 'GB-WLS' }, remove: ['spec.privacy.dataProtection'] }),
      errors: [{ messageId: 'noRegistration', message: /^a practice in GB-WLS /, path: '/spec/privacy/dataProtection/registration', line: 71, column: 3 }],
    },
    {
      // No other rule reports a missing privacy section, so this one does.
      name: 'GB without a privacy section points at spec',
      code: UK({ remove: ['spec.privacy'] }),
      errors: [{ messageId: 'noRegistration', path: '/spec/privacy/dataProtection/registration', line: 15, column: 1 }],
    },
    {
      // The registration is missing, so there is no line in clinic.yaml to point at: each policy gets the finding, at its
      // own spec: (line 15). (The rule only reports a missing registration, so nothing here is reported under clinic.yaml.)
      name: 'a registration missing from an inherited dataProtection is reported in each policy, at its nearest own key (spec)',
      code: UK({ remove: ['spec.privacy'], set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': CLINIC,
        'other.yaml': UK({ remove: ['spec.privacy'], set: { extends: 'clinic.yaml', 'metadata.id': 'ana-cruz' } }),
      },
      errors: [
        { messageId: 'noRegistration', message: MESSAGE_GB, path: '/spec/privacy/dataProtection/registration', line: 15, column: 1, filePath: 'policy.yaml' },
        { messageId: 'noRegistration', message: MESSAGE_GB, path: '/spec/privacy/dataProtection/registration', line: 15, column: 1, filePath: 'other.yaml' },
      ],
    },
  ],
});
