import { describe, expect, it } from 'vitest';
import { results } from './__fixtures__/results.js';
import { directoryUri, fileUri, groupBySeverity, oneLine, severitySummary, totals, xmlEscape } from './utils.js';

describe('formatter utils', () => {
  it('counts findings by severity, suppressed findings and files', () => {
    expect(totals(results)).toEqual({ error: 2, warning: 2, info: 1, suppressed: 1, files: 3 });
    expect(severitySummary({ error: 1, warning: 0, info: 2 })).toBe('1 error, 0 warnings, 2 infos');
  });

  it('groups by severity, keeping order', () => {
    const groups = groupBySeverity(results[1]!.messages);
    expect(groups.error.map((m) => m.ruleId)).toEqual(['turnaround-required', 'schema']);
    expect(groups.warning.map((m) => m.ruleId)).toEqual(['texting-stance']);
    expect(groups.info.map((m) => m.ruleId)).toEqual(['published-url']);
  });

  it('escapes XML and drops characters XML 1.0 forbids', () => {
    expect(xmlEscape(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    expect(xmlEscape('tab\tline\r\nnul\u0000 ff\u000c lone\uDC00 pair\u{1F600} \uFFFE')).toBe('tab&#9;line&#13;&#10;nul ff lone pair\u{1F600} ');
  });

  it('writes file paths as URI references', () => {
    expect(fileUri('clinics/north side/policies/a#1.yaml')).toBe('clinics/north%20side/policies/a%231.yaml');
    expect(fileUri('clinics\\uk\\policy.yaml')).toBe('clinics/uk/policy.yaml');
    expect(fileUri('../shared/100%.yaml')).toBe('../shared/100%25.yaml');
    expect(fileUri('/abs/p q.yaml')).toBe('file:///abs/p%20q.yaml');
    expect(directoryUri('/srv/repo')).toBe('file:///srv/repo/');
    expect(directoryUri('/')).toBe('file:///');
  });

  it('keeps a message on one line', () => {
    expect(oneLine(' a\nb\r\n\tc\u001b[1m ')).toBe('a b c [1m');
  });
});
