import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './turnaround-required.js';

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    { name: 'business days', code: editPolicy({ set: { 'spec.turnaround.within': '2 business days' } }) },
  ],
  invalid: [
    {
      name: 'no turnaround section points at spec',
      code: editPolicy({ remove: ['spec.turnaround'] }),
      errors: [{ path: '/spec/turnaround/within', line: 15, column: 1, message: /no turnaround section/ }],
    },
    {
      name: 'turnaround without within points at turnaround',
      code: editPolicy({ remove: ['spec.turnaround.within'] }),
      errors: [{ path: '/spec/turnaround/within', line: 54, column: 3, message: /no official turnaround time/ }],
    },
    {
      name: 'inherited turnaround without within is reported once under the ClinicDefaults file',
      code: editPolicy({ remove: ['spec.turnaround'], set: { extends: 'clinic.yaml' } }),
      files: { 'clinic.yaml': 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: riverbend }\nspec:\n  turnaround:\n    excludes: [weekends]\n' },
      errors: [{ path: '/spec/turnaround/within', line: 5, column: 3, filePath: 'clinic.yaml' }],
    },
  ],
});
