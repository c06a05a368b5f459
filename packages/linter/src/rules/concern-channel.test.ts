import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './concern-channel.js';

const CLINIC = 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: riverbend }\nspec:\n  concerns:\n    note: Tell us privately if something worries you.\n';

const MESSAGE =
  'the policy gives clients no private way to raise a concern: add concerns.channels, e.g. a contact form where a pseudonym is fine, so a complaint need not become a public review';

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    { name: 'one channel is enough', code: editPolicy({ set: { 'spec.concerns.channels': ['Comment card in the waiting room'] } }) },
    {
      name: 'inherited from the ClinicDefaults file',
      code: editPolicy({ remove: ['spec.concerns'], set: { extends: 'clinic.yaml' } }),
      files: { 'clinic.yaml': CLINIC + '    channels: [Website contact form (a pseudonym is fine)]\n' },
    },
  ],
  invalid: [
    {
      name: 'concerns without channels points at concerns',
      code: editPolicy({ remove: ['spec.concerns.channels'], set: { 'spec.concerns.note': 'Please tell me.' } }),
      errors: [
        {
          messageId: 'noPrivateChannel',
          message: MESSAGE,
          path: '/spec/concerns/channels',
          line: 77,
          column: 3,
          severity: 'info',
        },
      ],
    },
    {
      name: 'an empty list of channels',
      code: editPolicy({ set: { 'spec.concerns.channels': [] } }),
      errors: [{ messageId: 'noPrivateChannel', path: '/spec/concerns/channels', line: 78, column: 5 }],
    },
    {
      name: 'blank channels only',
      code: editPolicy({ set: { 'spec.concerns.channels': [' '] } }),
      errors: [{ messageId: 'noPrivateChannel', path: '/spec/concerns/channels', line: 78, column: 5 }],
    },
    {
      name: 'no concerns section points at spec',
      code: editPolicy({ remove: ['spec.concerns'] }),
      errors: [{ messageId: 'noPrivateChannel', path: '/spec/concerns/channels', line: 15, column: 1 }],
    },
    {
      name: 'an empty list in the policy replaces inherited channels',
      code: editPolicy({ set: { 'spec.concerns.channels': [], extends: 'clinic.yaml' } }),
      files: { 'clinic.yaml': CLINIC + '    channels: [Website contact form]\n' },
      errors: [{ messageId: 'noPrivateChannel', path: '/spec/concerns/channels', line: 78, column: 5 }],
    },
    {
      // The field is missing, so there is no line in clinic.yaml to point at: each policy gets the finding, at its own spec: (line 15).
      name: 'channels missing from an inherited concerns section are reported in each policy, at its nearest own key (spec)',
      code: editPolicy({ remove: ['spec.concerns'], set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': CLINIC,
        'other.yaml': editPolicy({ remove: ['spec.concerns'], set: { extends: 'clinic.yaml', 'metadata.id': 'ana-cruz' } }),
      },
      errors: [
        { messageId: 'noPrivateChannel', message: MESSAGE, path: '/spec/concerns/channels', line: 15, column: 1, filePath: 'policy.yaml' },
        { messageId: 'noPrivateChannel', message: MESSAGE, path: '/spec/concerns/channels', line: 15, column: 1, filePath: 'other.yaml' },
      ],
    },
    {
      // An empty list written in clinic.yaml (line 7) is a present field: one finding, where it is written.
      name: 'an empty list of channels inherited from the ClinicDefaults file is reported once, under that file',
      code: editPolicy({ remove: ['spec.concerns'], set: { extends: 'clinic.yaml' } }),
      files: {
        'clinic.yaml': CLINIC + '    channels: []\n',
        'other.yaml': editPolicy({ remove: ['spec.concerns'], set: { extends: 'clinic.yaml', 'metadata.id': 'ana-cruz' } }),
      },
      errors: [{ messageId: 'noPrivateChannel', message: MESSAGE, path: '/spec/concerns/channels', line: 7, column: 5, filePath: 'clinic.yaml' }],
    },
  ],
});
