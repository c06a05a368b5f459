import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './turnaround-exceptions.js';

const MESSAGE =
  "the turnaround time doesn't say whether weekends, holidays or vacations count: add turnaround.excludes, e.g. [weekends, holidays, vacations], or [] if you reply on those days too";

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    { name: 'an empty list says that nothing is excluded', code: editPolicy({ set: { 'spec.turnaround.excludes': [] } }) },
    { name: 'weekends only', code: editPolicy({ set: { 'spec.turnaround.excludes': ['weekends'] } }) },
    { name: 'no turnaround section (left to turnaround-required)', code: editPolicy({ remove: ['spec.turnaround'] }) },
    {
      name: 'a schedule without within already states the window (v1.1)',
      code: editPolicy({ set: { 'spec.turnaround.schedule': 'E-mails received by Tuesday noon are answered by Thursday 5 pm.' }, remove: ['spec.turnaround.within', 'spec.turnaround.excludes'] }),
    },
    {
      name: 'excludes inherited from the ClinicDefaults file',
      code: editPolicy({ set: { extends: 'clinic.yaml' }, remove: ['spec.turnaround.excludes'] }),
      files: { 'clinic.yaml': 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: riverbend }\nspec:\n  turnaround:\n    excludes: [weekends, holidays]\n' },
    },
    {
      name: "an empty list in the policy replaces the ClinicDefaults file's list",
      code: editPolicy({ set: { extends: 'clinic.yaml', 'spec.turnaround.excludes': [] } }),
      files: { 'clinic.yaml': 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: riverbend }\nspec:\n  turnaround:\n    excludes: [weekends]\n' },
    },
  ],
  invalid: [
    {
      name: 'a schedule next to within: the within still needs its excludes (v1.1)',
      code: editPolicy({ set: { 'spec.turnaround.schedule': 'E-mails received by Tuesday noon are answered by Thursday 5 pm.' }, remove: ['spec.turnaround.excludes'] }),
      errors: [{ messageId: 'noExcludes', path: '/spec/turnaround/excludes', message: MESSAGE }],
    },
    {
      name: 'a range within is a within (v1.1)',
      code: editPolicy({ set: { 'spec.turnaround.within': '24-48h' }, remove: ['spec.turnaround.excludes'] }),
      errors: [{ messageId: 'noExcludes', path: '/spec/turnaround/excludes', message: MESSAGE }],
    },
    {
      name: 'no excludes points at turnaround',
      code: editPolicy({ remove: ['spec.turnaround.excludes'] }),
      errors: [
        {
          messageId: 'noExcludes',
          path: '/spec/turnaround/excludes',
          line: 54,
          column: 3,
          message: MESSAGE,
        },
      ],
    },
    {
      // The list is missing, so there is no line in clinic.yaml to point at: each policy gets the finding, at its own
      // spec: (line 15). (The rule only reports a missing list, so nothing here is reported under clinic.yaml.)
      name: 'excludes missing from an inherited turnaround section is reported in each policy, at its nearest own key (spec)',
      code: editPolicy({ set: { extends: 'clinic.yaml' }, remove: ['spec.turnaround'] }),
      files: {
        'clinic.yaml': 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: riverbend }\nspec:\n  turnaround:\n    within: 2 business days\n',
        'other-policy.yaml': editPolicy({ set: { extends: 'clinic.yaml', 'metadata.id': 'sam-lee' }, remove: ['spec.turnaround'] }),
      },
      errors: [
        { messageId: 'noExcludes', message: MESSAGE, path: '/spec/turnaround/excludes', line: 15, column: 1, filePath: 'policy.yaml' },
        { messageId: 'noExcludes', message: MESSAGE, path: '/spec/turnaround/excludes', line: 15, column: 1, filePath: 'other-policy.yaml' },
      ],
    },
  ],
});
