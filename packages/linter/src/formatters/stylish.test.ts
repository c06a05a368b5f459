import { describe, expect, it } from 'vitest';
import { CLEAN, context, results } from './__fixtures__/results.js';
import stylish from './stylish.js';

const ESC = '\u001b';

describe('stylish formatter', () => {
  it('prints each file with findings, aligned rows and a summary (colour off)', () => {
    expect(stylish(results, context)).toBe(
      [
        '',
        'clinics/riverbend/policies/jane-rivera.yaml',
        '    2:1   info     no sharing.url                                                    published-url',
        '    9:1   error    no turnaround section                                             turnaround-required',
        `   12:3   error    unknown field "a<b & 'c'" at 100%, really: fix it then run again  schema`,
        '  110:15  warning  no method of kind sms                                             texting-stance',
        '',
        'clinics/north side/policies/sam.yaml',
        '  7:3  warning  no method of kind sms  texting-stance',
        '',
        '✖ 5 problems (2 errors, 2 warnings, 1 info)',
        '  1 finding suppressed by disable comments',
        '',
      ].join('\n'),
    );
  });

  it('colours severities, positions, paths and the summary only when asked', () => {
    const plain = stylish(results, context);
    const coloured = stylish(results, { ...context, color: true });
    expect(plain).not.toContain(ESC);
    expect(coloured).toContain(`${ESC}[31merror  ${ESC}[0m`);
    expect(coloured).toContain(`${ESC}[33mwarning${ESC}[0m`);
    expect(coloured).toContain(`${ESC}[36minfo   ${ESC}[0m`);
    expect(coloured).toContain(`${ESC}[4mclinics/riverbend/policies/jane-rivera.yaml${ESC}[0m`);
    expect(coloured).toContain(`${ESC}[1;31m✖ 5 problems`);
    // eslint-disable-next-line no-control-regex -- removing the colour codes we just checked for
    expect(coloured.replace(/\u001b\[[\d;]*m/g, '')).toBe(plain);
  });

  it('colours the summary by the worst severity', () => {
    const warningsOnly = results.map((r) => ({ ...r, messages: r.messages.filter((m) => m.severity === 'warning') }));
    expect(stylish(warningsOnly, { ...context, color: true })).toContain(`${ESC}[1;33m✖ 2 problems (0 errors, 2 warnings, 0 infos)`);
  });

  it('prints nothing when every file is clean, even with suppressed findings', () => {
    expect(stylish([{ filePath: CLEAN, messages: [], suppressedMessages: [] }], context)).toBe('');
    expect(stylish(results.map((r) => ({ ...r, messages: [] })), context)).toBe('');
    expect(stylish([], context)).toBe('');
  });

  it('omits the suppressed line when nothing was suppressed and says "1 problem"', () => {
    const one = [{ filePath: 'policy.yaml', messages: [results[1]!.messages[1]!], suppressedMessages: [] }];
    expect(stylish(one, context)).toBe(
      '\npolicy.yaml\n  9:1  error  no turnaround section  turnaround-required\n\n✖ 1 problem (1 error, 0 warnings, 0 infos)\n',
    );
  });

  it('keeps a message with control characters on one line', () => {
    const hostile = [
      { filePath: 'p.yaml', messages: [{ ruleId: 'schema', severity: 'error' as const, message: `a\r\nb${ESC}[2Jc`, line: 1, column: 1, path: '' }], suppressedMessages: [] },
    ];
    const output = stylish(hostile, context);
    expect(output).not.toContain(ESC);
    expect(output).toContain('  1:1  error  a b [2Jc  schema\n');
  });
});
