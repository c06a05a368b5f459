import { editPolicy, ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './turnaround-required.js';

ruleTester(rule, {
  valid: [
    { name: 'complete policy', code: VALID_POLICY },
    { name: 'business days', code: editPolicy({ set: { 'spec.turnaround.within': '2 business days' } }) },
    { name: 'a range (v1.1)', code: editPolicy({ set: { 'spec.turnaround.within': '24-48h' } }) },
    { name: 'working days (v1.1)', code: editPolicy({ set: { 'spec.turnaround.within': '1 – 2 working days' } }) },
    {
      name: 'a schedule in words states the turnaround on its own (v1.1)',
      code: editPolicy({ set: { 'spec.turnaround.schedule': 'E-mails received by Tuesday noon are answered by Thursday 5 pm.' }, remove: ['spec.turnaround.within'] }),
    },
    {
      name: 'every offered message-based method has its own turnaround.within (v1.1)',
      code: editPolicy({
        set: { 'spec.contact.methods.2.turnaround': { within: '48h' }, 'spec.contact.methods.3.turnaround': { within: '1 business day' } },
        remove: ['spec.turnaround'],
      }),
    },
  ],
  invalid: [
    {
      name: 'only some offered message-based methods have their own turnaround: names the others (v1.1)',
      code: editPolicy({ set: { 'spec.contact.methods.2.turnaround': { within: '48h' } }, remove: ['spec.turnaround'] }),
      errors: [{ messageId: 'noTurnaroundSection', path: '/spec/turnaround/within', line: 15, column: 1, message: 'no turnaround section: say how fast you reply to messages, e.g. turnaround: { within: 24h } ("spruce" has no turnaround of its own)' }],
    },
    {
      name: 'a per-method turnaround with only a schedule does not count: only its within does (v1.1)',
      code: editPolicy({
        set: { 'spec.contact.methods.2.turnaround': { schedule: 'Answered on Thursdays.' }, 'spec.contact.methods.3.turnaround': { within: '1 business day' } },
        remove: ['spec.turnaround.within'],
      }),
      errors: [{ messageId: 'noTurnaroundTime', path: '/spec/turnaround/within', message: 'no official turnaround time: add turnaround.within, e.g. "24h" or "2 business days" ("email" has no turnaround of its own)' }],
    },
    {
      name: 'no message-based method offered and no turnaround: per-method times cannot stand in (v1.1)',
      code: editPolicy({
        set: { 'spec.contact.methods.0.turnaround': { within: '1 business day' } },
        remove: ['spec.turnaround', 'spec.contact.methods.4', 'spec.contact.methods.3', 'spec.contact.methods.2', 'spec.contact.routes'],
      }),
      errors: [{ messageId: 'noTurnaroundSection', path: '/spec/turnaround/within', message: /^no turnaround section: say how fast you reply to messages, e.g. turnaround: \{ within: 24h \}$/ }],
    },
    {
      name: 'no turnaround section points at spec',
      code: editPolicy({ remove: ['spec.turnaround'] }),
      errors: [{ messageId: 'noTurnaroundSection', path: '/spec/turnaround/within', line: 15, column: 1, message: /no turnaround section/ }],
    },
    {
      name: 'turnaround without within points at turnaround',
      code: editPolicy({ remove: ['spec.turnaround.within'] }),
      errors: [{ messageId: 'noTurnaroundTime', path: '/spec/turnaround/within', line: 54, column: 3, message: /no official turnaround time/ }],
    },
    {
      // within is missing, so there is no line in clinic.yaml to point at: the policy gets the finding, at its own spec:
      // (line 15). (A blank or malformed within is a schema problem, so this rule only ever reports a missing one.)
      name: 'within missing from an inherited turnaround section is reported in the policy, at its nearest own key (spec)',
      code: editPolicy({ remove: ['spec.turnaround'], set: { extends: 'clinic.yaml' } }),
      files: { 'clinic.yaml': 'apiVersion: clearframe/v1\nkind: ClinicDefaults\nmetadata: { id: riverbend }\nspec:\n  turnaround:\n    excludes: [weekends]\n' },
      errors: [
        {
          messageId: 'noTurnaroundTime',
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
