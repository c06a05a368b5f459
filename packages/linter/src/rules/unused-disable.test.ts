import { ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './unused-disable.js';

const withComment = (comment: string) => VALID_POLICY.replace('  turnaround:\n', `  ${comment}\n  turnaround:\n`);

ruleTester(rule, {
  valid: [
    { name: 'no disable comments', code: VALID_POLICY },
    {
      name: 'a disable that suppresses a schema finding on the next line',
      code: withComment('# clearframe-disable-next-line schema -- legacy field kept for the EHR import').replace('    within: 24h\n', '    within: 24h\n    legacy: true\n'),
    },
  ],
  invalid: [
    {
      name: 'a rule with no finding in range',
      code: withComment('# clearframe-disable-next-line schema -- nothing to silence'),
      errors: [{ line: 54, column: 3, message: 'unused disable: no "schema" finding on line 55–59; remove "schema" from the comment' }],
    },
    {
      name: 'an unknown rule id',
      code: withComment('# clearframe-disable-next-line turnaround-requird -- typo'),
      errors: [{ line: 54, message: 'unknown rule "turnaround-requird" in clearframe-disable-next-line; run `clearframe rules` for the list' }],
    },
    {
      name: 'no rule named',
      code: withComment('# clearframe-disable-next-line -- everything'),
      errors: [{ line: 54, message: 'clearframe-disable-next-line names no rule; list the rule ids it should silence' }],
    },
    {
      name: 'rules about disable comments cannot be disabled',
      code: withComment('# clearframe-disable-next-line unused-disable -- try'),
      errors: [{ line: 54, message: '"unused-disable" cannot be disabled' }],
    },
  ],
});
