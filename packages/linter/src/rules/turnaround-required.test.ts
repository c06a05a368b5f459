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
      // within is missing, so there is no line in clinic.yaml to point at: the policy gets the finding, at its own spec:
      // (line 15). (A blank or malformed within is a schema problem, so this rule only ever reports a missing one.)
      name: 'within missing from an inherited turnaround section is reported in the policy, at its nearest own key (spec)',
      code: editPolicy({ remove: ['spec.turnaround'], set: { extends: 'clinic.yaml' } }),
      files: { 'clinic.yaml': 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: riverbend }\nspec:\n  turnaround:\n    excludes: [weekends]\n' },
      errors: [
        {
          message: 'no official turnaround time: add turnaround.within, e.g. "24h" or "2 business days"',
          path: '/spec/turnaround/within',
          line: 15,
          column: 1,
          filePath: 'policy.yaml',
        },
      ],
    },
  ],
});
