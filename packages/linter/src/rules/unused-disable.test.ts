import { ruleTester, VALID_POLICY } from '../rule-tester.js';
import rule from './unused-disable.js';

const withComment = (comment: string) => VALID_POLICY.replace('  turnaround:\n', `  ${comment}\n  turnaround:\n`);

ruleTester(rule, {
  valid: [
    { name: 'no disable comments', code: VALID_POLICY },
  ],
  invalid: [
    {
      name: 'a rule with no finding in range',
      code: withComment('# clearframe-disable-next-line turnaround-exceptions -- nothing to silence'),
      errors: [{ messageId: 'unusedOnLines', line: 54, column: 3, message: /^unused disable: no "turnaround-exceptions" finding on line 55–5\d; remove "turnaround-exceptions" from the comment$/ }],
    },
    {
      name: 'a file-wide disable with no finding in the file',
      code: withComment('# clearframe-disable-file turnaround-exceptions -- nothing to silence'),
      errors: [
        {
          messageId: 'unusedInFile',
          data: { id: 'turnaround-exceptions' },
          line: 54,
          message: 'unused disable: no "turnaround-exceptions" finding in this file; remove "turnaround-exceptions" from the comment',
        },
      ],
    },
    {
      name: 'an unknown rule id',
      code: withComment('# clearframe-disable-next-line turnaround-requird -- typo'),
      errors: [{ messageId: 'unknownRule', line: 54, message: 'unknown rule "turnaround-requird" in clearframe-disable-next-line; run `clearframe rules` for the list' }],
    },
    {
      name: 'no rule named',
      code: withComment('# clearframe-disable-next-line -- everything'),
      errors: [{ messageId: 'noRuleIds', line: 54, message: 'clearframe-disable-next-line names no rule; list the rule ids it should silence' }],
    },
    {
      name: 'rules about disable comments cannot be disabled',
      code: withComment('# clearframe-disable-next-line unused-disable -- try'),
      errors: [{ messageId: 'locked', line: 54, message: '"unused-disable" cannot be disabled' }],
    },
  ],
});
