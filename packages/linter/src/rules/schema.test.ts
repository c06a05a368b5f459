import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './schema.js';

const DEFAULTS = 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: riverbend }\n';

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    { name: 'a ClinicDefaults file with only its metadata', code: DEFAULTS },
    { name: 'extends a ClinicDefaults file', code: editPolicy({ set: { extends: '../clinic.yaml' } }), path: 'clinics/a/policies/p.yaml', files: { 'clinics/a/clinic.yaml': DEFAULTS } },
  ],
  invalid: [
    {
      name: 'unknown field with a suggestion',
      code: VALID_POLICY.replace('  turnaround:\n', '  turnarond:\n'),
      errors: [{ line: 54, column: 3, path: '/spec/turnarond', message: 'unknown field "turnarond" in spec — did you mean "turnaround"?' }],
    },
    {
      name: 'unparseable YAML is a finding, not a crash',
      code: 'apiVersion: clearframe/v1\nkind: [oops\n',
      errors: [{ line: 3, path: '', message: /^YAML syntax:/ }],
    },
    {
      name: 'unquoted crisis number',
      code: VALID_POLICY.replace('number: "911"', 'number: 911'),
      errors: [{ line: 51, path: '/spec/contact/routes/crisis/contacts/1/number', message: '"number" must be a string — quote it: "911"' }],
    },
    {
      name: 'missing extends target',
      code: editPolicy({ set: { extends: '../clinic.yaml' } }),
      path: 'clinics/a/policies/p.yaml',
      errors: [{ line: 83, column: 1, path: '/extends', message: 'extends target "../clinic.yaml" does not exist (looked for clinics/a/clinic.yaml)' }],
    },
    {
      name: 'a broken ClinicDefaults file is reported in that file and on the extends key',
      code: editPolicy({ set: { extends: 'clinic.yaml' } }),
      files: { 'clinic.yaml': DEFAULTS + 'spec: { turnaround: { within: soon } }\n' },
      errors: [
        { line: 83, path: '/extends', message: 'extends target clinic.yaml has 1 schema problem; fix that file first' },
        { filePath: 'clinic.yaml', line: 4, column: 23, path: '/spec/turnaround/within', message: /write a reply time such as "24h"/ },
      ],
    },
  ],
});
